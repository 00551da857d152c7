/** What other features, the CLI and the public page use from 双随机. */
export { registerDraws } from './register.js';
export {
  drawMaterial,
  listDrawResults,
  listPublishedDraws,
  SEED_SCHEME_TEXT,
  type DrawResultRow,
  type PublishedDraw,
} from './public.js';
export { listDraws, type DrawListRow } from './service/list.js';
export { verifyStoredDraw, type StoredVerdict } from './service/verify.js';
export {
  declareConflict,
  listDeclaredConflicts,
  withdrawDeclaredConflict,
  type ConflictInput,
  type DeclaredConflictView,
} from './service/conflicts.js';
export { runDrawReminders } from './service/reminders.js';
export { loadDrawView, type DrawItemView, type DrawView } from './view.js';
export { renewAgingDrawCards } from './service/record-cards.js';
