import { and, eq } from 'drizzle-orm';
import { inbox, localMessages } from '../../../db/schema/index.js';
import type { MessageReceiveData } from '../../app/incoming-message.js';
import type { Database } from '../../store/db.js';
import { botMessage } from './chat-repo.js';

export interface ReplyTarget {
  parentId: string;
  rootId: string;
}

/** A chain is a handful of messages; the bound only guards against a loop in hand-made rows. */
const MAX_DEPTH = 20;

/** The person's message `messageId` as the inbox holds it: the root it named, if it was a reply. */
async function rootNamedBy(db: Database, messageId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ payload: inbox.payload })
    .from(inbox)
    .where(and(eq(inbox.messageId, messageId), eq(inbox.eventType, 'im.message.receive_v1')))
    .limit(1);
  if (!row) return undefined;
  try {
    return (JSON.parse(row.payload) as MessageReceiveData).message?.root_id;
  } catch {
    return undefined;
  }
}

/**
 * As Lark fills a reply's ids: `parent_id` is the message answered, `root_id` the first of its chain.
 * The bot's own messages are often replies to what the person typed, so the chain is walked up.
 */
async function rootOf(db: Database, messageId: string): Promise<string> {
  let id = messageId;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const [bot] = await db
      .select({ replyTo: localMessages.replyTo })
      .from(localMessages)
      .where(eq(localMessages.messageId, id))
      .limit(1);
    if (bot) {
      if (!bot.replyTo) return id;
      id = bot.replyTo;
      continue;
    }
    return (await rootNamedBy(db, id)) ?? id;
  }
  return id;
}

/** The ids a reply to the bot's message `messageId` carries; undefined unless it is in `openId`'s chat. */
export async function replyTarget(
  db: Database,
  openId: string,
  messageId: string,
): Promise<ReplyTarget | undefined> {
  const parent = await botMessage(db, openId, messageId);
  if (!parent) return undefined;
  return { parentId: parent.messageId, rootId: await rootOf(db, parent.messageId) };
}
