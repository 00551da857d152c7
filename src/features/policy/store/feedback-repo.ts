import { and, eq } from 'drizzle-orm';
import { policyFeedback } from '../../../../db/schema/index.js';
import type { Tx } from '../../../store/db.js';
import type { AnswerRecord } from './answer-repo.js';

export type FeedbackOutcome = 'recorded' | 'changed' | 'unchanged';

/** One row per person and answer: a repeated click changes nothing, a change of mind updates the row. */
export async function recordFeedback(
  tx: Tx,
  record: AnswerRecord,
  openId: string,
  useful: boolean,
  at: string,
): Promise<FeedbackOutcome> {
  const [existing] = await tx
    .select({ useful: policyFeedback.useful })
    .from(policyFeedback)
    .where(and(eq(policyFeedback.answerId, record.id), eq(policyFeedback.openId, openId)))
    .limit(1);
  if (existing?.useful === useful) return 'unchanged';
  await tx
    .insert(policyFeedback)
    .values({
      answerId: record.id,
      openId,
      question: record.question,
      answer: record.answer,
      useful,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: [policyFeedback.answerId, policyFeedback.openId],
      set: { useful, updatedAt: at },
    });
  return existing ? 'changed' : 'recorded';
}
