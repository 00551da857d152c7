import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnterprises, loadQuietPeriods } from '../../../src/directory/directory-repo.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';

const ADMIN = 'ou_demo_legal_head';
const OFFICER = 'ou_demo_lucheng_officer';
const MEDICINE = '9114047195FNJANWHJ';

let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

async function cardTo(openId: string, title: string) {
  const m = await fake.waitFor(() =>
    fake.sentTo(openId).find((x) => x.msgType === 'interactive' && x.content.includes(title)),
  );
  return m;
}

async function audits(action: string) {
  const r = await bot.store.client.execute({
    sql: 'SELECT actor, entity_id, detail FROM audit_log WHERE action = ? ORDER BY id',
    args: [action],
  });
  return r.rows;
}

type Answer = { toast?: { type: string; content: string }; card?: { data?: unknown } };

describe('设置安静期', () => {
  it('gives an administrator the form, and adds the period from it with an audit row', async () => {
    await bot.sendText(ADMIN, '设置安静期');
    const form = await cardTo(ADMIN, '设置企业安静期');
    const before = (await loadQuietPeriods(bot.store.db)).length;
    const submit = (formValue: Record<string, unknown>, eventId?: string) =>
      bot.click(
        ADMIN,
        { action: 'upkeep.quiet' },
        {
          formValue,
          openMessageId: form.messageId,
          ...(eventId ? { eventId } : {}),
        },
      ) as Promise<Answer>;

    const bad = await submit({ area: '潞城区', from: '2026-12-20 +0800', to: '2026-12-01 +0800', basis: '' });
    expect(bad.toast?.type).toBe('error');
    expect(JSON.stringify(bad.card)).toContain('结束日期（2026-12-01）早于开始日期（2026-12-20）');
    expect(JSON.stringify(bad.card)).toContain('「依据文件」不能为空');
    expect(await loadQuietPeriods(bot.store.db)).toHaveLength(before);

    const good = {
      area: '潞城区',
      from: '2027-03-01 +0800',
      to: '2027-03-10 +0800',
      basis: '潞城区政府通知',
    };
    const first = await submit(good, 'quiet-1');
    expect(first.toast).toEqual({ type: 'success', content: '安静期已设置。' });
    expect(await submit(good, 'quiet-1')).toEqual(first);
    const periods = await loadQuietPeriods(bot.store.db);
    expect(periods).toHaveLength(before + 1);
    expect(periods.at(-1)).toMatchObject({
      jurisdiction: '潞城区',
      scope: 'county',
      from: '2027-03-01',
      to: '2027-03-10',
      basis: '潞城区政府通知',
    });
    const audit = await audits('quiet-period.added');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe('legal-head');
  });

  it('politely refuses anyone else, in chat and on a forged click', async () => {
    await bot.sendText(OFFICER, '设置安静期');
    const reply = await fake.waitFor(() =>
      fake.sentTo(OFFICER).find((m) => m.content.includes('仅限管理员')),
    );
    expect(reply.msgType).toBe('text');
    const answer = (await bot.click(
      OFFICER,
      { action: 'upkeep.quiet' },
      {
        formValue: { area: '潞城区', from: '2027-04-01', to: '2027-04-02', basis: 'x' },
      },
    )) as Answer;
    expect(answer.toast?.content).toContain('仅限管理员');
  });
});

describe('调整正面清单', () => {
  it('puts an enterprise on the list with validity and basis, then takes it off, each audited', async () => {
    await bot.sendText(ADMIN, '调整正面清单');
    const form = await cardTo(ADMIN, '调整监督执法正面清单');
    const click = (formValue: Record<string, unknown>) =>
      bot.click(
        ADMIN,
        { action: 'upkeep.positive' },
        { formValue, openMessageId: form.messageId },
      ) as Promise<Answer>;

    const unknown = await click({ enterprise: '不存在公司', change: 'add', basis: '文件' });
    expect(JSON.stringify(unknown.card)).toContain('企业名录中没有「不存在公司」');

    const added = await click({
      enterprise: '长治示例焦化有限公司',
      change: 'add',
      from: '2027-01-01 +0800',
      to: '2027-12-31 +0800',
      basis: '长环函〔2027〕1号',
    });
    expect(added.toast?.content).toBe('已列入正面清单。');
    const coke = (await loadEnterprises(bot.store.db)).find((e) => e.name === '长治示例焦化有限公司');
    expect(coke).toMatchObject({
      positiveList: true,
      positiveListFrom: '2027-01-01',
      positiveListTo: '2027-12-31',
    });

    const removed = await click({ enterprise: MEDICINE, change: 'remove', basis: '复核不再符合条件' });
    expect(removed.toast?.content).toBe('已移出正面清单。');
    const medicine = (await loadEnterprises(bot.store.db)).find((e) => e.uscc === MEDICINE);
    expect(medicine?.positiveList).toBe(false);
    expect((await audits('positive-list.added'))[0]?.detail).toContain('长环函〔2027〕1号');
    expect((await audits('positive-list.removed'))[0]?.entity_id).toBe(MEDICINE);
  });

  it('politely refuses anyone else', async () => {
    await bot.sendText(OFFICER, '调整正面清单');
    await fake.waitFor(
      () => fake.sentTo(OFFICER).filter((m) => m.content.includes('仅限管理员')).length >= 2,
    );
  });
});
