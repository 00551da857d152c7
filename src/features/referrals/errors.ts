/** Why a verb refused; `message` is shown to people as is, `status` is the HTTP answer for machines. */
export type ReferralErrorCode =
  'NOT_FOUND' | 'NOT_ALLOWED' | 'ALREADY_HANDLED' | 'REASON_REQUIRED' | 'BAD_INPUT' | 'WRONG_STAGE';

const HTTP_STATUS: Readonly<Record<ReferralErrorCode, number>> = {
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  ALREADY_HANDLED: 409,
  REASON_REQUIRED: 400,
  BAD_INPUT: 400,
  WRONG_STAGE: 409,
};

export class ReferralError extends Error {
  constructor(
    readonly code: ReferralErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReferralError';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}
