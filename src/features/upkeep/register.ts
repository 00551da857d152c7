import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import {
  positiveListIntent,
  quietPeriodIntent,
  setPositiveAction,
  setQuietAction,
} from './chat/upkeep-chat.js';
import {
  cancelImportAction,
  chooseKindAction,
  confirmImportAction,
  sheetImportOr,
} from './chat/sheet-import-chat.js';
import { fetchSheetImport, SHEET_IMPORT_FETCH } from './service/sheet-import.js';

/**
 * Plugs upkeep from chat in: administrators set quiet periods, change the positive list and import
 * spreadsheets sent in chat. Registered after referrals, whose 移交材料 offer keeps precedence.
 */
export function registerUpkeep(features: Features, _services: Services): void {
  features.messages.register(quietPeriodIntent, positiveListIntent);
  features.cards
    .on('upkeep.quiet', setQuietAction)
    .on('upkeep.positive', setPositiveAction)
    .on('upkeep.import.confirm', confirmImportAction)
    .on('upkeep.import.cancel', cancelImportAction)
    .on('upkeep.import.kind', chooseKindAction);
  features.resources = sheetImportOr(features.resources);
  features.followUps.set(SHEET_IMPORT_FETCH, fetchSheetImport);
}
