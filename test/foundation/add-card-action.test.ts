import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActions } from '../../db/schema/index.js';
import { auditFor, verifyAuditChain } from '../../src/store/audit-repo.js';
import { buttonValue } from '../features/approvals/support.js';
import { registerReceipts } from '../fixtures/receipts/register.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';

/*
 * The recipe "How to add a card action" in docs/architecture.md, followed in a fixture feature
 * (test/fixtures/receipts) that the real app plugs in beside its own.
 */

const OFFICER = 'ou_demo_air_officer';

let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, features: [registerReceipts] });
});
afterAll(async () => {
  await bot?.close();
  await fake.close();
});

describe('a card action added by the recipe', () => {
  it('sends its card, answers a click with a toast and an audit row, and a retried callback from the cache', async () => {
    expect((await bot.sendText(OFFICER, '测试通知')).status).toBe(200);
    await bot.settle();
    const message = await fake.waitFor(() =>
      fake.sentTo(OFFICER).find((m) => m.msgType === 'interactive' && m.content.includes('确认收到')),
    );
    const value = buttonValue(JSON.parse(message.content) as Record<string, unknown>, '确认收到');
    expect(value).toEqual({ action: 'receipt.acknowledge', id: expect.any(String) });
    const id = String(value.id);

    const eventId = 'receipt-click-1';
    const click = () => bot.click(OFFICER, value, { openMessageId: message.messageId, eventId });
    const first = await click();
    expect(first).toEqual({ toast: { type: 'success', content: '已确认收到。' } });
    const audit = await auditFor(bot.store.db, 'receipt', id);
    expect(audit).toMatchObject([{ actor: OFFICER, action: 'receipt.acknowledged' }]);

    // Lark retries a callback under the same event id: the first answer comes back from the cache,
    // the handler (which would now refuse) does not run again.
    expect(await click()).toEqual(first);
    const [kept] = await bot.store.db.select().from(cardActions).where(eq(cardActions.eventId, eventId));
    expect(JSON.parse(kept?.response ?? 'null')).toEqual(first);
    expect(await auditFor(bot.store.db, 'receipt', id)).toHaveLength(1);

    // A new click is a new event: the handler runs and refuses through the feature's refusals table.
    const again = await bot.click(OFFICER, value, { openMessageId: message.messageId });
    expect(again).toEqual({ toast: { type: 'info', content: '您已确认收到，无需重复操作。' } });
    expect(await auditFor(bot.store.db, 'receipt', id)).toHaveLength(1);
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: true });
  });
});
