/** A file that did not pass its checks: nothing of it was applied. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`${file} 校验未通过，未作任何更改：\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}
