import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import { SAMPLE_LABELLED, SAMPLE_ONE_LINER } from '../../domain/referrals/fixtures.js';
import {
  answerCard,
  buttonValue,
  cardText,
  cardTitle,
  fakeCards,
  formDefaults,
  formFieldNames,
  lastCard,
  say,
  selectOptions,
  submit,
  textsTo,
  toast,
  type Json,
  useFakeLark,
} from './helpers.js';

const AIR_OFFICER = 'ou_demo_air_officer';
const LUCHENG_HEAD = 'ou_demo_lucheng_head';

describe('the labelled sample of messages.md, end to end (local mode)', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('reads it back, sends it on 确认移送, and gives the 潞城 head the card to decide', async () => {
    await say(bot, AIR_OFFICER, SAMPLE_LABELLED);
    const confirm = (await lastCard(bot, AIR_OFFICER)).content;
    expect(cardTitle(confirm)).toBe('长治市生态环境局涉嫌环境违法线索移送表（待确认）');
    const text = cardText(confirm);
    for (const value of [
      '长治示例钢铁集团有限公司',
      '91140406W20GL578PP',
      '监测数据',
      '大气污染',
      '颗粒物小时均值多次超标',
      '《中华人民共和国大气污染防治法》第九十九条',
      '在线监测数据截图3张；超标时段统计表1份',
      '建议立案',
      '大气环境科',
      '长治市生态环境局潞城分局',
    ])
      expect(text).toContain(value);
    // Nothing is missing or guessed, so the form holds only the button.
    expect(formFieldNames(confirm)).toEqual([]);
    expect(await textsTo(bot, LUCHENG_HEAD)).toEqual([]);

    const answer = await submit(bot, AIR_OFFICER, confirm, 'referral.confirm');
    expect(toast(answer)).toEqual({
      type: 'success',
      content: '已移送长治市生态环境局潞城分局，编号XS-2026-0001。',
    });
    expect(cardTitle(answerCard(answer))).toBe('线索移送 XS-2026-0001｜已移送');
    await bot.settle();

    const decision = (await lastCard(bot, LUCHENG_HEAD)).content;
    expect(cardTitle(decision)).toBe('线索移送 XS-2026-0001');
    expect(cardText(decision)).toContain('长治示例钢铁集团有限公司');
    expect(buttonValue(decision, 'referral.accept')).toEqual({
      action: 'referral.accept',
      id: 'XS-2026-0001',
    });
    expect(Object.values(selectOptions(decision, 'handler'))).toEqual([
      '潞城分局局长（示例）',
      '潞城分局执法人员（示例）',
    ]);

    const accepted = await submit(bot, LUCHENG_HEAD, decision, 'referral.accept', {
      handler: 'lucheng-officer',
    });
    expect(toast(accepted)?.type).toBe('success');
    await bot.settle();
    expect((await textsTo(bot, AIR_OFFICER)).at(-1)).toBe(
      '您移送的线索XS-2026-0001（长治示例钢铁集团有限公司）已由长治市生态环境局潞城分局潞城分局局长（示例）接收，承办人：潞城分局执法人员（示例）。',
    );
    // The sender's confirmation card now shows the referral and where it stands.
    expect(cardTitle((await lastCard(bot, AIR_OFFICER)).content)).toBe('线索移送 XS-2026-0001｜已接收');
    const handlerCard = (await lastCard(bot, 'ou_demo_lucheng_officer')).content;
    expect(buttonValue(handlerCard, 'referral.advance')).toEqual({
      action: 'referral.advance',
      id: 'XS-2026-0001',
      stage: 'filed',
    });
  });
});

describe('the one-line sample of messages.md, in a group, through the fake Lark', () => {
  const env = useFakeLark();
  const cardsSentTo = (openId: string): Json[] =>
    fakeCards(env.fake, openId).map((m) => JSON.parse(m.content) as Json);

  it('reads the short name against the directory, asks nothing, and sends on one 确认移送 to 屯留', async () => {
    const { bot, fake } = env;
    const sender = 'ou_demo_water_officer';
    const res = await bot.sendText(sender, SAMPLE_ONE_LINER.replace('@执法助手 ', ''), { chatType: 'group' });
    expect(res.status).toBe(200);
    await bot.settle();
    const confirm = await fake.waitFor(() => cardsSentTo(sender).at(-1));
    expect(cardText(confirm)).toContain('长治示例化工有限公司');
    expect(cardText(confirm)).toContain('91140405LDBH8H2JDL');
    expect(cardText(confirm)).toContain('按企业所在地屯留区，移送长治市生态环境局屯留分局。');
    expect(formDefaults(confirm)).toEqual({});

    const answer = await submit(bot, sender, confirm, 'referral.confirm');
    expect(toast(answer)?.content).toBe('已移送长治市生态环境局屯留分局，编号XS-2026-0001。');
    await bot.settle();
    const decision = await fake.waitFor(() => cardsSentTo('ou_demo_tunliu_head').at(-1));
    const text = cardText(decision);
    expect(text).toContain('长治示例化工有限公司');
    expect(text).toContain('信访举报');
    expect(text).toContain('水污染');
    expect(text).toContain('夜间疑似偷排');
    expect(text).toContain('需进一步核查');
    expect(text).toContain('水生态环境科');
  });
});
