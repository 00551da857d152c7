/** What other code uses from upkeep (quiet periods and the positive list from chat). */
export { registerUpkeep } from './register.js';
