import { and, eq } from 'drizzle-orm';
import { policyRecentQuestions } from '../../../../db/schema/index.js';
import type { Database, Tx } from '../../../store/db.js';

/** How long a question stays the one a follow-up leans on. */
export const FOLLOW_UP_MS = 5 * 60 * 1000;

export interface Asker {
  openId: string;
  chatId: string;
  /** The asker's unit id, so 「谁批」 can name their own unit's people. */
  unit?: string;
}

/** The asker's last question in this chat, if asked within the follow-up window before `now`. */
export async function recentQuestion(db: Database, asker: Asker, now: Date): Promise<string | undefined> {
  const [row] = await db
    .select()
    .from(policyRecentQuestions)
    .where(
      and(eq(policyRecentQuestions.openId, asker.openId), eq(policyRecentQuestions.chatId, asker.chatId)),
    )
    .limit(1);
  if (!row) return undefined;
  const age = now.getTime() - Date.parse(row.askedAt);
  return age >= 0 && age <= FOLLOW_UP_MS ? row.question : undefined;
}

/** One row per asker and chat: the newest question, as read, replaces the one before. */
export async function rememberQuestion(tx: Tx, asker: Asker, question: string, at: string): Promise<void> {
  await tx
    .insert(policyRecentQuestions)
    .values({ openId: asker.openId, chatId: asker.chatId, question, askedAt: at })
    .onConflictDoUpdate({
      target: [policyRecentQuestions.openId, policyRecentQuestions.chatId],
      set: { question, askedAt: at },
    });
}
