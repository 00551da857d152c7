import { and, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { inbox, localMessages } from '../../../db/schema/index.js';
import type { Database, Store } from '../../store/db.js';
import type { MessageReceiveData } from '../../app/incoming-message.js';
import { readMessageContent } from '../../app/message-content.js';
import { quoteOf } from './message-text.js';

/** One line of the one-to-one chat: what the bot sent (local mode) or what the person typed. */
export interface ChatItem {
  id: string;
  from: 'bot' | 'person';
  /** When it was sent: the chat's order. */
  at: string;
  /** Changes when the message does (a patched card, a buzz), so the page knows to redraw it. */
  version: string;
  msgType: string;
  /** Lark's content JSON string for bot messages; the typed text for the person's. */
  content: string;
  urgent: boolean;
  /** A bot message: the line a reply to it quotes. */
  quote?: string;
  /** The person's reply: the quote of the bot message it answers. */
  parentQuote?: string;
}

export interface ChatPage {
  items: ChatItem[];
  /** The newest change seen; the next poll asks for changes at or after it. */
  cursor: string;
}

const RECEIVE = 'im.message.receive_v1';
const MAX_ITEMS = 300;

/** What the person sent, as the simulator shows it: rich text as its lines, pictures and files noted. */
function personText(payload: string): { msgType: string; text: string; parentId?: string } {
  try {
    const data = JSON.parse(payload) as MessageReceiveData;
    const msgType = data.message?.message_type ?? 'text';
    const parentId = data.message?.parent_id;
    const content = readMessageContent(msgType, data.message?.content);
    if (content.kind !== 'readable') return { msgType, text: '', parentId };
    const notes = content.resources.map((r) =>
      r.kind === 'image' ? '[图片]' : `[文件${r.name ? ` ${r.name}` : ''}]`,
    );
    const text =
      msgType === 'post' || notes.length === 0 ? content.text : [content.text, ...notes].join('\n').trim();
    return { msgType, text, parentId };
  } catch {
    return { msgType: 'unknown', text: '' };
  }
}

/** The quotes of the bot messages that `parentIds` name, by id; a reply's parent may be older than the page. */
async function quotesOf(db: Database, parentIds: string[]): Promise<Map<string, string>> {
  if (parentIds.length === 0) return new Map();
  const rows = await db
    .select({ id: localMessages.messageId, msgType: localMessages.msgType, content: localMessages.content })
    .from(localMessages)
    .where(inArray(localMessages.messageId, [...new Set(parentIds)]));
  return new Map(rows.map((r) => [r.id, quoteOf(r.msgType, r.content)]));
}

/**
 * The chat with `openId`, oldest first. With `after`, only what changed at or after that stamp:
 * every write goes through one serialized transaction, so a row committed later never carries an
 * earlier stamp than one already seen; `>=` (not `>`) keeps rows written in the same millisecond.
 */
export async function chatPage(db: Database, openId: string, after?: string): Promise<ChatPage> {
  const sentBy = sql`json_extract(${inbox.payload}, '$.sender.sender_id.open_id') = ${openId}`;
  const [typed, sent] = await Promise.all([
    db
      .select()
      .from(inbox)
      .where(and(eq(inbox.eventType, RECEIVE), sentBy, after ? gte(inbox.receivedAt, after) : undefined))
      .orderBy(desc(inbox.receivedAt))
      .limit(MAX_ITEMS),
    db
      .select()
      .from(localMessages)
      .where(
        and(
          eq(localMessages.openId, openId),
          // A buzz sets `urgent` without touching `updated_at`; urgent rows are few, so always resend them.
          after ? or(gte(localMessages.updatedAt, after), eq(localMessages.urgent, true)) : undefined,
        ),
      )
      .orderBy(desc(localMessages.createdAt))
      .limit(MAX_ITEMS),
  ]);
  const people = typed.map((row) => ({ row, ...personText(row.payload) }));
  const quotes = await quotesOf(
    db,
    people.flatMap((p) => (p.parentId ? [p.parentId] : [])),
  );
  const items: ChatItem[] = [
    ...people.map(({ row, msgType, text, parentId }): ChatItem => {
      const quote = parentId ? quotes.get(parentId) : undefined;
      return {
        id: row.messageId ?? row.eventId,
        from: 'person',
        at: row.receivedAt,
        version: row.receivedAt,
        msgType,
        content: text,
        urgent: false,
        ...(quote !== undefined ? { parentQuote: quote } : {}),
      };
    }),
    ...sent.map((row): ChatItem => ({
      id: row.messageId,
      from: 'bot',
      at: row.createdAt,
      version: `${row.updatedAt}${row.urgent ? '!' : ''}`,
      msgType: row.msgType,
      content: row.content,
      urgent: row.urgent,
      quote: quoteOf(row.msgType, row.content),
    })),
  ].sort((a, b) => (a.at === b.at ? (a.from === 'person' ? -1 : 1) : a.at < b.at ? -1 : 1));
  const stamps = [after ?? '', ...typed.map((r) => r.receivedAt), ...sent.map((r) => r.updatedAt)];
  return { items: items.slice(-MAX_ITEMS), cursor: stamps.reduce((a, b) => (b > a ? b : a), '') };
}

/** Latest bot message per person, for the "someone else has new messages" hint. */
export async function latestPerPerson(db: Database): Promise<Record<string, string>> {
  const rows = await db
    .select({ openId: localMessages.openId, latest: sql<string>`max(${localMessages.updatedAt})` })
    .from(localMessages)
    .groupBy(localMessages.openId);
  return Object.fromEntries(rows.map((r) => [r.openId, r.latest]));
}

export async function botMessage(db: Database, openId: string, messageId: string) {
  const [row] = await db
    .select()
    .from(localMessages)
    .where(and(eq(localMessages.messageId, messageId), eq(localMessages.openId, openId)))
    .limit(1);
  return row;
}

/**
 * What Lark does with a callback's `card` answer: the clicked message now shows that card. Skipped
 * when the bot patched the card meanwhile, since that patch is the newer word.
 */
export async function showCallbackCard(
  store: Store,
  messageId: string,
  seenUpdatedAt: string,
  card: unknown,
) {
  await store.write((tx) =>
    tx
      .update(localMessages)
      .set({ content: JSON.stringify(card), updatedAt: new Date().toISOString() })
      .where(and(eq(localMessages.messageId, messageId), eq(localMessages.updatedAt, seenUpdatedAt))),
  );
}
