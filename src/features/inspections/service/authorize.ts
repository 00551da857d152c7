import type { ActionContext } from '../../../app/action-context.js';
import { identify, personById, unitById } from '../../../directory/who.js';
import type { Signer } from '../../../domain/inspections/index.js';
import type { Directory, Person } from '../../../domain/org.js';
import type { Tx } from '../../../store/db.js';
import { getApprovalRequest, type RequestView } from '../../approvals/index.js';
import { inspectionRefusal } from '../refusals.js';
import { loadInspection, type StoredInspection } from '../store/inspection-repo.js';

/** An inspection with its approved plan (附件2). */
export interface Loaded extends StoredInspection {
  plan: RequestView;
}

export async function loadOrFail(tx: Tx, code: string): Promise<Loaded> {
  const found = await loadInspection(tx, code);
  const plan = found && (await getApprovalRequest(tx, found.record.requestId));
  if (!found || !plan) throw inspectionRefusal('NOT_FOUND', `未找到检查${code}。`);
  return { ...found, plan };
}

export function unitHeadOf(directory: Directory, unitId: string): Person | undefined {
  const unit = unitById(directory, unitId);
  return unit && personById(directory, unit.head);
}

/** Who does the visit and gets its card: the plan's inspectors, or the applicant when it names none. */
export function inspectorsOf(plan: RequestView): Signer[] {
  if (plan.form.kind !== 'plan' || plan.form.inspectors.length === 0) return [plan.applicant];
  return plan.form.inspectors.map(({ openId, name }) => ({ openId, name }));
}

/** The plan's inspectors, its applicant and the unit head may record; anyone else is refused. */
export function recorderOf(env: ActionContext, loaded: Loaded, openId: string): Signer {
  const { plan } = loaded;
  const person = identify(env.directory, openId)?.person;
  const allowed =
    inspectorsOf(plan).some((p) => p.openId === openId) ||
    plan.applicant.openId === openId ||
    unitHeadOf(env.directory, plan.unit.id)?.openId === openId;
  if (!person || !allowed) {
    throw inspectionRefusal(
      'NOT_ALLOWED',
      `检查${loaded.record.code}须由检查人员、申请人或${plan.unit.name}负责人办理。`,
    );
  }
  return { openId, name: person.name };
}
