import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, policyAnswers } from '../../../db/schema/index.js';
import { randomLarkId } from '../../../src/lark/payloads.js';
import type { FakeMessage } from '../../support/fake-lark.js';
import { cardTitle } from '../approvals/support.js';
import { feedbackRows } from '../policy/support.js';
import { chatForFile, content, textOf } from './support.js';

const t = chatForFile();

const OFFICER = 'ou_demo_air_officer';
const HEAD = 'ou_demo_air_head';
const UNHELPFUL_NOTED = '已记录为“没用”。请换一种问法，或写明时间、检查方式、企业等具体情形后再问。';

const isAnswerCard = (m: FakeMessage) =>
  m.msgType === 'interactive' && cardTitle(content(m)).includes('政策问答');

/** Asks a question in chat and returns the answer card, with the id of the question's message. */
async function asked(openId: string, text: string): Promise<{ card: FakeMessage; questionId: string }> {
  const [card] = await t.c.say(openId, text);
  if (!card || !isAnswerCard(card)) throw new Error(`no answer card for 「${text}」`);
  const questionId = card.parentId as string;
  return { card, questionId };
}

async function feedbackAudits(answerId: string) {
  const rows = await t.bot.store.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, answerId))
    .orderBy(asc(auditLog.id));
  return rows
    .filter((row) => row.action === 'policy.feedback')
    .map((row) => (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) as unknown);
}

describe('a typed reply to a policy answer', () => {
  it('counts 「答非所问」 as the 没用 button, once per person, and asks for the question again', async () => {
    const { card, questionId } = await asked(OFFICER, '一家企业一年最多能查几次？');
    expect((await t.c.say(OFFICER, '答非所问', card)).map(textOf)).toEqual([UNHELPFUL_NOTED]);
    expect((await feedbackRows(t.bot, questionId)).map((r) => [r.openId, r.useful])).toEqual([
      [OFFICER, false],
    ]);
    expect((await t.c.say(OFFICER, '没用啊😓', card)).map(textOf)).toEqual([UNHELPFUL_NOTED]);
    expect(await feedbackAudits(questionId)).toEqual([{ useful: false, changed: false, via: 'typed' }]);
  });

  it('records 没用 and answers the question typed after it, in one transaction', async () => {
    const { card, questionId } = await asked(OFFICER, '安静期怎么安排检查？');
    const answers = await t.c.say(OFFICER, '不对，我问的是安静期内调阅企业台账要不要审批', card);
    expect(answers).toHaveLength(1);
    expect(isAnswerCard(answers[0]!)).toBe(true);
    expect(textOf(answers[0]!)).toContain('第10条');
    expect((await feedbackRows(t.bot, questionId)).map((r) => r.useful)).toEqual([false]);
    const [stored] = await t.bot.store.db
      .select()
      .from(policyAnswers)
      .where(eq(policyAnswers.id, answers[0]!.parentId as string));
    expect(stored?.question).toBe('安静期内调阅企业台账要不要审批');
  });

  it('counts 「明白了，谢谢」 from anyone in the chat as 有用, and a change of mind updates it', async () => {
    const { card, questionId } = await asked(OFFICER, '专项检查方案谁批？');
    expect((await t.c.say(HEAD, '明白了，谢谢', card)).map(textOf)).toEqual(['感谢反馈。']);
    expect((await t.c.say(OFFICER, '👍', card)).map(textOf)).toEqual(['感谢反馈。']);
    expect((await t.c.say(OFFICER, '不对吧', card)).map(textOf)).toEqual([UNHELPFUL_NOTED]);
    expect((await feedbackRows(t.bot, questionId)).map((r) => [r.openId, r.useful])).toEqual([
      [HEAD, true],
      [OFFICER, false],
    ]);
    expect(await feedbackAudits(questionId)).toEqual([
      { useful: true, changed: false, via: 'typed' },
      { useful: true, changed: false, via: 'typed' },
      { useful: false, changed: true, via: 'typed' },
    ]);
  });

  it('leaves a question that only starts like a judgement, and a plain 「收到」, to be read as usual', async () => {
    const { card, questionId } = await asked(OFFICER, '检查结果要公示吗？');
    const question = await t.c.say(OFFICER, '不对外公开的企业也要公示吗', card);
    expect(question.some(isAnswerCard)).toBe(true);
    expect((await t.c.say(OFFICER, '收到', card)).some(isAnswerCard)).toBe(false);
    expect(await feedbackRows(t.bot, questionId)).toEqual([]);
  });

  it('does not take 「不对」 in reply to a message that is no answer card as feedback', async () => {
    const [card] = await t.c.say(OFFICER, '一家企业一年最多能查几次？');
    const stray = { ...card!, messageId: randomLarkId('om') };
    const answers = await t.c.say(OFFICER, '不对', stray);
    expect(answers.map(textOf)).not.toContain(UNHELPFUL_NOTED);
  });
});
