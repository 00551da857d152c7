import type { ActionContext } from '../../../app/action-context.js';
import {
  cancelProblem,
  feedbackProblem,
  resultProblem,
  type InspectionRecord,
  type InspectionStatus,
  type Signer,
  type StepProblem,
} from '../../../domain/inspections/index.js';
import type { Tx } from '../../../store/db.js';
import { closeCardsOn } from '../../../store/tracked-cards.js';
import type { CancelInput, FeedbackInput, ResultInput } from '../input.js';
import { inspectionRefusal } from '../refusals.js';
import { INSPECTION_CARD_KIND, updateInspectionIf, type InspectionPatch } from '../store/inspection-repo.js';
import { auditInspection } from './audit.js';
import { sendTo } from '../../../app/replies.js';
import { inspectorsOf, loadOrFail, recorderOf, type Loaded } from './authorize.js';
import { refreshCards } from './cards.js';

function refuse(problem: StepProblem | null): void {
  if (problem) throw inspectionRefusal(problem.code, problem.message);
}

/** Reads the visit back after a landed update, redraws its cards and returns it. */
async function settle(tx: Tx, env: ActionContext, code: string): Promise<Loaded> {
  const after = await loadOrFail(tx, code);
  await refreshCards(tx, env, after);
  return after;
}

/**
 * The update is conditional on the status read: a concurrent step that landed first makes this one
 * read the visit again and be refused for what the first did.
 */
async function landOrExplain(
  tx: Tx,
  won: boolean,
  code: string,
  explain: (again: Loaded) => StepProblem | null,
): Promise<void> {
  if (won) return;
  refuse(explain(await loadOrFail(tx, code)));
  throw inspectionRefusal('ALREADY_RECORDED', `检查${code}已由他人办理。`);
}

interface StepSpec {
  from: InspectionStatus;
  problem: (rec: InspectionRecord) => StepProblem | null;
  patch: (by: Signer) => InspectionPatch;
  action: string;
  detail: Record<string, unknown>;
}

/** One step: who may act, whether it may be taken now, the conditional update, its audit record. */
async function takeStep(
  tx: Tx,
  env: ActionContext,
  code: string,
  byOpenId: string,
  spec: StepSpec,
): Promise<Loaded> {
  const loaded = await loadOrFail(tx, code);
  const by = recorderOf(env, loaded, byOpenId);
  refuse(spec.problem(loaded.record));
  const won = await updateInspectionIf(tx, code, spec.from, spec.patch(by));
  await landOrExplain(tx, won, code, (again) => spec.problem(again.record));
  await auditInspection(tx, env, by.openId, spec.action, code, spec.detail);
  return settle(tx, env, code);
}

/** 登记检查结果: planned → done, in the approved period; reminders start again for the feedback. */
export function recordResult(tx: Tx, env: ActionContext, code: string, input: ResultInput): Promise<Loaded> {
  return takeStep(tx, env, code, input.by, {
    from: 'planned',
    problem: (rec) => resultProblem(rec, input.date, env.today),
    patch: (by) => ({
      status: 'done',
      date: input.date,
      resultDate: input.date,
      outcome: input.outcome,
      findings: input.findings,
      methods: input.methods,
      resultByOpenId: by.openId,
      resultByName: by.name,
      resultAt: env.at,
      reminders: 0,
      lastRemindedAt: null,
    }),
    action: 'result-recorded',
    detail: { date: input.date, outcome: input.outcome, methods: input.methods },
  });
}

/** 反馈企业 (第6条): done → fed-back, after the result. */
export function recordFeedback(
  tx: Tx,
  env: ActionContext,
  code: string,
  input: FeedbackInput,
): Promise<Loaded> {
  return takeStep(tx, env, code, input.by, {
    from: 'done',
    problem: (rec) => feedbackProblem(rec, input.date, env.today),
    patch: (by) => ({
      status: 'fed-back',
      feedbackDate: input.date,
      feedbackMeans: input.means,
      feedbackContent: input.content,
      feedbackByOpenId: by.openId,
      feedbackByName: by.name,
      feedbackAt: env.at,
    }),
    action: 'fed-back',
    detail: { date: input.date, means: input.means },
  });
}

/** 取消: a planned visit that will not happen frees its place; its cards become records. */
export async function cancelInspection(
  tx: Tx,
  env: ActionContext,
  code: string,
  input: CancelInput,
): Promise<Loaded> {
  const after = await takeStep(tx, env, code, input.by, {
    from: 'planned',
    problem: cancelProblem,
    patch: (by) => ({
      status: 'cancelled',
      cancelReason: input.reason,
      cancelledByOpenId: by.openId,
      cancelledByName: by.name,
      cancelledAt: env.at,
    }),
    action: 'cancelled',
    detail: { reason: input.reason },
  });
  await closeCardsOn(tx, INSPECTION_CARD_KIND, code);
  await tellOthers(tx, after, input.by);
  return after;
}

/**
 * The inspectors and the applicant learn of it by a message too: a patched card does not notify, and
 * before the last date the inspectors hold no card of the visit at all.
 */
async function tellOthers(tx: Tx, after: Loaded, byOpenId: string): Promise<void> {
  const { record, plan } = after;
  const others = new Set([...inspectorsOf(plan).map((p) => p.openId), plan.applicant.openId]);
  others.delete(byOpenId);
  const reason = (record.cancelled?.reason ?? '').replace(/[。.；;，,]+$/, '');
  const text = `检查${record.code}（${record.enterprise.name}）已由${record.cancelled?.by.name ?? ''}取消，原因：${reason}。`;
  for (const openId of others) await sendTo(tx, openId, text);
}
