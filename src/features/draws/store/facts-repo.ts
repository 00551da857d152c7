import { and, eq, gte } from 'drizzle-orm';
import { approvalRequests } from '../../../../db/schema/index.js';
import type { InspectorVisit } from '../../../domain/draws/index.js';
import type { Directory } from '../../../domain/org.js';
import type { ApprovalForm } from '../../approvals/index.js';
import type { Reader } from '../../../store/db.js';

/**
 * Who visited whom: every approved plan since `since` names its inspectors by open_id; they are
 * mapped to person ids through the directory, and anyone no longer in it is left out.
 */
export async function inspectorVisits(
  db: Reader,
  directory: Directory,
  since: string,
): Promise<InspectorVisit[]> {
  const rows = await db
    .select({
      form: approvalRequests.form,
      enterprises: approvalRequests.enterprises,
      from: approvalRequests.from,
    })
    .from(approvalRequests)
    .where(
      and(
        eq(approvalRequests.kind, 'plan'),
        eq(approvalRequests.status, 'approved'),
        gte(approvalRequests.from, since),
      ),
    );
  const personOf = new Map(directory.people.map((p) => [p.openId, p.id]));
  return rows.flatMap((row) => {
    const form = row.form as ApprovalForm;
    if (form.kind !== 'plan') return [];
    const people = form.inspectors.flatMap((i) => {
      const id = personOf.get(i.openId);
      return id ? [id] : [];
    });
    return people.flatMap((personId) => row.enterprises.map((uscc) => ({ personId, uscc, date: row.from })));
  });
}
