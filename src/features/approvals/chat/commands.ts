/**
 * The chat commands of the feature. Questions about the same subjects (「专项检查要谁批？」) belong
 * to the policy answerer, so anything that reads as a question is left alone.
 */
const QUESTION = /[？?]|吗|怎么|如何|什么|哪些|是否|能否|可否|要谁|需要谁/;

const SPECIAL_START =
  /^(?:我要|我想)?(?:请)?(?:(?:发起|申请|提交|新建)专项(?:执法)?检查(?:方案)?(?:审批)?(?:申请)?|专项(?:执法)?检查(?:方案)?(?:审批|申请)+(?:表)?)/;
const PLAN_START =
  /^(?:我要|我想)?(?:请)?(?:(?:发起|申请|提交|新建)(?:入企)?(?:执法)?检查(?:计划)?(?:审批)?(?:申请)?|入企(?:执法)?检查(?:计划)?(?:审批|申请)+(?:表)?)/;

export interface StartCommand {
  kind: 'plan' | 'special';
  /** What follows the command, used to pre-fill the form. */
  rest: string;
}

export function parseStart(text: string): StartCommand | undefined {
  if (QUESTION.test(text)) return undefined;
  for (const [kind, pattern] of [
    ['special', SPECIAL_START],
    ['plan', PLAN_START],
  ] as const) {
    const match = pattern.exec(text);
    if (match)
      return {
        kind,
        rest: text
          .slice(match[0].length)
          .replace(/^[\s：:，,、]+/, '')
          .trim(),
      };
  }
  return undefined;
}

const ID = '((?:JC|ZX)-\\d{4}-\\d{4,})';

export const WITHDRAW = new RegExp(`^撤回(?:申请)?\\s*${ID}$`, 'i');
export const BUZZ = new RegExp(`^催办(?:申请)?\\s*${ID}$`, 'i');
export const DELEGATE = /^请假委托\s*(.+)$/;
export const MY_TODO = /^(?:我的)?待办(?:事项)?$|^我的待办(?:审批)?$|^待我审批$/;
export const NOTHING_WAITING = '您当前没有待审批事项。';
export const MY_REQUESTS = /^我的(?:审批)?申请$|^我发起的(?:审批|申请)$/;

/** The request id in a 撤回 / 催办 command, upper-cased. */
export function requestIdIn(pattern: RegExp, text: string): string | undefined {
  return pattern.exec(text)?.[1]?.toUpperCase();
}
