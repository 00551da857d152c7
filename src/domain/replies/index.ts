export { readReply, type ReplyKind, type ReplyReading } from './read-reply.js';
export type { ReplyAction, ReplyCard } from './verbs.js';
export { scoreCorpus, type CorpusEntry, type CorpusScore } from './score.js';
export { personNamed } from './person.js';
export { readAnswerFeedback, type AnswerFeedback } from './answer-feedback.js';
export { scoreAnswerReplies, type AnswerReplyEntry, type AnswerReplyScore } from './answer-feedback-score.js';
