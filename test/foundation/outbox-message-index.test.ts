import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema/index.js';
import { cardRefOfMessage } from '../../src/outbox/outbox-repo.js';
import { openStore, type Store } from '../../src/store/db.js';

let store: Store;
beforeAll(async () => {
  store = await openStore(`file:${join(mkdtempSync(join(tmpdir(), 'zhifa-outbox-index-')), 'bot.db')}`);
});
afterAll(() => store.close());

describe('finding a card by the message id a typed reply quotes', () => {
  it('searches outbox by its message_id index instead of scanning the table', async () => {
    // The lookup of cardRefOfMessage, as drizzle writes it.
    const query = store.db
      .select({ cardRef: outbox.cardRef })
      .from(outbox)
      .where(and(eq(outbox.messageId, 'om_x'), sql`${outbox.kind} in ('send','reply')`))
      .limit(1)
      .toSQL();
    const plan = await store.client.execute({
      sql: `EXPLAIN QUERY PLAN ${query.sql}`,
      args: query.params as (string | number)[],
    });
    const steps = plan.rows.map((r) => String(r.detail));
    expect(steps.join('\n')).toMatch(/SEARCH outbox USING INDEX outbox_message_id \(message_id=\?\)/);
    expect(steps.some((s) => s.startsWith('SCAN outbox'))).toBe(false);
  });

  it('still answers the card ref of a sent card and nothing for another message', async () => {
    await store.write((tx) =>
      tx.insert(outbox).values({
        uuid: 'u-1',
        kind: 'send',
        target: 'ou_a',
        recipient: 'ou_a',
        cardRef: 'card:1',
        msgType: 'interactive',
        content: '{}',
        status: 'sent',
        messageId: 'om_1',
      }),
    );
    expect(await cardRefOfMessage(store.db, 'om_1')).toBe('card:1');
    expect(await cardRefOfMessage(store.db, 'om_2')).toBeUndefined();
  });
});
