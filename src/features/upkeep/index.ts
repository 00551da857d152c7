/** What other code uses from upkeep (quiet periods and the positive list from chat, the shared calendar). */
export { registerUpkeep } from './register.js';
export { syncQuietCalendar } from './service/calendar-sync.js';
