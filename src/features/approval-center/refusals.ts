import { refusalCodes } from '../../app/refusal.js';

/** Why a quick-approval callback changes nothing (besides the approvals verb's own refusals). */
export const centerRefusal = refusalCodes({
  BAD_INPUT: 422,
  STALE: 409,
  NOT_YOURS: 403,
  NO_DIRECTORY: 409,
});
