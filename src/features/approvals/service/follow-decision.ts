import { requestChanged } from './changes.js';
import { sendTo } from '../../../app/replies.js';
import type { ActionContext } from '../../../app/action-context.js';
import type { Tx } from '../../../store/db.js';
import { DECISION_LABELS, requestTitle } from '../../../domain/approvals/index.js';
import { bureauDateTime } from '../../../time.js';
import { buildFormCard, valuesOf } from '../form-card.js';
import { loadView } from '../store/request-repo.js';
import type { RequestView } from '../types.js';
import { activateStep } from './activate.js';
import { auditRequest } from './audit.js';
import type { Decision } from './decide.js';
import { closeStepCards, tellApplicant } from './outgoing.js';

/** The follow-up type a decision writes. */
export const DECIDED = 'approval.decided';

/** What the follow-up of a decision needs to know about it. */
export interface DecidedJob {
  id: string;
  stepIdx: number;
  decision: Decision;
  /** Who decided, as signed: 「王科长」 or 「李四（代王科长）」. */
  signer: string;
  /** When the decision was made. */
  at: string;
  comment?: string;
}

/** The line every card of the step shows once it is decided. */
export function decisionNote(job: DecidedJob): string {
  return `${job.signer}已于${bureauDateTime(job.at)}${DECISION_LABELS[job.decision]}。`;
}

/**
 * The step is passed on only while the request still waits on it: an applicant may have withdrawn it
 * between the click and this follow-up, and then nobody is asked to approve it any more.
 */
async function passOn(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  job: DecidedJob,
): Promise<RequestView | undefined> {
  const next = view.steps[job.stepIdx + 1];
  if (!next || view.status !== 'pending' || view.currentStep !== job.stepIdx) return undefined;
  const passed = await activateStep(tx, env, view.id, next.idx, view);
  const holder = passed.steps[next.idx] ?? next;
  await auditRequest(tx, env, 'system', 'step-activated', view.id, { step: next.idx, to: holder.personId });
  await requestChanged(tx, env, view.id);
  return passed;
}

function applicantMessage(view: RequestView, job: DecidedJob): string {
  const subject = `您的申请${view.id}（${requestTitle(view)}）`;
  const holder = view.steps[job.stepIdx + 1];
  if (job.decision === 'approve' && holder) {
    return `${subject}已由${job.signer}同意，现送${holder.name}（${holder.roleLabel}）审批。`;
  }
  if (job.decision === 'approve') {
    const filed = view.kind === 'special' ? '已按规定备案，并向社会公开。' : '';
    return `${subject}已审批通过。${filed}`;
  }
  const why = job.comment ? `${job.decision === 'reject' ? '理由' : '意见'}：${job.comment}` : '';
  return job.decision === 'reject'
    ? `${subject}已被${job.signer}驳回。${why}`
    : `${subject}已被${job.signer}退回修改。${why}\n原审批表已附后，修改后可重新提交。`;
}

/**
 * What a decision sets in motion once the click is answered: the next step's cards, every open card
 * of the decided step turned into the record, the applicant told, and on 退回修改 the form sent back
 * filled in. A step passed on to nobody (the request was withdrawn meanwhile) only closes its cards.
 */
export async function followDecision(tx: Tx, env: ActionContext, job: DecidedJob): Promise<void> {
  const decided = await loadView(tx, job.id);
  if (!decided) return;
  const passesOn = job.decision === 'approve' && decided.steps[job.stepIdx + 1] !== undefined;
  const passed = passesOn ? await passOn(tx, env, decided, job) : undefined;
  const view = passed ?? decided;
  await closeStepCards(tx, view, job.stepIdx, decisionNote(job));
  if (passesOn && !passed) return;
  await tellApplicant(tx, view, applicantMessage(view, job));
  if (job.decision === 'return') await sendFormBack(tx, env, view);
}

/** 退回修改: the applicant gets the form again, filled in as it was, to change and submit anew. */
async function sendFormBack(tx: Tx, env: ActionContext, view: RequestView): Promise<void> {
  const applicant = env.directory.people.find((p) => p.id === view.applicant.personId);
  if (!applicant) return;
  const resubmit = await buildFormCard(
    env.services.store.db,
    env.directory,
    applicant,
    view.kind,
    valuesOf(view.form, view.unit.id),
    { today: env.today },
  );
  await sendTo(tx, applicant.openId, resubmit.card, resubmit.cardRef);
}
