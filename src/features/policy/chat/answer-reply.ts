import type { CardReplyHandler } from '../../../app/card-replies.js';
import { readAnswerFeedback } from '../../../domain/replies/index.js';
import { loadAnswer } from '../store/answer-repo.js';
import { answerInChat } from './ask-intent.js';
import { giveFeedback } from './give-feedback.js';

const ANSWER_CARD = /^policy:(.+):answer$/;

const UNHELPFUL_NOTED = '已记录为“没用”。请换一种问法，或写明时间、检查方式、企业等具体情形后再问。';
const USEFUL_NOTED = '感谢反馈。';

/**
 * A typed reply to an answer card that judges it (「答非所问」「明白了，谢谢」) counts as its 没用 or 有用
 * button; a question typed after the judgement (「不对，我问的是……」) is answered in the same
 * transaction. Anything else in reply (a follow-up, 「收到」) is left to the intents.
 */
export const policyCardReply: CardReplyHandler = async (ctx, cardRef) => {
  const answerId = ANSWER_CARD.exec(cardRef)?.[1];
  if (!answerId) return false;
  const { verdict, rest } = readAnswerFeedback(ctx.msg.text);
  if (verdict === 'none') return false;
  const record = await loadAnswer(ctx.services.store.db, answerId);
  if (!record) return false;
  const useful = verdict === 'useful';
  const at = ctx.services.now().toISOString();
  const feedback = (tx: Parameters<typeof giveFeedback>[0]) =>
    giveFeedback(tx, record, ctx.msg.openId, useful, at, 'typed');
  if (rest !== '') {
    await answerInChat(ctx, rest, feedback);
    return true;
  }
  await ctx.commit(async (tx) => {
    await feedback(tx);
    await ctx.reply(tx, useful ? USEFUL_NOTED : UNHELPFUL_NOTED);
  });
  return true;
};
