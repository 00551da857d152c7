import type { Services } from '../../app/services.js';
import type { Directory } from '../../domain/org.js';
import { answer, type PolicyAnswer } from '../../domain/policy/index.js';
import { bureauToday } from '../../time.js';
import { inspectionsOf, loadAnswerContext } from './context.js';
import { rephrase } from './rephrase.js';

/** What answering needs; the CLI has no outbox, so not all of Services. */
export type PolicyDeps = Pick<Services, 'config' | 'store' | 'log' | 'now'>;

export interface Asked {
  answer: PolicyAnswer;
  /** The bureau's day the answer was given for. */
  today: string;
}

/**
 * Only the answer knows which enterprise a question names, so a case is judged again once that
 * enterprise's inspections this year are read: one small query, not the whole year's records.
 */
async function judged(deps: PolicyDeps, question: string, today: string, directory?: Directory) {
  const ctx = await loadAnswerContext(deps.store.db, today, directory);
  const first = answer(question, ctx);
  const decision = first.decision;
  if (!ctx || !decision || decision.hypothetical) return first;
  const past = await inspectionsOf(deps.store.db, decision.proposal, today);
  return past.length > 0 ? answer(question, { ...ctx, pastInspections: past }) : first;
}

/**
 * One question answered against the store as it is now. A refusal keeps its fixed wording; any
 * other direct sentence may be reworded by the configured model.
 */
export async function askPolicy(deps: PolicyDeps, question: string, directory?: Directory): Promise<Asked> {
  const today = bureauToday(deps.now());
  const result = await judged(deps, question, today, directory);
  const { llm } = deps.config;
  return {
    today,
    answer: llm && !result.outOfScope ? await rephrase(llm, question, result, deps.log) : result,
  };
}
