import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralEvents, referrals } from '../../../db/schema/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import { cardAbout, cardCountAbout, getReferral, postReferral } from './flow.js';
import {
  answerCard,
  buttonValue,
  cardText,
  cardTitle,
  hasButton,
  submit,
  textsTo,
  toast,
} from './helpers.js';

const SENDER = 'ou_demo_air_officer';
const HEAD = 'ou_demo_lucheng_head';
const OFFICER = 'ou_demo_lucheng_officer';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

async function newReferral(): Promise<string> {
  return String((await postReferral(bot, { toUnit: 'lucheng' })).id);
}

async function status(id: string): Promise<string | undefined> {
  const [row] = await bot.store.db
    .select({ status: referrals.status })
    .from(referrals)
    .where(eq(referrals.id, id));
  return row?.status;
}

describe('退回', () => {
  it('is refused without a reason and changes nothing', async () => {
    const id = await newReferral();
    const answer = await submit(bot, HEAD, await cardAbout(bot, HEAD, id), 'referral.return', {
      reason: '  ',
    });
    expect(toast(answer)).toEqual({ type: 'error', content: '退回须填写理由。' });
    expect(await status(id)).toBe('submitted');
  });

  it('goes back to the sender with the reason', async () => {
    const id = await newReferral();
    const answer = await submit(bot, HEAD, await cardAbout(bot, HEAD, id), 'referral.return', {
      reason: '该企业不在我局辖区，请核实后移送。',
    });
    expect(toast(answer)).toEqual({ type: 'success', content: '已退回移送方。' });
    expect(hasButton(answerCard(answer), 'referral.accept')).toBe(false);
    expect(await status(id)).toBe('returned');
    await bot.settle();
    expect((await textsTo(bot, SENDER)).at(-1)).toBe(
      `您移送的线索${id}（长治示例钢铁集团有限公司）已被长治市生态环境局潞城分局潞城分局局长（示例）退回。理由：该企业不在我局辖区，请核实后移送。\n如需重新移送，请补正后再次发送线索移送表。`,
    );
    const record = await cardAbout(bot, SENDER, id);
    expect(cardTitle(record)).toBe(`线索移送 ${id}｜已退回`);
    expect(cardText(record)).toContain('退回：该企业不在我局辖区，请核实后移送。');
  });
});

describe('需进一步核查', () => {
  it('tells the sender, and the clue is accepted after the check', async () => {
    const id = await newReferral();
    const verify = await submit(bot, HEAD, await cardAbout(bot, HEAD, id), 'referral.verify', {
      reason: '先调取近一周在线监测数据核实。',
    });
    expect(toast(verify)?.type).toBe('success');
    expect(await status(id)).toBe('verifying');
    const card = answerCard(verify);
    expect(hasButton(card, 'referral.verify')).toBe(false);
    await bot.settle();
    expect((await textsTo(bot, SENDER)).at(-1)).toContain(
      '需进一步核查。说明：先调取近一周在线监测数据核实。',
    );
    const accept = await submit(bot, HEAD, card, 'referral.accept', { handler: 'lucheng-officer' });
    expect(toast(accept)?.type).toBe('success');
    expect(await status(id)).toBe('accepted');
  });
});

describe('接收', () => {
  it('is refused to someone outside the receiving unit, and to its members other than the head', async () => {
    const id = await newReferral();
    const value = buttonValue(await cardAbout(bot, HEAD, id), 'referral.accept');
    const outsider = await bot.click('ou_demo_air_head', value, {
      formValue: { handler: 'lucheng-officer' },
    });
    expect(toast(outsider)).toEqual({
      type: 'error',
      content: '您不是接收单位（长治市生态环境局潞城分局）人员，无权办理该线索。',
    });
    const member = await bot.click(OFFICER, value, { formValue: { handler: 'lucheng-officer' } });
    expect(toast(member)).toEqual({
      type: 'error',
      content: '该线索须由长治市生态环境局潞城分局负责人办理。',
    });
    expect(await status(id)).toBe('submitted');
  });

  it('needs a 承办人 from the receiving unit', async () => {
    const id = await newReferral();
    const card = await cardAbout(bot, HEAD, id);
    expect(toast(await submit(bot, HEAD, card, 'referral.accept'))).toEqual({
      type: 'error',
      content: '接收时请选择本单位承办人。',
    });
    expect(toast(await submit(bot, HEAD, card, 'referral.accept', { handler: 'air-officer' }))).toEqual({
      type: 'error',
      content: '承办人须为长治市生态环境局潞城分局人员。',
    });
  });

  it('accepts once when clicked twice at the same time', async () => {
    const id = await newReferral();
    const card = await cardAbout(bot, HEAD, id);
    const answers = await Promise.all([
      submit(bot, HEAD, card, 'referral.accept', { handler: 'lucheng-officer' }),
      submit(bot, HEAD, card, 'referral.accept', { handler: 'lucheng-head' }),
    ]);
    const types = answers.map((a) => toast(a)?.type).sort();
    expect(types).toEqual(['info', 'success']);
    expect(answers.map((a) => toast(a)?.content).find((c) => c?.startsWith('该线索'))).toMatch(
      /^该线索已由潞城分局局长（示例）于\d{4}-\d{2}-\d{2} \d{2}:\d{2}接收，当前为「已接收」。$/,
    );
    const accepted = await bot.store.db
      .select()
      .from(referralEvents)
      .where(eq(referralEvents.referralId, id));
    expect(accepted.filter((e) => e.kind === 'accepted')).toHaveLength(1);
    const json = await getReferral(bot, id);
    expect(json.status).toBe('accepted');
    // Whoever won, the case has one handler and they hold one case card.
    const handler = (json.handler as { openId: string }).openId;
    expect(await cardCountAbout(bot, handler, id)).toBe(1);
  });
});
