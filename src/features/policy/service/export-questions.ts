import type { Database } from '../../../store/db.js';
import { askedBetween } from '../store/asked-repo.js';
import { questionDrafts, type DraftOptions, type QuestionDraft } from './question-drafts.js';

/** The questions asked in chat on the bureau's days `from` … `to`, as drafts to label. */
export async function exportQuestions(
  db: Database,
  range: { from: string; to: string },
  options: DraftOptions = {},
): Promise<QuestionDraft[]> {
  return questionDrafts(await askedBetween(db, range.from, range.to), options);
}
