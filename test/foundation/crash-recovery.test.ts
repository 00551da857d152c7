import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localMessages, inbox } from '../../db/schema/index.js';
import { acceptEvent } from '../../src/work-queue/inbound-events.js';
import { messageReceiveEvent } from '../../src/lark/payloads.js';
import { openStore } from '../../src/store/db.js';
import { startBot, TEST_KEYS } from '../support/harness.js';

describe('a crash between the ack and the work', () => {
  it('processes the acked event when the next process starts', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'zhifa-crash-')), 'bot.db');
    const first = await startBot({ dbFile });
    await first.close();

    // What the edge had committed when the process died: the inbox row, and nothing else.
    const store = await openStore(`file:${dbFile}`);
    const e = messageReceiveEvent({
      openId: 'ou_demo_air_officer',
      text: '帮助',
      chatType: 'p2p',
      token: TEST_KEYS.verificationToken,
      appId: TEST_KEYS.appId,
    });
    const flat = { ...e.header, ...e.event };
    expect(
      await acceptEvent(store, {
        eventId: e.header.event_id,
        eventType: 'im.message.receive_v1',
        messageId: e.event.message.message_id,
        payload: flat,
      }),
    ).toBe(true);
    store.close();

    const second = await startBot({ dbFile });
    await second.settle();
    const rows = await second.store.db.select().from(inbox);
    expect(rows.find((r) => r.eventId === e.header.event_id)?.status).toBe('done');
    const replies = (await second.store.db.select().from(localMessages)).filter(
      (m) => m.replyTo === e.event.message.message_id,
    );
    expect(replies).toHaveLength(1);
    await second.close();
  });
});
