import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import { cardAbout } from './flow.js';
import { cardText, hasButton, lastCard, say, submit, toast } from './helpers.js';

const SENDER = 'ou_demo_water_officer';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const message = (lines: string[]) =>
  [
    '线索移送',
    '来源：信访举报',
    '行为：水污染',
    '描述：夜间向河沟排放洗车废水。',
    '意见：建议立案',
    ...lines,
  ].join('\n');

/** Sends the message, confirms the card as it came, and returns the referral id from the toast. */
async function send(text: string): Promise<{ id: string; toast: string }> {
  await say(bot, SENDER, text);
  const answer = await submit(bot, SENDER, (await lastCard(bot, SENDER)).content, 'referral.confirm');
  const content = toast(answer)?.content ?? '';
  const id = /XS-\d{4}-\d{4}/.exec(content)?.[0];
  if (!id) throw new Error(`not sent: ${content}`);
  return { id, toast: content };
}

describe('routing by the unit named', () => {
  it.each(['潞城分局', '潞城', '潞城区', '长治市生态环境局潞城分局'])(
    '「接收单位：%s」 goes to the 潞城 branch',
    async (name) => {
      const { id, toast: text } = await send(message(['主体：长治某某洗车店', `接收单位：${name}`]));
      expect(text).toBe(`已移送长治市生态环境局潞城分局，编号${id}。`);
      expect(hasButton(await cardAbout(bot, 'ou_demo_lucheng_head', id), 'referral.accept')).toBe(true);
    },
  );

  it('takes a section named in short (执法队)', async () => {
    const { toast: text } = await send(message(['主体：长治某某洗车店', '接收单位：执法队']));
    expect(text).toContain('生态环境保护综合行政执法队');
  });
});

describe('routing by the enterprise’s county', () => {
  it('sends a clue about the 平顺 ceramics works to the 平顺 branch', async () => {
    const { id, toast: text } = await send(message(['主体：长治示例陶瓷有限公司']));
    expect(text).toBe(`已移送长治市生态环境局平顺分局，编号${id}。`);
    expect(cardText(await cardAbout(bot, 'ou_demo_pingshun_head', id))).toContain('91140425796J552P70');
  });

  it('sends a clue about a 高新区 enterprise named by its code alone to the 高新 branch', async () => {
    const { toast: text } = await send(message(['代码：9114047195FNJANWHJ']));
    expect(text).toContain('长治市生态环境局高新分局');
  });
});

describe('请协调_____科室协助', () => {
  it('gives the assisting section’s head an information card without buttons', async () => {
    const { id } = await send(
      message(['主体：长治示例热电有限公司']).replace('意见：建议立案', '意见：请协调大气环境科协助'),
    );
    const copy = await cardAbout(bot, 'ou_demo_air_head', id);
    expect(cardText(copy)).toContain('水生态环境科移送长治市生态环境局潞州分局的线索，请大气环境科协助。');
    expect(cardText(copy)).toContain('请协调大气环境科协助');
    expect(hasButton(copy, 'referral.accept')).toBe(false);
    expect(hasButton(await cardAbout(bot, 'ou_demo_luzhou_head', id), 'referral.accept')).toBe(true);
  });
});
