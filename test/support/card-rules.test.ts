import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { localMessages } from '../../db/schema/index.js';
import { checkCard, elementCount, MAX_ELEMENTS, selectsWithoutRequired } from './card-rules.js';
import { startBot, type Bot } from './harness.js';
import { scaleOrganisation } from './scaled-org.js';

const card = (elements: unknown[], extra: Record<string, unknown> = {}) => ({
  schema: '2.0',
  config: { update_multi: true },
  header: { title: { tag: 'plain_text', content: '标题' }, template: 'blue' },
  body: { elements },
  ...extra,
});
const md = (content = 'x') => ({ tag: 'markdown', content });
const input = (name: string) => ({
  tag: 'input',
  name,
  placeholder: { tag: 'plain_text', content: '请输入' },
});
const submit = {
  tag: 'button',
  text: { tag: 'plain_text', content: '提交' },
  name: 's',
  form_action_type: 'submit',
};
const codes = (c: unknown) => checkCard(c).map((p) => p.code);

describe('card rules', () => {
  it('accepts a plain 2.0 card with a form', () => {
    expect(checkCard(card([md(), { tag: 'form', name: 'f', elements: [input('a'), submit] }]))).toEqual([]);
  });

  it.each([
    ['an unknown top-level property', card([md()], { i18n_elements: {} }), 200621],
    ['the 1.0 action wrapper', card([{ tag: 'action', actions: [] }]), 200861],
    ['the 1.0 note', card([{ tag: 'note', elements: [] }]), 200861],
    ['update_multi false', { ...card([md()]), config: { update_multi: false } }, 11310],
    ['a 1.0 card', { elements: [md()] }, 11310],
    [
      'a form nested in a column',
      card([
        {
          tag: 'column_set',
          columns: [{ tag: 'column', elements: [{ tag: 'form', name: 'f', elements: [] }] }],
        },
      ]),
      11310,
    ],
    [
      'two forms with one name',
      card([
        { tag: 'form', name: 'f', elements: [] },
        { tag: 'form', name: 'f', elements: [] },
      ]),
      11310,
    ],
    [
      'a field without a name in a form',
      card([{ tag: 'form', name: 'f', elements: [{ tag: 'input' }, submit] }]),
      11310,
    ],
    [
      'two fields with one name',
      card([{ tag: 'form', name: 'f', elements: [input('a'), input('a'), submit] }]),
      11310,
    ],
    [
      'a button in a form without form_action_type',
      card([
        { tag: 'form', name: 'f', elements: [{ tag: 'button', text: { tag: 'plain_text', content: 'x' } }] },
      ]),
      11310,
    ],
    ['multi_select_static outside a form', card([{ tag: 'multi_select_static', options: [] }]), 11310],
    ['a bad element_id', card([{ ...md(), element_id: '1abc' }]), 11310],
    ['an element_id over 20 characters', card([{ ...md(), element_id: 'a'.repeat(21) }]), 11310],
    [
      'a repeated element_id',
      card([
        { ...md(), element_id: 'a1' },
        { ...md(), element_id: 'a1' },
      ]),
      11310,
    ],
    ['six tables', card(Array.from({ length: 6 }, () => ({ tag: 'table', columns: [], rows: [] }))), 11310],
    ['five markdown tables in one block', card([md('|a|b|\n|---|---|\n|1|2|\n\n'.repeat(5))]), 11310],
    ['containers six deep', card([nest(6)]), 11310],
    ['a person picker without options', card([picker([])]), 11310],
    ['a person picker option with a text', card([picker([{ value: 'ou_a', text: md() }])]), 200621],
    ['a person picker option that is no open_id', card([picker([{ value: 'u1' }])]), 11310],
    [
      'a person picker whose initial choice is not an option',
      card([{ ...picker([{ value: 'ou_a' }]), initial_option: 'ou_b' }]),
      11310,
    ],
  ])('refuses %s', (_name, c, code) => {
    expect(codes(c)).toContain(code);
  });

  it('counts every tagged object, plain_text and option texts included, towards 200', () => {
    const option = (i: number) => ({ text: { tag: 'plain_text', content: `单位${i}` }, value: `u${i}` });
    const select = (n: number) => ({
      tag: 'select_static',
      name: 's',
      required: true,
      placeholder: { tag: 'plain_text', content: '请选择' },
      options: Array.from({ length: n }, (_, i) => option(i)),
    });
    // Header title, form, select, its placeholder, submit and its text make 6; each option's text 1.
    const sized = (n: number) =>
      card([
        {
          tag: 'form',
          name: 'f',
          elements: [select(n), { ...submit, text: { tag: 'plain_text', content: '提交' } }],
        },
      ]);
    expect(checkCard(sized(MAX_ELEMENTS - 6))).toEqual([]);
    expect(codes(sized(MAX_ELEMENTS - 5))).toEqual([11310]);
  });

  it('takes a person picker of any length, its options not counted', () => {
    const people = Array.from({ length: 300 }, (_, i) => ({ value: `ou_${i}` }));
    const c = card([{ tag: 'form', name: 'f', elements: [{ ...picker(people), name: 'p' }, submit] }]);
    expect(checkCard(c)).toEqual([]);
    expect(elementCount(c)).toBeLessThan(10);
  });

  it('lists selects that leave `required` to a default', () => {
    expect(selectsWithoutRequired(card([{ tag: 'select_static', name: 'x', options: [] }]))).toHaveLength(1);
  });
});

function picker(options: unknown[]): Record<string, unknown> {
  return {
    tag: 'select_person',
    required: false,
    placeholder: { tag: 'plain_text', content: '请选择' },
    options,
  };
}

function nest(depth: number): Record<string, unknown> {
  return depth === 0 ? md() : { tag: 'interactive_container', elements: [nest(depth - 1)] };
}

const FLOWS = [
  '帮助',
  '首违不罚有什么条件？',
  '发起入企检查审批',
  '申请专项检查',
  '双随机抽查',
  '我的待办',
  '我的申请',
];

/** An officer, a section head and a branch head: each sees the forms and lists of their role. */
const PEOPLE = ['ou_demo_air_officer', 'ou_demo_air_head', 'ou_demo_lucheng_head'];

describe('the cards the bot sends in everyday flows', () => {
  const bots: Bot[] = [];
  afterAll(() => Promise.all(bots.map((b) => b.close())));

  /** Each person's cards from a bot of its own, so every form is sent new rather than patched. */
  async function cardsFor(people: string[], scale: number) {
    const bot = await startBot();
    bots.push(bot);
    if (scale > 1) await scaleOrganisation(bot, scale);
    for (const who of people) for (const text of FLOWS) await bot.sendText(who, text);
    await bot.settle();
    const rows = await bot.store.db
      .select()
      .from(localMessages)
      .where(eq(localMessages.msgType, 'interactive'));
    return rows.map((r) => {
      const parsed = JSON.parse(r.content) as { header?: { title?: { content?: string } } };
      const problems = checkCard(parsed);
      return {
        title: parsed.header?.title?.content ?? '',
        problem: problems[0]?.message,
        elements: elementCount(parsed),
      };
    });
  }

  it('pass the platform rules with the demo organisation', async () => {
    const cards = await cardsFor(PEOPLE, 1);
    expect(new Set(cards.map((c) => c.title)).size).toBeGreaterThanOrEqual(6);
    expect(cards.filter((c) => c.problem)).toEqual([]);
  });

  // The plan form once listed one option per unit and per person (190 tagged objects at three times
  // the demo organisation); its selects are capped now, so it stays well inside the 200.
  it('pass them with an organisation three times as large', async () => {
    const cards = await cardsFor(PEOPLE, 3);
    expect(cards.filter((c) => c.problem)).toEqual([]);
    const plan = cards.find((c) => c.title === '入企执法检查计划审批表');
    expect(plan?.elements).toBeLessThanOrEqual(MAX_ELEMENTS - 20);
  });
});
