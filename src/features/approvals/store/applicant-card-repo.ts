import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { approvalRequests } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export interface ApplicantCard {
  requestId: string;
  cardRef: string;
  openId: string;
}

/** Pending requests whose applicant card (撤回, 催办) was sent before `cutoff`. */
export async function agingApplicantCards(db: Reader, cutoff: string): Promise<ApplicantCard[]> {
  return db
    .select({
      requestId: approvalRequests.id,
      cardRef: approvalRequests.applicantCardRef,
      openId: approvalRequests.applicantOpenId,
    })
    .from(approvalRequests)
    .where(
      and(
        eq(approvalRequests.status, 'pending'),
        or(isNull(approvalRequests.applicantCardSentAt), lt(approvalRequests.applicantCardSentAt, cutoff)),
      ),
    );
}

/**
 * Points the request at the applicant's fresh card. Conditional on the old reference, so of two
 * instances renewing it only one sends a card.
 */
export async function moveApplicantCard(
  tx: Tx,
  card: ApplicantCard,
  to: { cardRef: string; sentAt: string },
): Promise<boolean> {
  const r = await tx
    .update(approvalRequests)
    .set({ applicantCardRef: to.cardRef, applicantCardSentAt: to.sentAt })
    .where(
      and(
        eq(approvalRequests.id, card.requestId),
        eq(approvalRequests.status, 'pending'),
        eq(approvalRequests.applicantCardRef, card.cardRef),
      ),
    );
  return r.rowsAffected === 1;
}
