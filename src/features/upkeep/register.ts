import type { Services } from '../../app/services.js';
import { checkQuietCalendar } from './service/calendar-check.js';
import type { Features } from '../index.js';
import { changeQuietAction, quietListIntent, quietPeriodIntent, setQuietAction } from './chat/quiet-chat.js';
import { positiveListIntent, setPositiveAction } from './chat/upkeep-chat.js';
import {
  cancelImportAction,
  chooseKindAction,
  confirmImportAction,
  sheetImportOr,
} from './chat/sheet-import-chat.js';
import { applySheetImport, SHEET_IMPORT_APPLY } from './service/sheet-apply.js';
import { fetchSheetImport, SHEET_IMPORT_FETCH } from './service/sheet-import.js';

/**
 * Plugs upkeep from chat in: administrators keep the quiet-period calendar and the positive list, and
 * import spreadsheets sent in chat. Registered after referrals, whose 移交材料 offer keeps precedence.
 */
export function registerUpkeep(features: Features, services: Services): void {
  features.messages.register(quietPeriodIntent, quietListIntent, positiveListIntent);
  features.cards
    .on('upkeep.quiet', setQuietAction)
    .on('upkeep.quietChange', changeQuietAction)
    .on('upkeep.positive', setPositiveAction)
    .on('upkeep.import.confirm', confirmImportAction)
    .on('upkeep.import.cancel', cancelImportAction)
    .on('upkeep.import.kind', chooseKindAction);
  features.resources = sheetImportOr(features.resources);
  features.followUps.set(SHEET_IMPORT_FETCH, fetchSheetImport);
  features.followUps.set(SHEET_IMPORT_APPLY, applySheetImport);
  // With LARK_QUIET_CALENDAR=1 the shared calendar follows every change; the check repairs drift.
  if (services.config.quietCalendar && services.quietCalendar)
    features.periodic.push({
      name: 'quiet-calendar-check',
      run: async (s) => {
        await checkQuietCalendar(s);
      },
    });
}
