import type { Services } from '../../app/services.js';
import type { Directory } from '../../domain/org.js';
import { answer, enterprisesNamed, readQuestion, type PolicyAnswer } from '../../domain/policy/index.js';
import { bureauToday } from '../../time.js';
import { inspectionsOf, loadAnswerContext } from './context.js';
import { rephrase } from './rephrase.js';
import { recentQuestion, type Asker } from './store/recent-repo.js';

/** What answering needs; the CLI has no outbox, so not all of Services. */
export type PolicyDeps = Pick<Services, 'config' | 'store' | 'log' | 'now'>;

export interface Asked {
  answer: PolicyAnswer;
  /** The bureau's day the answer was given for. */
  today: string;
  /** The question as read, with the asker's previous one for a follow-up; what a next follow-up leans on. */
  readAs: string;
}

/**
 * The question is read first (with the asker's previous question, in chat), so that the one
 * enterprise it names has its inspections read before answering: one small query.
 */
async function judged(
  deps: PolicyDeps,
  question: string,
  today: string,
  directory?: Directory,
  asker?: Asker,
) {
  const ctx = await loadAnswerContext(deps.store.db, today, directory);
  const previous = asker && (await recentQuestion(deps.store.db, asker, deps.now()));
  if (!ctx) return { result: answer(question), readAs: question };
  const readAs = readQuestion(question, { ...ctx, ...(previous ? { previous } : {}) });
  const named = enterprisesNamed(readAs, ctx);
  const pastInspections = named.length > 0 ? await inspectionsOf(deps.store.db, named, today) : [];
  const result = answer(readAs, {
    ...ctx,
    pastInspections,
    ...(asker?.unit ? { askerUnit: asker.unit } : {}),
  });
  return { result, readAs };
}

/**
 * One question answered against the store as it is now. A refusal keeps its fixed wording; any
 * other direct sentence may be reworded by the configured model.
 */
export async function askPolicy(
  deps: PolicyDeps,
  question: string,
  directory?: Directory,
  asker?: Asker,
): Promise<Asked> {
  const today = bureauToday(deps.now());
  const { result, readAs } = await judged(deps, question, today, directory, asker);
  const { llm } = deps.config;
  return {
    today,
    readAs,
    answer: llm && !result.outOfScope ? await rephrase(llm, question, result, deps.log) : result,
  };
}
