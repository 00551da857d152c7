import type { Identity } from '../../../directory/who.js';
import type { Enterprise } from '../../../domain/org.js';
import type { DraftField } from '../../../domain/referrals/annex3.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { referralRefusal } from '../refusals.js';
import type { FormField } from '../form-fields.js';
import { applyForm } from '../form-input.js';
import { reviewDraft, type Review } from '../review.js';
import { loadDraft, updateDraft } from '../store/draft-repo.js';
import type { ReferralView } from '../view.js';
import type { ActionContext } from '../../../app/action-context.js';
import { submitReferral } from './submit.js';

export interface ConfirmInput {
  draftId: string;
  sender: Identity;
  /** The boxes the submitted card asked for, and what was in them. */
  asked: FormField[];
  formValue: Record<string, unknown>;
  enterprises: readonly Enterprise[];
}

/** The confirmation card of a draft; once sent, it shows the referral to its sender. */
export function draftCardRef(draftId: string): string {
  return `referral-draft:${draftId}`;
}

export type ConfirmResult =
  { sent: true; view: ReferralView } | { sent: false; review: Review; unsure: DraftField[] };

/**
 * 「确认移送」: the form's boxes go into the draft; a complete draft is sent, an incomplete one is
 * kept with the answers so far and shown again.
 */
export async function confirmDraft(tx: Tx, env: ActionContext, input: ConfirmInput): Promise<ConfirmResult> {
  const stored = await loadDraft(tx, input.draftId);
  if (!stored) throw referralRefusal('NOT_FOUND', '该线索移送表已失效，请重新发送。');
  const sender = input.sender.person;
  if (stored.senderOpenId !== sender.openId) throw referralRefusal('NOT_ALLOWED', '仅移送人本人可确认移送。');
  if (stored.referralId) {
    throw referralRefusal('ALREADY_HANDLED', `该线索已确认移送，编号${stored.referralId}。`);
  }
  const { draft, unsure } = applyForm(stored.draft, stored.unsure, input.asked, input.formValue);
  const review = reviewDraft(draft, unsure, {
    directory: env.directory,
    enterprises: input.enterprises,
    sender: input.sender,
  });
  if (review.blocking.length > 0 || review.errors.length > 0) {
    await updateDraft(tx, stored.id, { draft: review.draft, unsure, at: env.at });
    await appendAudit(
      tx,
      {
        actor: sender.openId,
        action: 'referral-draft.updated',
        entity: 'referral-draft',
        entityId: stored.id,
        detail: { blocking: review.blocking },
      },
      env.at,
    );
    return { sent: false, review, unsure };
  }
  const view = await submitReferral(tx, env, {
    channel: 'chat',
    sender,
    review,
    draftId: stored.id,
    senderCardRef: draftCardRef(stored.id),
  });
  return { sent: true, view };
}
