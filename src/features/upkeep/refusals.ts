import { refusalCodes } from '../../app/refusal.js';

/** Why an upkeep change refuses. */
export const upkeepRefusal = refusalCodes({
  NOT_ALLOWED: 403,
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  ALREADY_HANDLED: 409,
  EXPIRED: 409,
});

/** The polite answer to anyone who is not an administrator. */
export const NOT_ADMIN = '抱歉，安静期和正面清单的维护仅限管理员办理。如需调整，请联系局内管理员。';

/** To anyone else who sends a spreadsheet. */
export const NOT_ADMIN_SHEET =
  '抱歉，通过表格导入企业名录、安静期或正面清单仅限管理员办理。如需更新，请将表格交局内管理员。';
