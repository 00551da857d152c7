// The whole quiet-period calendar entered, listed, ended and removed from chat, through the real app
// over HTTP, and seen by the rules check and GET /api/v1/quiet-periods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuietPeriods } from '../../../src/directory/directory-repo.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { ADMIN, COMPLAINT, DEADLINE, NOTICE, TUNLIU_FORM } from './support.js';
import { planBody, TODAY_10AM, USCC } from '../approvals/support.js';

const OFFICER = 'ou_demo_lucheng_officer';

let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => TODAY_10AM });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

type Answer = { toast?: { type: string; content: string }; card?: unknown };

async function formOf(openId: string, text: string, title: string) {
  const before = fake.sentTo(openId).length;
  await bot.sendText(openId, text);
  return fake.waitFor(() =>
    fake
      .sentTo(openId)
      .slice(before)
      .find((m) => m.msgType === 'interactive' && m.content.includes(title)),
  );
}

const click = (openId: string, action: string, formValue: Record<string, unknown>) =>
  bot.click(openId, { action }, { formValue }) as Promise<Answer>;

async function audits(action: string) {
  const r = await bot.store.client.execute({
    sql: 'SELECT actor, entity_id, detail FROM audit_log WHERE action = ? ORDER BY id',
    args: [action],
  });
  return r.rows;
}

async function calendar(query: string) {
  const res = await fetch(`${bot.url}/api/v1/quiet-periods?${query}`, {
    headers: { authorization: `Bearer ${TEST_KEYS.apiToken}` },
  });
  return (await res.json()) as { days: { date: string; periods: Record<string, unknown>[] }[] };
}

async function check(body: Record<string, unknown>) {
  const res = await bot.post('/api/v1/checks', body);
  return (await res.json()) as { findings: { code: string; message: string }[] };
}

describe('设置安静期 with what a notice says', () => {
  it('enters a monthly period for a category with the notice’s exemptions; the rules and the API see it', async () => {
    await formOf(ADMIN, '设置安静期', '设置企业安静期');
    const answer = await click(ADMIN, 'upkeep.quiet', TUNLIU_FORM);
    expect(answer.toast).toEqual({ type: 'success', content: '安静期已设置。' });
    expect(JSON.stringify(answer.card)).toContain(
      '屯留区：每月1日至20日，2027-01-01至2027-12-31有效，限规模以上工业企业',
    );
    const added = (await loadQuietPeriods(bot.store.db)).at(-1);
    expect(added).toEqual({
      id: expect.stringMatching(/^QP-C\d+$/),
      jurisdiction: '屯留区',
      scope: 'county',
      from: '2027-01-01',
      to: '2027-12-31',
      monthly: { fromDay: 1, toDay: 20 },
      categories: ['规模以上工业企业'],
      exemptions: [COMPLAINT, DEADLINE],
      basis: NOTICE,
    });
    const [audit] = await audits('quiet-period.added');
    expect(audit?.actor).toBe('legal-head');
    expect(String(audit?.detail)).toContain(DEADLINE);

    const { days } = await calendar(`from=2027-03-19&to=2027-03-22&county=${encodeURIComponent('屯留区')}`);
    expect(days.map((d) => d.date)).toEqual(['2027-03-19', '2027-03-20']);
    expect(days[0]?.periods).toContainEqual({
      id: added?.id,
      jurisdiction: '屯留区',
      basis: NOTICE,
      categories: ['规模以上工业企业'],
    });

    const visit = planBody({ enterprises: [USCC.chemical], from: '2027-03-10', to: '2027-03-10' });
    const listed = await check({ ...visit, type: 'complaint', quietExemption: COMPLAINT });
    const quiet = listed.findings.find((f) => f.code === 'QUIET_PERIOD_ON_SITE');
    expect(quiet?.message).toContain('每月1日至20日');
    expect(listed.findings.map((f) => f.code)).not.toContain('QUIET_EXEMPTION_NOT_LISTED');
    const unlisted = await check({ ...visit, quietExemption: '上级部署的执法检查或专项整治' });
    expect(unlisted.findings.map((f) => f.code)).toContain('QUIET_EXEMPTION_NOT_LISTED');
    const after = await check({ ...visit, from: '2027-03-21', to: '2027-03-21' });
    expect(after.findings.map((f) => f.code)).not.toContain('QUIET_PERIOD_ON_SITE');
  });

  it.each([
    [
      'a month’s days in the wrong order',
      { fromDay: '21', toDay: '5' },
      '每月起始日（21日）晚于截止日（5日）',
    ],
    ['a day past 31', { toDay: '32' }, '每月截止日须为1至31之间的整数'],
    [
      'validity ending before it starts',
      { from: '2027-12-31 +0800', to: '2027-01-01 +0800' },
      '有效期结束日期（2027-01-01）早于开始日期（2027-12-31）',
    ],
    ['no weekday for a weekly period', { pattern: 'weekly' }, '请选择每周的哪几天'],
    [
      'a range it cannot read',
      { pattern: 'ranges', ranges: '12月1日至20日' },
      '第1段日期「12月1日至20日」无法识别',
    ],
    ['an enterprise not in the registry', { enterprises: '不存在公司' }, '企业名录中没有「不存在公司」'],
    ['no notice', { basis: '' }, '「依据文件」不能为空'],
  ])('refuses %s with a clear message and writes nothing', async (_name, change, message) => {
    const before = await loadQuietPeriods(bot.store.db);
    const audited = (await audits('quiet-period.added')).length;
    const answer = await click(ADMIN, 'upkeep.quiet', { ...TUNLIU_FORM, ...change });
    expect(answer.toast).toEqual({ type: 'error', content: '未能设置，请按提示修改。' });
    expect(JSON.stringify(answer.card)).toContain(message);
    expect(await loadQuietPeriods(bot.store.db)).toEqual(before);
    expect(await audits('quiet-period.added')).toHaveLength(audited);
  });

  it('enters weekly days and explicit ranges, and named enterprises in a development zone', async () => {
    const weekly = await click(ADMIN, 'upkeep.quiet', {
      area: '长治高新区',
      enterprises: '长治示例医药有限公司',
      pattern: 'weekly',
      weekdays: ['6', '7'],
      basis: '高新区管委会通知',
    });
    expect(weekly.toast?.type).toBe('success');
    const ranges = await click(ADMIN, 'upkeep.quiet', {
      area: '长治市',
      pattern: 'ranges',
      ranges: '2027-02-01至2027-02-10\n2027-05-01至2027-05-05',
      basis: '市政府通知',
    });
    expect(ranges.toast?.type).toBe('success');
    const [zone, city] = (await loadQuietPeriods(bot.store.db)).slice(-2);
    expect(zone).toMatchObject({
      jurisdiction: '长治高新区',
      scope: 'enterprises',
      enterprises: ['长治示例医药有限公司'],
      weekly: { days: [6, 7] },
    });
    expect(city).toMatchObject({
      scope: 'citywide',
      ranges: [
        { from: '2027-02-01', to: '2027-02-10' },
        { from: '2027-05-01', to: '2027-05-05' },
      ],
    });
  });
});

describe('安静期列表: ending and removing a period from chat', () => {
  it('lists the periods, ends one early and removes another, each audited', async () => {
    const list = await formOf(ADMIN, '安静期列表', '目前登记的企业安静期');
    expect(list.content).toContain('每月1日至20日');
    const periods = await loadQuietPeriods(bot.store.db);
    const rows = await bot.store.client.execute('SELECT id, ref FROM quiet_periods ORDER BY id');
    const rowOf = (ref: string | undefined) => String(rows.rows.find((r) => r.ref === ref)?.id);
    const tunliu = periods.find((p) => p.basis === NOTICE);

    const early = await click(ADMIN, 'upkeep.quietChange', {
      period: rowOf(tunliu?.id),
      change: 'end',
      lastDay: '2026-12-01 +0800',
      reason: '通知调整',
    });
    expect(JSON.stringify(early.card)).toContain('早于该安静期的开始日期（2027-01-01）');
    const ended = await click(ADMIN, 'upkeep.quietChange', {
      period: rowOf(tunliu?.id),
      change: 'end',
      lastDay: '2027-06-15 +0800',
      reason: '屯留区政府通知自6月16日起停止实施',
    });
    expect(ended.toast).toEqual({ type: 'success', content: '安静期已提前结束。' });
    const now = await loadQuietPeriods(bot.store.db);
    expect(now.find((p) => p.id === tunliu?.id)?.to).toBe('2027-06-15');
    const { days } = await calendar(`from=2027-06-01&to=2027-07-31&county=${encodeURIComponent('屯留区')}`);
    expect(days.filter((d) => d.periods.some((p) => p.id === tunliu?.id)).map((d) => d.date)).toEqual(
      Array.from({ length: 15 }, (_, i) => `2027-06-${String(i + 1).padStart(2, '0')}`),
    );
    expect((await audits('quiet-period.ended'))[0]?.detail).toContain('停止实施');

    const city = now.find((p) => p.basis === '市政府通知');
    const removed = await click(ADMIN, 'upkeep.quietChange', {
      period: rowOf(city?.id),
      change: 'remove',
      reason: '误登记',
    });
    expect(removed.toast).toEqual({ type: 'success', content: '安静期已删除。' });
    expect((await loadQuietPeriods(bot.store.db)).map((p) => p.id)).not.toContain(city?.id);
    expect((await audits('quiet-period.removed'))[0]?.entity_id).toBe(rowOf(city?.id));

    const gone = await click(ADMIN, 'upkeep.quietChange', {
      period: rowOf(city?.id),
      change: 'remove',
      reason: 'x',
    });
    expect(JSON.stringify(gone.card)).toContain('所选安静期不存在或已删除');
  });

  it('refuses anyone else, in chat and on a forged click', async () => {
    await bot.sendText(OFFICER, '安静期列表');
    await fake.waitFor(() => fake.sentTo(OFFICER).find((m) => m.content.includes('仅限管理员')));
    const answer = await click(OFFICER, 'upkeep.quietChange', { period: '1', change: 'remove', reason: 'x' });
    expect(answer.toast?.content).toContain('仅限管理员');
  });
});
