import { isOnSite } from '../../../domain/rules/index.js';
import type { Tx } from '../../../store/db.js';
import { insertFiling, insertInspections } from '../store/records-repo.js';
import type { RequestView } from '../types.js';
import { auditRequest } from './audit.js';
import type { ActionContext } from '../../../app/action-context.js';

/**
 * What final approval sets in motion. A plan's visits count towards each enterprise's yearly cap
 * (第3条); a special inspection is filed and published (第4条) without the applicant's or
 * approvers' names, which the public page must not show.
 */
export async function finalizeApproved(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  approvedBy: string,
): Promise<void> {
  const form = view.form;
  if (form.kind === 'plan') {
    // Every enterprise is a visit (第6条); one typed by name without a code is stored with uscc ''.
    const rows = form.enterprises.map((enterprise, i) => ({
      requestId: view.id,
      code: `${view.id}-${i + 1}`,
      uscc: enterprise.uscc ?? '',
      enterpriseName: enterprise.name,
      date: form.from,
      lastDate: form.to,
      year: Number(form.from.slice(0, 4)),
      unitId: view.unit.id,
      type: form.type,
      onSite: isOnSite(form.methods),
    }));
    await insertInspections(tx, rows);
    await auditRequest(tx, env, 'system', 'inspections-recorded', view.id, {
      enterprises: rows.map((row) => row.uscc || row.enterpriseName),
      onSite: isOnSite(form.methods),
    });
    return;
  }
  await insertFiling(
    tx,
    {
      requestId: view.id,
      name: form.name,
      basis: form.basis,
      focus: form.focus,
      from: form.from,
      to: form.to,
      unitId: view.unit.id,
      unitName: view.unit.name,
      targets: form.targets,
      content: form.content,
      approvedBy,
      approvedAt: env.at,
      filedAt: env.at,
    },
    {
      requestId: view.id,
      name: form.name,
      basis: form.basis,
      from: form.from,
      to: form.to,
      unitName: view.unit.name,
      content: form.content,
      approvalDate: env.today,
      publishedAt: env.at,
    },
  );
  await auditRequest(tx, env, 'system', 'filed-and-disclosed', view.id, { approvalDate: env.today });
}
