import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { approvalDelegations } from '../../../../db/schema/index.js';
import type { Reader, Tx } from '../../../store/db.js';
import { prepared } from '../../../store/prepared.js';

export type Delegation = typeof approvalDelegations.$inferSelect;

export async function insertDelegation(tx: Tx, delegation: Omit<Delegation, 'id'>): Promise<void> {
  await tx.insert(approvalDelegations).values(delegation);
}

const delegationOn = prepared((db) =>
  db
    .select()
    .from(approvalDelegations)
    .where(
      and(
        eq(approvalDelegations.principalPersonId, sql.placeholder('principalPersonId')),
        lte(approvalDelegations.from, sql.placeholder('today')),
        gte(approvalDelegations.to, sql.placeholder('today')),
      ),
    )
    .orderBy(desc(approvalDelegations.id))
    .limit(1)
    .prepare(),
);

/** The principal's stand-in on `today`; the latest appointment wins when ranges overlap. */
export async function activeDelegation(
  db: Reader,
  principalPersonId: string,
  today: string,
): Promise<Delegation | undefined> {
  const [row] = await delegationOn(db).all({ principalPersonId, today });
  return row;
}

/** People who have named this person their stand-in for `today`. */
export async function principalsOf(db: Reader, delegatePersonId: string, today: string): Promise<string[]> {
  const rows = await db
    .select({ principal: approvalDelegations.principalPersonId })
    .from(approvalDelegations)
    .where(
      and(
        eq(approvalDelegations.delegatePersonId, delegatePersonId),
        lte(approvalDelegations.from, today),
        gte(approvalDelegations.to, today),
      ),
    );
  const principals = [...new Set(rows.map((row) => row.principal))];
  const confirmed: string[] = [];
  for (const principal of principals) {
    const current = await activeDelegation(db, principal, today);
    if (current?.delegatePersonId === delegatePersonId) confirmed.push(principal);
  }
  return confirmed;
}
