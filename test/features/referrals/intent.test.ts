import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReferralMessage } from '../../../src/features/referrals/chat/commands.js';
import { startBot, type Bot } from '../../support/harness.js';
import { cardTitle, cardsTo, confirmationFor, draftCount, formDefaults, say } from './helpers.js';

const SENDER = 'ou_demo_air_officer';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const blankFormFor = (text: string) => confirmationFor(bot, SENDER, text);

describe('the blank form', () => {
  it('answers 「填写线索移送表」 with every box of 附件3, the sender’s unit filled in', async () => {
    const card = await blankFormFor('填写线索移送表');
    expect(cardTitle(card)).toBe('长治市生态环境局涉嫌环境违法线索移送表');
    expect(formDefaults(card)).toEqual({
      fromUnit: 'air',
      toUnit: '',
      subjectName: '',
      subjectCode: '',
      source: '',
      sourceNote: '',
      violations: '',
      violationNote: '',
      description: '',
      law: '',
      materials: '',
      opinion: '',
      coordinateWith: '',
    });
  });

  it('answers a bare 「移送线索」 header with the same form', async () => {
    const card = await blankFormFor('移送线索');
    expect(cardTitle(card)).toBe('长治市生态环境局涉嫌环境违法线索移送表');
  });
});

describe('questions about referrals are left to the policy answerer', () => {
  const QUESTIONS = [
    '线索移送有什么要求？',
    '线索移送有什么要求',
    '移送线索需要哪些材料？',
    '移送线索的流程是什么',
    '线索移送表怎么填？',
    '移送线索要谁签字',
    '线索移送时限是多少天',
  ];

  it.each(QUESTIONS)('does not take 「%s」', (q) => {
    expect(isReferralMessage(q)).toBe(false);
  });

  it('takes referrals that happen to contain question words', () => {
    expect(isReferralMessage('移送线索：示例化工（屯留）夜间疑似偷排，请核实是否属实')).toBe(true);
    expect(isReferralMessage('主体：长治示例化工有限公司\n描述：是否存在夜间偷排？')).toBe(true);
  });

  it('writes no draft and sends no referral card for a question sent to the bot', async () => {
    const drafts = await draftCount(bot);
    const cards = (await cardsTo(bot, SENDER)).length;
    await say(bot, SENDER, '线索移送有什么要求？');
    expect(await draftCount(bot)).toBe(drafts);
    const after = await cardsTo(bot, SENDER);
    expect(after.slice(cards).filter((c) => cardTitle(c.content).includes('线索移送表'))).toEqual([]);
  });
});
