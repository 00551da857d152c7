import { and, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import { referrals } from '../../../../db/schema/index.js';
import type { ReferralView } from '../view.js';
import type { Reader } from '../../../store/db.js';
import { toView } from './referral-repo.js';

/** Lists read the referral rows alone; a list shows no history. */
async function rows(db: Reader, where: SQL | undefined, limit: number): Promise<ReferralView[]> {
  const found = await db
    .select()
    .from(referrals)
    .where(where)
    .orderBy(desc(referrals.submittedAt), desc(referrals.id))
    .limit(limit);
  return found.map((row) => toView(row, []));
}

/** 「我的线索」: sent by the person or given to them to handle. */
export function referralsOfPerson(db: Reader, openId: string, limit: number): Promise<ReferralView[]> {
  return rows(db, or(eq(referrals.senderOpenId, openId), eq(referrals.handlerOpenId, openId)), limit);
}

/** 「本单位线索」: sent by or to any of the units. */
export function referralsOfUnits(db: Reader, unitIds: string[], limit: number): Promise<ReferralView[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return rows(db, or(inArray(referrals.fromUnitId, unitIds), inArray(referrals.toUnitId, unitIds)), limit);
}

const overdue = (today: string) => and(eq(referrals.status, 'rectifying'), lt(referrals.deadline, today));

/** 「逾期线索」: cases of the units (or handled by the person) whose 整改期限 has passed. */
export function overdueReferrals(
  db: Reader,
  scope: { unitIds: string[]; openId: string },
  today: string,
  limit: number,
): Promise<ReferralView[]> {
  const mine = eq(referrals.handlerOpenId, scope.openId);
  const whose = scope.unitIds.length > 0 ? or(inArray(referrals.toUnitId, scope.unitIds), mine) : mine;
  return rows(db, and(overdue(today), whose), limit);
}

/** Overdue cases not yet reminded today, for the daily reminder. */
export async function referralsDueForNotice(db: Reader, today: string): Promise<string[]> {
  const found = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(overdue(today), or(isNull(referrals.overdueNoticeOn), lt(referrals.overdueNoticeOn, today))))
    .orderBy(referrals.deadline, referrals.id);
  return found.map((row) => row.id);
}

/** Referrals sent to the units that wait for their head's 接收 or 退回, oldest first. */
export async function awaitingDecision(
  db: Reader,
  unitIds: string[],
  limit: number,
): Promise<ReferralView[]> {
  if (unitIds.length === 0) return [];
  const found = await db
    .select()
    .from(referrals)
    .where(and(inArray(referrals.toUnitId, unitIds), inArray(referrals.status, ['submitted', 'verifying'])))
    .orderBy(referrals.submittedAt, referrals.id)
    .limit(limit);
  return found.map((row) => toView(row, []));
}
