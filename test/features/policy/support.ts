import { asc, eq } from 'drizzle-orm';
import { auditLog, inspections, policyFeedback } from '../../../db/schema/index.js';
import type { Bot } from '../../support/harness.js';
import { sentTo, USCC, type Sent } from '../approvals/support.js';

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

/** Stores on-site 双随机 inspections of the coking plant by 上党分局 on the given 2026 dates. */
export async function storeCokingVisits(bot: Bot, dates: string[], series: string): Promise<void> {
  await bot.store.write(async (tx) => {
    await tx.insert(inspections).values(
      dates.map((date) => ({
        requestId: `JC-2026-${series}${date.slice(5, 7)}`,
        uscc: USCC.coking,
        date,
        year: 2026,
        unitId: 'shangdang',
        type: 'random' as const,
        onSite: true,
      })),
    );
  });
}
