import { describe, expect, it } from 'vitest';
import type { FakeMessage } from '../../support/fake-lark.js';
import {
  answerCard,
  buttonValue,
  cardText,
  cardTitle,
  draftCount,
  fakeCards,
  formDefaults,
  submit,
  toast,
  type Json,
  useFakeLark,
} from './helpers.js';

/**
 * Referrals as sections write them, through the real app and SDK against the fake Lark: a free
 * sentence is read whole and sent with one click; an unsure message gets two buttons that each
 * continue it; a question that names an enterprise is still answered as a question.
 */

const AIR_OFFICER = 'ou_demo_air_officer';
const WATER_OFFICER = 'ou_demo_water_officer';
const CONFIRM_TITLE = '长治市生态环境局涉嫌环境违法线索移送表（待确认）';
const CHOICE_TITLE = '请选择办理方式';

const env = useFakeLark();
const cards = (openId: string): FakeMessage[] => fakeCards(env.fake, openId);
const content = (m: FakeMessage): Json => JSON.parse(m.content) as Json;

/** Sends a message as `openId` and returns the first card the bot answers it with. */
async function cardFor(
  openId: string,
  text: string,
  messageId: string,
): Promise<{ card: Json; reply: FakeMessage }> {
  const before = cards(openId).length;
  const res = await env.bot.sendText(openId, text, { messageId });
  expect(res.status).toBe(200);
  await env.bot.settle();
  const reply = await env.fake.waitFor(() => cards(openId)[before]);
  return { card: content(reply), reply };
}

describe('a referral written as a free sentence', () => {
  it('is read whole, asks for nothing, and is sent to 潞城 on one 确认移送', async () => {
    const { card, reply } = await cardFor(
      AIR_OFFICER,
      '经在线监测发现长治示例钢铁集团有限公司烧结机头颗粒物连续超标，建议潞城分局依法查处。',
      'om_free_sentence',
    );
    expect(reply.parentId).toBe('om_free_sentence');
    expect(cardTitle(card)).toBe(CONFIRM_TITLE);
    expect(formDefaults(card)).toEqual({});
    const text = cardText(card);
    for (const shown of [
      '长治示例钢铁集团有限公司',
      '91140406W20GL578PP',
      '监测数据',
      '大气污染',
      '建议立案',
    ])
      expect(text).toContain(shown);

    const sent = await submit(env.bot, AIR_OFFICER, card, 'referral.confirm');
    expect(toast(sent)?.content).toMatch(/^已移送长治市生态环境局潞城分局，编号XS-2026-\d{4}。$/);
    await env.bot.settle();
    const decision = content(await env.fake.waitFor(() => cards('ou_demo_lucheng_head').at(-1)));
    expect(cardText(decision)).toContain('烧结机头颗粒物连续超标');
    expect(cardText(decision)).toContain('大气环境科');
  });
});

describe('a message that could be a referral or a question', () => {
  const UNSURE = '示例化工夜间偷排废水，群众举报';

  it('gets the two buttons, and 「移送线索」 reads it as a referral under the original message', async () => {
    const drafts = await draftCount(env.bot);
    const { card, reply } = await cardFor(WATER_OFFICER, UNSURE, 'om_unsure_referral');
    expect(cardTitle(card)).toBe(CHOICE_TITLE);
    expect(reply.parentId).toBe('om_unsure_referral');
    expect(await draftCount(env.bot)).toBe(drafts);
    const value = buttonValue(card, 'referral.intent');
    expect(value).toMatchObject({ choice: 'referral', msg: 'om_unsure_referral', text: UNSURE });

    const before = cards(WATER_OFFICER).length;
    const answer = await env.bot.click(WATER_OFFICER, value);
    expect(toast(answer)).toEqual({ type: 'success', content: '已按「移送线索」办理。' });
    expect(cardText(answerCard(answer))).toContain('已选择「移送线索」');
    await env.bot.settle();
    const confirm = await env.fake.waitFor(() => cards(WATER_OFFICER)[before]);
    expect(confirm.parentId).toBe('om_unsure_referral');
    expect(cardTitle(content(confirm))).toBe(CONFIRM_TITLE);
    expect(cardText(content(confirm))).toContain('长治示例化工有限公司');
    // Only the opinion was not written.
    expect(formDefaults(content(confirm))).toEqual({ opinion: '', coordinateWith: '' });
    expect(await draftCount(env.bot)).toBe(drafts + 1);
  });

  it('answers it as a question after 「政策问答」, and a second click changes nothing', async () => {
    const { card } = await cardFor(WATER_OFFICER, UNSURE, 'om_unsure_policy');
    const policy = { ...buttonValue(card, 'referral.intent'), choice: 'policy' };
    const before = cards(WATER_OFFICER).length;
    const answer = await env.bot.click(WATER_OFFICER, policy);
    expect(toast(answer)?.content).toBe('已按「政策问答」办理。');
    await env.bot.settle();
    const reply = await env.fake.waitFor(() => cards(WATER_OFFICER)[before]);
    expect(reply.parentId).toBe('om_unsure_policy');
    expect(cardTitle(content(reply))).toBe('政策问答');

    const second = await env.bot.click(WATER_OFFICER, { ...policy, choice: 'referral' });
    expect(second).toEqual({ toast: { type: 'info', content: '该消息已选择办理方式，无需重复选择。' } });
    await env.bot.settle();
    expect(cards(WATER_OFFICER).length).toBe(before + 1);
  });

  it('lets no one but the sender choose', async () => {
    const { card } = await cardFor(WATER_OFFICER, UNSURE, 'om_unsure_other');
    const answer = await env.bot.click(AIR_OFFICER, buttonValue(card, 'referral.intent'));
    expect(toast(answer)).toEqual({ type: 'error', content: '仅发送该消息的人员可以选择办理方式。' });
  });
});

describe('a question that names an enterprise', () => {
  it('still gets a policy answer and no referral form', async () => {
    const drafts = await draftCount(env.bot);
    const { card } = await cardFor(AIR_OFFICER, '分局可以直接对示例钢铁开展检查吗？', 'om_question');
    expect(cardTitle(card)).toBe('政策问答');
    expect(await draftCount(env.bot)).toBe(drafts);
  });
});
