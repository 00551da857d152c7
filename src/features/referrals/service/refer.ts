import type { ActionContext } from '../../../app/action-context.js';
import type { Enterprise, Person } from '../../../domain/org.js';
import type { ReferralDraft } from '../../../domain/referrals/annex3.js';
import type { Tx } from '../../../store/db.js';
import { referralRefusal } from '../refusals.js';
import { reviewDraft } from '../review.js';
import type { ReferralView } from '../view.js';
import { submitReferral } from './submit.js';

export interface PrefilledReferral {
  channel: 'chat' | 'api';
  sender: Person;
  draft: ReferralDraft;
  enterprises: readonly Enterprise[];
  /** The 预警提醒 it comes from, named on its cards, page and JSON. */
  warningId?: string;
}

/**
 * A referral another feature filled in (a warning escalated, 第8条): checked against 附件3 like any
 * other and sent at once, in the caller's transaction; an incomplete one is refused, never sent.
 */
export async function submitPrefilled(
  tx: Tx,
  env: ActionContext,
  input: PrefilledReferral,
): Promise<ReferralView> {
  const review = reviewDraft(input.draft, [], { directory: env.directory, enterprises: input.enterprises });
  if (review.blocking.length > 0) {
    const fields = [...review.blocking, ...review.errors.map((e) => e.field)].join('、');
    throw referralRefusal('BAD_INPUT', `线索移送表尚未填写完整：${fields}。`);
  }
  return submitReferral(tx, env, {
    channel: input.channel,
    sender: input.sender,
    review,
    ...(input.warningId ? { warningId: input.warningId } : {}),
  });
}
