import { refusalCodes } from '../../app/refusal.js';

/** Why an approvals verb refuses, with the HTTP status each answers machines with. */
export const approvalRefusal = refusalCodes({
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  ALREADY_HANDLED: 409,
  REASON_REQUIRED: 400,
  BAD_INPUT: 400,
  TOO_SOON: 429,
  NOT_PENDING: 409,
});
