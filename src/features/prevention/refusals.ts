import { refusalCodes } from '../../app/refusal.js';

/** Why a prevention verb refuses, with the HTTP status each answers machines with. */
export const preventionRefusal = refusalCodes({
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  BAD_INPUT: 400,
  BAD_CODE: 400,
  UNKNOWN_ENTERPRISE: 422,
  BAD_DATE: 422,
  ALREADY_HANDLED: 409,
  REPEATED: 409,
});
