import { requestChanged } from './changes.js';
import type { Tx } from '../../../store/db.js';
import { randomUUID } from 'node:crypto';
import { applicantCard } from '../../../../cards/approvals/applicant.js';
import { sendTo } from '../../../app/replies.js';
import { unitById } from '../../../directory/who.js';
import type { RulesDecision } from '../../../domain/rules/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { checkInput } from '../check.js';
import { approvalRefusal } from '../refusals.js';
import { formCardRef } from '../form-card.js';
import type { ResolvedInput } from '../input.js';
import { insertRequest, nextSeq, requestIdForForm } from '../store/request-repo.js';
import type { RequestView } from '../types.js';
import { activateStep } from './activate.js';
import { auditRequest } from './audit.js';
import type { ActionContext } from '../../../app/action-context.js';

export type SubmitOutcome =
  { ok: true; view: RequestView; decision: RulesDecision } | { ok: false; decision: RulesDecision };

export interface SubmitSource {
  source: 'chat' | 'api';
  /** The chat form submitted, so a repeated click finds the request it already filed. */
  formRef?: string;
}

const PREFIX = { plan: 'JC', special: 'ZX' } as const;

/**
 * Checks the request against the scheme and, unless a finding blocks it, files it with the chain
 * the rules named and sends the first approver their card. A blocked attempt leaves only its audit row.
 */
export async function submitRequest(
  tx: Tx,
  env: ActionContext,
  input: ResolvedInput,
  from: SubmitSource,
): Promise<SubmitOutcome> {
  const { store } = env.services;
  const actor = from.source === 'api' ? 'api' : input.applicant.openId;
  const filed = from.formRef ? await requestIdForForm(tx, from.formRef) : undefined;
  if (filed) throw approvalRefusal('ALREADY_HANDLED', `该审批表已提交，编号${filed}，无需重复提交。`);
  const decision = await checkInput(store.db, tx, env.directory, input, env.today);
  if (decision.blocked || decision.chain.length === 0) {
    await appendAudit(
      tx,
      {
        actor,
        action: 'approval.blocked',
        entity: 'approval-attempt',
        entityId: from.formRef ?? randomUUID(),
        detail: {
          applicant: input.applicant.openId,
          unit: input.unitId,
          form: input.form,
          findings: decision.findings.filter((f) => f.severity === 'block').map((f) => f.code),
        },
      },
      env.at,
    );
    return { ok: false, decision };
  }
  const year = Number(env.today.slice(0, 4));
  const seq = await nextSeq(tx, input.form.kind, year);
  const id = `${PREFIX[input.form.kind]}-${year}-${String(seq).padStart(4, '0')}`;
  const applicantCardRef = from.formRef ? formCardRef(from.formRef) : `approval:${id}:applicant`;
  await insertRequest(
    tx,
    {
      id,
      kind: input.form.kind,
      year,
      seq,
      status: 'pending',
      applicantOpenId: input.applicant.openId,
      applicantPersonId: input.applicant.id,
      applicantName: input.applicant.name,
      unitId: input.unitId,
      unitName: unitById(env.directory, input.unitId)?.name ?? input.unitId,
      enterprises:
        input.form.kind === 'plan' ? input.form.enterprises.flatMap((e) => (e.uscc ? [e.uscc] : [])) : [],
      from: input.form.from,
      to: input.form.to,
      form: input.form,
      findings: decision.findings,
      exemptions: decision.exemptions,
      currentStep: null,
      formRef: from.formRef ?? null,
      applicantCardRef,
      applicantCardSentAt: env.at,
      source: from.source,
      createdAt: env.at,
      updatedAt: env.at,
    },
    decision.chain.map((step, idx) => ({ requestId: id, idx, ...step, status: 'waiting' as const })),
  );
  await auditRequest(tx, env, actor, 'submitted', id, {
    applicant: input.applicant.openId,
    chain: decision.chain.map((step) => ({ role: step.role, personId: step.personId })),
    findings: decision.findings.map((f) => `${f.severity}:${f.code}`),
  });
  const view = await activateStep(tx, env, id, 0);
  // A chat form turns into this card through the callback answer; an API caller's applicant gets it sent.
  if (from.source === 'api') await sendTo(tx, view.applicant.openId, applicantCard(view), applicantCardRef);
  await requestChanged(tx, env, id);
  return { ok: true, view, decision };
}
