import { refusalCodes } from '../../app/refusal.js';

/** Why a referrals verb refuses, with the HTTP status each answers machines with. */
export const referralRefusal = refusalCodes({
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  ALREADY_HANDLED: 409,
  REASON_REQUIRED: 400,
  BAD_INPUT: 400,
  WRONG_STAGE: 409,
});
