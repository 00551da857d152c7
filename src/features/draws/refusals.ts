import { refusalCodes } from '../../app/refusal.js';

/** Why a 双随机 verb refuses, with the HTTP status each answers machines with. */
export const drawRefusal = refusalCodes({
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  BAD_INPUT: 400,
  ALREADY_HANDLED: 409,
  NOT_READY: 409,
  /** A repeat of an earlier draw of the unit, without the unit head's approval. */
  REPEAT_NEEDS_APPROVAL: 422,
});
