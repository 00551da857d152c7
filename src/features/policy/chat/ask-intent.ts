import { policyAnswerCard } from '../../../../cards/policy/answer.js';
import type { MessageContext } from '../../../app/message-context.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { askPolicy } from '../ask.js';
import { MAX_QUESTION_CHARS } from '../question.js';
import { saveAnswer, type AnswerRecord } from '../store/answer-repo.js';
import { rememberQuestion, type Asker } from '../store/recent-repo.js';

export function answerCardRef(answerId: string): string {
  return `policy:${answerId}:answer`;
}

/**
 * Answers `question` in chat and keeps the answer with the reply, in one transaction, so its buttons
 * later act on exactly what was shown; `alongside` (feedback typed with the question) lands with it.
 */
export async function answerInChat(
  ctx: MessageContext,
  question: string,
  alongside?: (tx: Tx) => Promise<void>,
): Promise<void> {
  if ([...question].length > MAX_QUESTION_CHARS) {
    await ctx.commit(async (tx) => {
      await alongside?.(tx);
      await ctx.reply(tx, `问题过长，请精简到${MAX_QUESTION_CHARS}字以内后重新提问。`);
    });
    return;
  }
  const unit = ctx.identity.units[0]?.id;
  const asker: Asker = { openId: ctx.msg.openId, chatId: ctx.msg.chatId, ...(unit ? { unit } : {}) };
  const asked = await askPolicy(ctx.services, question, ctx.directory, asker);
  const at = ctx.services.now().toISOString();
  const record: AnswerRecord = {
    id: ctx.msg.messageId,
    question,
    answer: asked.answer,
    openId: ctx.msg.openId,
    chatId: ctx.msg.chatId,
    today: asked.today,
    askedAt: at,
  };
  await ctx.commit(async (tx) => {
    await alongside?.(tx);
    await saveAnswer(tx, record);
    // A refusal is no subject to follow up on; the question before it stays the one to lean on.
    if (!asked.answer.outOfScope) await rememberQuestion(tx, asker, asked.readAs, at);
    await appendAudit(
      tx,
      {
        actor: record.openId,
        action: 'policy.answered',
        entity: 'policy-answer',
        entityId: record.id,
        detail: {
          outOfScope: record.answer.outOfScope,
          clauses: record.answer.citations.map((citation) => citation.clause),
        },
      },
      at,
    );
    await ctx.reply(tx, policyAnswerCard(record), answerCardRef(record.id));
  });
}

/** The router's fallback: whatever no command claims is a question about the scheme. */
export const policyIntent: MessageIntent = {
  name: 'policy.ask',
  matches: () => true,
  handle: (ctx) => answerInChat(ctx, ctx.msg.text),
};
