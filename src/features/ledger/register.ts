import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { ledgerApi, ledgerPages } from './api/routes.js';
import { exportLedgerIntent } from './chat/export-intent.js';

/** Plugs the ledger export in: 「导出台账」 in chat, the API route and the signed download link. */
export function registerLedger(features: Features, services: Services): void {
  features.messages.register(exportLedgerIntent);
  features.api.route('/', ledgerApi(services));
  features.pages.route('/', ledgerPages(services));
}
