import { randomUUID } from 'node:crypto';
import type { DraftField, ReferralDraft } from '../../../domain/referrals/annex3.js';
import type { Tx } from '../../../store/db.js';
import { insertDraft } from '../store/draft-repo.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { ActionContext } from '../../../app/action-context.js';

/** Keeps a referral read from chat until its sender confirms it; returns the draft's id. */
export async function saveDraft(
  tx: Tx,
  env: ActionContext,
  input: { senderOpenId: string; chatId?: string; draft: ReferralDraft; unsure: DraftField[] },
): Promise<string> {
  const id = randomUUID();
  await insertDraft(tx, {
    id,
    senderOpenId: input.senderOpenId,
    ...(input.chatId ? { chatId: input.chatId } : {}),
    draft: input.draft,
    unsure: input.unsure,
    at: env.at,
  });
  await appendAudit(
    tx,
    {
      actor: input.senderOpenId,
      action: 'referral-draft.saved',
      entity: 'referral-draft',
      entityId: id,
      detail: { unsure: input.unsure },
    },
    env.at,
  );
  return id;
}
