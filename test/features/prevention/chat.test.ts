import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindOutreachCoverage } from '../../../src/features/prevention/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import { cardAbout, getReferral } from '../referrals/flow.js';
import {
  answerCard,
  buttonValue,
  cardText,
  cardTitle,
  cardsTo,
  hasButton,
  lastCard,
  say,
  submit,
  textsTo,
  toast,
  type Json,
} from '../referrals/helpers.js';
import { AIR_OFFICER, call, COKING, LUCHENG_HEAD, LUCHENG_OFFICER, STEEL } from './support.js';

let clock = new Date('2026-11-26T02:00:00Z');
let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => clock });
});
afterAll(() => bot.close());

async function warningCardOf(openId: string, id: string): Promise<Json> {
  await bot.settle();
  const card = (await cardsTo(bot, openId))
    .map((m) => m.content)
    .find((c) => cardTitle(c) === `预警提醒 ${id}`);
  if (!card) throw new Error(`${openId} holds no card for ${id}`);
  return card;
}

describe('预警提醒 in chat', () => {
  it('sends a labelled warning, and the branch acknowledges and escalates it into a linked referral', async () => {
    await say(
      bot,
      AIR_OFFICER,
      '预警提醒\n企业：示例钢铁\n来源：在线监控\n风险：颗粒物小时均值连续三日接近排放限值\n建议：检查除尘设施运行状况',
    );
    expect((await textsTo(bot, AIR_OFFICER)).at(-1)).toBe(
      `已向${STEEL.name}发出预警提醒YJ-2026-0001，已告知长治市生态环境局潞城分局跟进。`,
    );
    const card = await warningCardOf(LUCHENG_HEAD, 'YJ-2026-0001');
    expect(cardText(card)).toContain('自动监控');

    // Someone outside the branch cannot act on it.
    const outsider = await bot.click('ou_demo_shangdang_head', buttonValue(card, 'prevention.acknowledge'));
    expect(toast(outsider)?.type).toBe('error');

    const acknowledged = await bot.click(LUCHENG_HEAD, buttonValue(card, 'prevention.acknowledge'));
    expect(toast(acknowledged)?.content).toBe('已确认知悉。');
    const after = answerCard(acknowledged);
    expect(cardText(after)).toContain('分局已确认');
    expect(hasButton(after, 'prevention.acknowledge')).toBe(false);

    const escalated = await bot.click(LUCHENG_HEAD, buttonValue(after, 'prevention.escalate'));
    const done = toast(escalated)?.content ?? '';
    const referralId = /编号(XS-2026-\d{4})/.exec(done)?.[1];
    expect(referralId).toBeDefined();
    expect(hasButton(answerCard(escalated), 'prevention.resolve')).toBe(false);
    expect(cardText(answerCard(escalated))).toContain(`已转线索移送 ${referralId}`);

    const referral = await getReferral(bot, String(referralId));
    expect(referral).toMatchObject({
      status: 'submitted',
      source: 'monitoring',
      materials: ['预警提醒记录YJ-2026-0001'],
    });
    // The branch head now holds the referral's decision card; the warning names the referral.
    expect(hasButton(await cardAbout(bot, LUCHENG_HEAD, String(referralId)), 'referral.accept')).toBe(true);
    const [warning] = (await call(bot, `/api/v1/warnings?enterprise=${STEEL.uscc}`)).json.warnings as Json[];
    expect(warning).toMatchObject({ id: 'YJ-2026-0001', status: 'escalated', referralId });
    expect((await textsTo(bot, AIR_OFFICER)).at(-1)).toContain(`转为线索移送，编号${referralId}`);

    // A second click on the old card changes nothing.
    const again = await bot.click(LUCHENG_HEAD, buttonValue(after, 'prevention.resolve'));
    expect(toast(again)?.type).toBe('info');
  });

  it('opens the form for 「预警提醒」 alone and points out a repeat before sending it', async () => {
    await say(bot, AIR_OFFICER, '预警提醒');
    const form = (await lastCard(bot, AIR_OFFICER)).content;
    expect(cardTitle(form)).toBe('预警提醒');
    const values = {
      enterprise: STEEL.uscc,
      source: 'online-monitoring',
      risk: '颗粒物小时均值连续三日接近排放限值',
      advice: '尽快检修',
    };
    const repeat = await submit(bot, AIR_OFFICER, form, 'prevention.warn', values);
    expect(toast(repeat)?.type).toBe('warning');
    expect(toast(repeat)?.content).toContain('YJ-2026-0001');
    const confirm = answerCard(repeat);
    expect(buttonValue(confirm, 'prevention.warn').force).toBe(true);
    const sent = await submit(bot, AIR_OFFICER, confirm, 'prevention.warn');
    expect(toast(sent)?.type).toBe('success');
    expect(cardTitle(answerCard(sent))).toBe('预警提醒 YJ-2026-0002');

    const unknown = await submit(bot, AIR_OFFICER, form, 'prevention.warn', {
      ...values,
      enterprise: '示例钢材厂',
    });
    expect(toast(unknown)?.content).toContain('本局企业名录中没有「示例钢材厂」');
  });

  it('tells a unit 第1条 does not list that it cannot warn', async () => {
    await say(
      bot,
      LUCHENG_OFFICER,
      '预警提醒\n企业：示例焦化\n来源：无人机\n风险：露天堆场未苫盖\n建议：及时苫盖',
    );
    expect((await textsTo(bot, LUCHENG_OFFICER)).at(-1)).toMatch(/^仅自然生态保护科、水生态环境科/);
  });
});

describe('送法入企 in chat', () => {
  it('records a branch activity, shows its county’s progress and refuses a future date', async () => {
    await say(
      bot,
      LUCHENG_OFFICER,
      '送法入企\n日期：11月20日\n形式：专题讲座\n主题：排污许可执行报告填报\n企业：示例钢铁\n团队：张三、李四',
    );
    expect((await textsTo(bot, LUCHENG_OFFICER)).at(-1)).toBe(
      `已登记送法入企活动PF-2026-0001：2026-11-20专题讲座「排污许可执行报告填报」，覆盖${STEEL.name}。`,
    );
    await say(
      bot,
      LUCHENG_OFFICER,
      '送法入企\n日期：2026-12-01\n形式：现场帮扶\n主题：危废贮存\n企业：示例钢铁',
    );
    expect((await textsTo(bot, LUCHENG_OFFICER)).at(-1)).toContain('晚于今天');
    await say(bot, LUCHENG_OFFICER, '送法入企\n日期：2026-11-21');
    expect((await textsTo(bot, LUCHENG_OFFICER)).at(-1)).toMatch(/^请补充：形式、主题、企业。/);

    // Policy questions answer from the records.
    const asked = await call(bot, '/api/v1/ask', { question: '示例钢铁今年送法入企了吗？' });
    expect(asked.json.answer).toBe(
      `是。截至2026年11月26日，${STEEL.name}2026年已开展送法入企1次：11月20日潞城分局专题讲座「排污许可执行报告填报」（据本局送法入企记录）。`,
    );
    const notYet = await call(bot, '/api/v1/ask', { question: '示例焦化今年送法入企了没有？' });
    expect(notYet.json.answer).toBe(
      `否。截至2026年11月26日，${COKING.name}2026年尚无送法入企记录；该企业为重点企业，应力争年内覆盖（据本局送法入企记录）。`,
    );

    await say(bot, LUCHENG_HEAD, '送法入企进度');
    const progress = (await lastCard(bot, LUCHENG_HEAD)).content;
    expect(cardTitle(progress)).toBe('送法入企进度 2026年');
    expect(cardText(progress)).toContain('潞城区');
    expect(cardText(progress)).not.toContain('上党区');
    expect(cardText(progress)).toContain(`已覆盖：${STEEL.name}`);
  });

  it('reminds branch heads monthly from 1 September, once a month, of key enterprises not reached', async () => {
    clock = new Date('2026-08-31T02:00:00Z');
    expect(await remindOutreachCoverage(bot.runtime.services)).toEqual([]);
    clock = new Date('2026-09-01T02:00:00Z');
    const reminded = await remindOutreachCoverage(bot.runtime.services);
    // Counties whose key enterprises are all reached (潞城) or that have none (黎城) are left alone.
    expect([...reminded].sort()).toEqual(['luzhou', 'shangdang', 'tunliu', 'wuxiang', 'xiangyuan']);
    expect(reminded).not.toContain('licheng');
    await bot.settle();
    const card = (await lastCard(bot, 'ou_demo_shangdang_head')).content;
    expect(cardTitle(card)).toBe('送法入企提醒 2026年');
    expect(cardText(card)).toContain(`未覆盖：${COKING.name}`);
    expect(await remindOutreachCoverage(bot.runtime.services)).toEqual([]);
    clock = new Date('2026-10-01T02:00:00Z');
    expect(await remindOutreachCoverage(bot.runtime.services)).toHaveLength(5);
    await bot.runtime.scheduler.tick();
    expect(await remindOutreachCoverage(bot.runtime.services)).toEqual([]);
  });
});
