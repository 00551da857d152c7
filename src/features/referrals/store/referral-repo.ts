import { and, asc, eq, inArray, isNull, lt, max, or } from 'drizzle-orm';
import { referralEvents, referrals, type ReferralState } from '../../../../db/schema/index.js';
import type { ClueSource, ReferralOpinion, ViolationType } from '../../../domain/referrals/annex3.js';
import type { Reader, Tx } from '../../../store/db.js';
import type { ReferralEvent, ReferralView } from '../view.js';

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferral = typeof referrals.$inferInsert;
export type NewEvent = typeof referralEvents.$inferInsert;
export type ReferralPatch = Partial<Omit<NewReferral, 'id' | 'year' | 'seq'>> & { updatedAt: string };

export async function nextSeq(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .select({ seq: max(referrals.seq) })
    .from(referrals)
    .where(eq(referrals.year, year));
  return (row?.seq ?? 0) + 1;
}

export async function insertReferral(tx: Tx, row: NewReferral): Promise<void> {
  await tx.insert(referrals).values(row);
}

export async function insertEvent(tx: Tx, event: NewEvent): Promise<void> {
  await tx.insert(referralEvents).values(event);
}

/** Moves a referral on only from one of `from`; false when someone else moved it first. */
export async function updateReferralIf(
  tx: Tx,
  id: string,
  from: readonly ReferralState[],
  patch: ReferralPatch,
): Promise<boolean> {
  const rows = await tx
    .update(referrals)
    .set(patch)
    .where(and(eq(referrals.id, id), inArray(referrals.status, [...from])))
    .returning({ id: referrals.id });
  return rows.length === 1;
}

export async function loadReferral(db: Reader, id: string): Promise<ReferralView | undefined> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id.toUpperCase()));
  if (!row) return undefined;
  const events = await db
    .select()
    .from(referralEvents)
    .where(eq(referralEvents.referralId, row.id))
    .orderBy(asc(referralEvents.id));
  return toView(
    row,
    events.map(({ id: _id, referralId: _referralId, ...event }): ReferralEvent => event),
  );
}

export function toView(row: ReferralRow, events: ReferralEvent[]): ReferralView {
  return {
    id: row.id,
    status: row.status,
    channel: row.channel,
    sender: { openId: row.senderOpenId, name: row.senderName },
    fromUnit: { id: row.fromUnitId, name: row.fromUnitName, headName: row.fromHeadName },
    toUnit: { id: row.toUnitId, name: row.toUnitName },
    subject: { name: row.subjectName, uscc: row.uscc, idNumber: row.idNumber },
    enterpriseUscc: row.enterpriseUscc,
    county: row.county,
    source: row.source as ClueSource,
    sourceNote: row.sourceNote,
    violations: row.violations as ViolationType[],
    violationNote: row.violationNote,
    description: row.description,
    law: row.law,
    materials: row.materials,
    opinion: row.opinion as ReferralOpinion,
    coordinate: { unitId: row.coordinateUnitId, text: row.coordinateText },
    warnings: row.warnings,
    receiverOpinion: row.receiverOpinion,
    receiverHeadName: row.receiverHeadName,
    decidedAt: row.decidedAt,
    handler:
      row.handlerPersonId && row.handlerOpenId && row.handlerName
        ? { personId: row.handlerPersonId, openId: row.handlerOpenId, name: row.handlerName }
        : null,
    deadline: row.deadline,
    overdueNoticeOn: row.overdueNoticeOn,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
    warningId: row.warningId,
    events,
  };
}

/** Marks today's overdue card as sent; false when it already went out today or the case moved on. */
export async function markOverdueNotice(tx: Tx, id: string, today: string): Promise<boolean> {
  const rows = await tx
    .update(referrals)
    .set({ overdueNoticeOn: today })
    .where(
      and(
        eq(referrals.id, id),
        eq(referrals.status, 'rectifying'),
        or(isNull(referrals.overdueNoticeOn), lt(referrals.overdueNoticeOn, today)),
      ),
    )
    .returning({ id: referrals.id });
  return rows.length === 1;
}
