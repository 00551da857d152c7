import { and, asc, eq, gte } from 'drizzle-orm';
import { approvalRequests } from '../../../../db/schema/index.js';
import type { SpecialForm } from '../../../domain/approvals/index.js';
import type { LinkedSpecial } from '../../../domain/rules/index.js';
import type { Reader } from '../../../store/db.js';

/** The special inspection (附件1) a 专项 plan names, whatever its status; undefined when there is none. */
export async function findSpecial(db: Reader, id: string): Promise<LinkedSpecial | undefined> {
  const r = approvalRequests;
  const [row] = await db
    .select({ id: r.id, status: r.status, from: r.from, to: r.to, form: r.form })
    .from(r)
    .where(and(eq(r.id, id), eq(r.kind, 'special')))
    .limit(1);
  if (!row) return undefined;
  const { form, ...rest } = row;
  return { ...rest, name: (form as SpecialForm).name };
}

/** Approved special inspections not yet over on `today`, soonest ending first: what a 专项 plan may carry out. */
export async function approvedSpecialsInPeriod(
  db: Reader,
  today: string,
  limit: number,
): Promise<LinkedSpecial[]> {
  const r = approvalRequests;
  const rows = await db
    .select({ id: r.id, status: r.status, from: r.from, to: r.to, form: r.form })
    .from(r)
    .where(and(eq(r.status, 'approved'), eq(r.kind, 'special'), gte(r.to, today)))
    .orderBy(asc(r.to), asc(r.id))
    .limit(limit);
  return rows.map(({ form, ...rest }) => ({ ...rest, name: (form as SpecialForm).name }));
}
