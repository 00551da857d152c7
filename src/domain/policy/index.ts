/** 长环发〔2025〕36号 as a knowledge base: the scheme's text, its clauses, and answers from them. */
export { answer, enterprisesNamed, readQuestion } from './answer.js';
export { scheme, getClause, type Clause, type Scheme, type Sentence } from './scheme.js';
export { resolveDates } from './relative-dates.js';
export type { AnswerContext, CaseDecision, Citation, PolicyAnswer } from './types.js';
