import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refusal } from '../../src/app/refusal.js';
import type { RegisterFeature } from '../../src/features/index.js';
import { inbox } from '../../db/schema/index.js';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';

/*
 * An intent that refuses without catching its refusal (a service deep down says no): the person is
 * told why, and the message is done, not retried until the worker gives up on it.
 */

const OFFICER = 'ou_demo_air_officer';
const REFUSED = '测试事项不能办理。';

const refusingIntent: RegisterFeature = (features) => {
  features.messages.register({
    name: 'test.refuses',
    matches: (text) => text === '测试拒绝事项',
    handle: () => Promise.reject(new Refusal('NOT_ALLOWED', REFUSED, 403)),
  });
};

let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, features: [refusingIntent] });
});
afterAll(async () => {
  await bot?.close();
  await fake.close();
});

describe('an intent that refuses', () => {
  it('answers with the refusal and marks the message done', async () => {
    expect((await bot.sendText(OFFICER, '测试拒绝事项', { messageId: 'om_refused' })).status).toBe(200);
    await bot.settle();
    const answer = await fake.waitFor(() => fake.messages.find((m) => m.parentId === 'om_refused'));
    expect(JSON.parse(answer.content)).toEqual({ text: REFUSED });
    const rows = await bot.store.db.select().from(inbox);
    expect(rows.filter((r) => r.status !== 'done')).toEqual([]);
  });
});
