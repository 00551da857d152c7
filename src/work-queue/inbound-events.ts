import { sql } from 'drizzle-orm';
import { inbox } from '../../db/schema/index.js';
import type { Store, Tx } from '../store/db.js';

/** The one kind of Lark event the edge queues; card callbacks are answered at once instead. */
export const MESSAGE_EVENT = 'im.message.receive_v1';

/** A Lark event as the edge queues it, before the HTTP 200; the worker handles it after. */
export interface InboundEvent {
  eventId: string;
  eventType: string;
  messageId?: string;
  payload: unknown;
}

interface Waiting {
  event: InboundEvent;
  resolve: (fresh: boolean) => void;
  reject: (err: unknown) => void;
}

/** Events waiting for the store, per store: the next write inserts all of them. */
const gathering = new WeakMap<Store, Waiting[]>();

/**
 * Returns false for a duplicate (same event id, or a message already received under another id).
 * Events that arrive while the store is busy share one multi-row INSERT in one transaction, so a
 * burst of Lark deliveries costs one statement and one commit rather than one each.
 */
export function acceptEvent(store: Store, event: InboundEvent): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    const open = gathering.get(store);
    if (open) {
      open.push({ event, resolve, reject });
      return;
    }
    const batch: Waiting[] = [{ event, resolve, reject }];
    const close = () => {
      if (gathering.get(store) === batch) gathering.delete(store);
    };
    gathering.set(store, batch);
    store
      .write((tx) => {
        close();
        return insertNew(
          tx,
          batch.map((w) => w.event),
        );
      })
      .then(
        (fresh) => batch.forEach((w, i) => w.resolve(fresh[i] ?? false)),
        (err: unknown) => {
          close();
          batch.forEach((w) => w.reject(err));
        },
      );
  });
}

const column = (c: { name: string }) => sql.identifier(c.name);

/**
 * Which of `events` are new; of two deliveries of one event in the same batch, the first is. One
 * INSERT … RETURNING per 200 events, written as SQL: the query builder cost more than the insert.
 */
async function insertNew(tx: Tx, events: InboundEvent[]): Promise<boolean[]> {
  const distinct = [...new Map(events.map((e) => [e.eventId, e])).values()];
  const inserted = new Set<string>();
  const columns = [inbox.eventId, inbox.eventType, inbox.messageId, inbox.payload].map(column);
  for (let i = 0; i < distinct.length; i += 200) {
    const values = distinct
      .slice(i, i + 200)
      .map((e) => sql`(${e.eventId}, ${e.eventType}, ${e.messageId ?? null}, ${JSON.stringify(e.payload)})`);
    const rows = await tx.all<{ id: string }>(
      sql`INSERT INTO ${inbox} (${sql.join(columns, sql`, `)}) VALUES ${sql.join(values, sql`, `)}
          ON CONFLICT DO NOTHING RETURNING ${column(inbox.eventId)} AS id`,
    );
    for (const row of rows) inserted.add(row.id);
  }
  return events.map((e) => inserted.delete(e.eventId));
}
