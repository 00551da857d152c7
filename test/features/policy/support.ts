import { asc, eq } from 'drizzle-orm';
import { auditLog, policyFeedback } from '../../../db/schema/index.js';
import type { Bot } from '../../support/harness.js';
import { sentTo, type Sent } from '../approvals/support.js';

export { TODAY_10AM, USCC } from '../approvals/support.js';

/** Sends a question and returns the bot's reply to it. */
export async function askInChat(
  bot: Bot,
  openId: string,
  text: string,
  opts: { chatType?: 'p2p' | 'group'; messageId: string },
): Promise<Sent> {
  await bot.sendText(openId, text, opts);
  const reply = (await sentTo(bot, openId)).find((m) => m.replyTo === opts.messageId);
  if (!reply) throw new Error(`no reply to ${opts.messageId}`);
  return reply;
}

export async function feedbackRows(bot: Bot, answerId: string) {
  return bot.store.db
    .select()
    .from(policyFeedback)
    .where(eq(policyFeedback.answerId, answerId))
    .orderBy(asc(policyFeedback.id));
}

export async function auditActions(bot: Bot, entityId: string): Promise<string[]> {
  const rows = await bot.store.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, entityId))
    .orderBy(asc(auditLog.id));
  return rows.map((row) => row.action);
}
