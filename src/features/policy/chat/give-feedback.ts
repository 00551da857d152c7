import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import type { AnswerRecord } from '../store/answer-repo.js';
import { recordFeedback } from '../store/feedback-repo.js';

/**
 * 有用 or 没用 on an answer, clicked or typed in reply: stored once per person and answer, and
 * audited when it records or changes something.
 */
export async function giveFeedback(
  tx: Tx,
  record: AnswerRecord,
  openId: string,
  useful: boolean,
  at: string,
  via: 'button' | 'typed',
): Promise<void> {
  const outcome = await recordFeedback(tx, record, openId, useful, at);
  if (outcome === 'unchanged') return;
  await appendAudit(
    tx,
    {
      actor: openId,
      action: 'policy.feedback',
      entity: 'policy-answer',
      entityId: record.id,
      detail: { useful, changed: outcome === 'changed', via },
    },
    at,
  );
}
