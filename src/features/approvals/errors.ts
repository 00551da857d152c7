/** Why a verb refused; `message` is shown to people as is, `status` is the HTTP answer for machines. */
export type ApprovalErrorCode =
  | 'NOT_FOUND'
  | 'NOT_ALLOWED'
  | 'ALREADY_HANDLED'
  | 'REASON_REQUIRED'
  | 'BAD_INPUT'
  | 'TOO_SOON'
  | 'NOT_PENDING';

const HTTP_STATUS: Readonly<Record<ApprovalErrorCode, number>> = {
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  ALREADY_HANDLED: 409,
  REASON_REQUIRED: 400,
  BAD_INPUT: 400,
  TOO_SOON: 429,
  NOT_PENDING: 409,
};

export class ApprovalError extends Error {
  constructor(
    readonly code: ApprovalErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApprovalError';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}
