import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings } from '../../../db/schema/index.js';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import { contactEvent } from '../../../src/lark/payloads.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { postSignedEvent, startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { buttonValue, planBody, submitPlan, TODAY_10AM } from '../approvals/support.js';
import { newLeader, seedMap, seedTenant, writeMap } from './support.js';

const DAY = 86_400_000;
let fake: FakeLark;
let bot: Bot;
let now = TODAY_10AM.getTime();

beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  fake.contacts.setTenant(seedTenant());
  bot = await startBot({
    fakeLark: fake,
    now: () => new Date(now),
    env: { ORG_MAP_FILE: writeMap(seedMap()), ORG_SYNC_EVERY: '1d' },
  });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

const contactCalls = () => fake.requests.filter((r) => r.path.startsWith('/open-apis/contact/')).length;
const staleRow = async () =>
  (await bot.store.db.select().from(settings).where(eq(settings.key, 'org.staleAt')))[0]?.value;
const textsTo = (openId: string) =>
  fake
    .sentTo(openId)
    .flatMap((m) => (m.msgType === 'text' ? [String((JSON.parse(m.content) as { text: string }).text)] : []));

async function contactChange(eventType: string) {
  const payload = contactEvent({
    eventType,
    object: { open_id: 'ou_demo_air_officer', name: '大气环境科工作人员（示例）' },
    token: TEST_KEYS.verificationToken,
    appId: TEST_KEYS.appId,
  });
  const res = await postSignedEvent(bot.url, payload, TEST_KEYS.encryptKey);
  expect(res.status).toBe(200);
}

async function tick() {
  await bot.runtime.scheduler.tick();
  await bot.settle();
}

describe('the scheduled re-sync', () => {
  let requestId = '';

  it('does not read the tenant while nothing marked the directory stale', async () => {
    await tick();
    expect(contactCalls()).toBe(0);
  });

  it('a contact event marks the directory stale once in the audit', async () => {
    await contactChange('contact.user.updated_v3');
    await contactChange('contact.department.updated_v3');
    expect(await staleRow()).toBe(new Date(now).toISOString());
    const audit = await auditFor(bot.store.db, 'directory', 'contacts');
    expect(audit.filter((a) => a.action === 'directory.stale')).toHaveLength(1);
  });

  it('applies what leaves open steps alone and tells the administrators about the rest, once', async () => {
    requestId = String((await submitPlan(bot, planBody())).json.id);
    const tenant = seedTenant();
    newLeader(tenant, 'air', 'ou_demo_air_officer');
    tenant.users = tenant.users.filter((u) => u.openId !== 'ou_demo_vehicle_officer');
    fake.contacts.setTenant(tenant);
    await tick();
    const dir = (await loadDirectory(bot.store.db))!;
    expect(dir.people.some((p) => p.id === 'vehicle-officer')).toBe(false);
    expect(dir.units.find((u) => u.id === 'air')?.head).toBe('air-head');
    expect(dir.admins).toEqual(['legal-head']);
    const told = textsTo('ou_demo_legal_head');
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('以下变更涉及待办审批环节，暂不生效');
    expect(told[0]).toContain(
      `- ${requestId} 第 1 步（承办机构负责人，待审批，现审批人 大气环境科负责人（示例））`,
    );
    expect(await staleRow()).toBeDefined();

    const calls = contactCalls();
    await tick();
    expect(contactCalls()).toBe(calls);
    now += DAY;
    await tick();
    expect(contactCalls()).toBeGreaterThan(calls);
    expect(textsTo('ou_demo_legal_head')).toHaveLength(1);
  });

  it('applies the held change once the step is decided, and clears the mark', async () => {
    const card = fake
      .sentTo('ou_demo_air_head')
      .filter((m) => m.msgType === 'interactive')
      .at(-1)!;
    await bot.click(
      'ou_demo_air_head',
      buttonValue(JSON.parse(card.content) as Record<string, unknown>, '同意'),
      {
        openMessageId: card.messageId,
      },
    );
    await bot.settle();
    now += DAY;
    await tick();
    expect((await loadDirectory(bot.store.db))?.units.find((u) => u.id === 'air')?.head).toBe('air-officer');
    expect(await staleRow()).toBeUndefined();
    const runs = (await auditFor(bot.store.db, 'directory', 'contacts')).filter(
      (a) => a.action === 'directory.sync-run',
    );
    expect(runs.map((r) => (r.detail as { held: number }).held)).toEqual([1, 1, 0]);
  });
});
