import { describe, expect, it } from 'vitest';
import { card, markdown } from '../../cards/kit.js';
import { quoteOf } from '../../src/pages/dev/message-text.js';

describe('the line a reply quotes of a bot message', () => {
  it("is a card's title, else its first words without markup", () => {
    expect(
      quoteOf('interactive', JSON.stringify(card('政策问答', 'blue', [markdown('**答**：不超过一次')]))),
    ).toBe('政策问答');
    const untitled = {
      schema: '2.0',
      body: { elements: [markdown('**状态**：<font color="red">待接收</font>')] },
    };
    expect(quoteOf('interactive', JSON.stringify(untitled))).toBe('状态：待接收');
  });

  it('is the text of a text message, mentions as @名字, cut to one short line', () => {
    expect(quoteOf('text', JSON.stringify({ text: '已转交 <at user_id="ou_x">局长</at>\n请查收' }))).toBe(
      '已转交 @局长 请查收',
    );
    expect(quoteOf('text', JSON.stringify({ text: '字'.repeat(40) }))).toBe(`${'字'.repeat(30)}…`);
  });

  it('names the kind of message when there are no words to quote', () => {
    expect(quoteOf('interactive', 'not json')).toBe('［卡片］');
    expect(quoteOf('image', '{}')).toBe('［消息］');
  });
});
