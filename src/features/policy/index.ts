/** What the bot's entries use from the policy feature. */
export { registerPolicy } from './register.js';
export { askPolicy, type Asked, type PolicyDeps } from './ask.js';
export { answerJson, type AnswerJson } from './answer-json.js';
export { checkQuestion, MAX_QUESTION_CHARS, type QuestionCheck } from './question.js';
export { plainText } from './plain-text.js';
export { exportQuestions } from './service/export-questions.js';
export type { QuestionDraft } from './service/question-drafts.js';
