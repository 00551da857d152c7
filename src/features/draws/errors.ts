/** Why a draw verb refused; `message` is shown to people as is, `status` answers machines. */
export type DrawRefusalCode = 'NOT_FOUND' | 'NOT_ALLOWED' | 'BAD_INPUT' | 'ALREADY_HANDLED' | 'NOT_READY';

const HTTP_STATUS: Readonly<Record<DrawRefusalCode, number>> = {
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  BAD_INPUT: 400,
  ALREADY_HANDLED: 409,
  NOT_READY: 409,
};

export class DrawRefusal extends Error {
  constructor(
    readonly code: DrawRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'DrawRefusal';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}
