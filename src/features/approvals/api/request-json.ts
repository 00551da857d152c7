import type { ChainStep } from '../../../domain/rules/index.js';
import { inspectionJson } from '../../../domain/inspections/index.js';
import type { RequestView } from '../types.js';

/** The chain as the API contract names it. */
export function chainJson(steps: readonly Pick<ChainStep, 'role' | 'openId' | 'name'>[]) {
  return steps.map(({ role, openId, name }) => ({ role, openId, name }));
}

/** `GET /requests/:id`: the request, its steps and its decisions; internal card references stay out. */
export function requestJson(view: RequestView) {
  return {
    id: view.id,
    kind: view.kind,
    status: view.status,
    applicant: view.applicant,
    unit: view.unit,
    form: view.form,
    findings: view.findings,
    exemptions: view.exemptions,
    currentStep: view.currentStep,
    chain: chainJson(view.steps),
    steps: view.steps.map((step) => ({
      idx: step.idx,
      role: step.role,
      roleLabel: step.roleLabel,
      personId: step.personId,
      openId: step.openId,
      name: step.name,
      why: step.why,
      clause: step.clause,
      status: step.status,
      activatedAt: step.activatedAt,
      decidedAt: step.decidedAt,
      decidedBy: step.decidedByOpenId ? { openId: step.decidedByOpenId, name: step.decidedByName } : null,
      onBehalfOf: step.onBehalfOfName,
      comment: step.comment,
    })),
    decisions: view.decisions,
    inspections: view.inspections.map(inspectionJson),
    source: view.source,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    closedAt: view.closedAt,
  };
}
