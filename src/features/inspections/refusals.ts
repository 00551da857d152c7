import { refusalCodes } from '../../app/refusal.js';

/** Why an inspections verb refuses; every wrong order answers 422 with a Chinese message. */
export const inspectionRefusal = refusalCodes({
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  BAD_INPUT: 400,
  CANCELLED: 422,
  ALREADY_RECORDED: 422,
  OUT_OF_PERIOD: 422,
  IN_FUTURE: 422,
  NO_RESULT: 422,
  ALREADY_FED_BACK: 422,
  BEFORE_RESULT: 422,
  ALREADY_REFERRED: 422,
  NO_ISSUE: 422,
});
