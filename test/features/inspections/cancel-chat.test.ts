import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, inspections } from '../../../db/schema/index.js';
import { sendResultCards } from '../../../src/features/inspections/index.js';
import type { Bot } from '../../support/harness.js';
import type { FakeLark } from '../../support/fake-lark.js';
import { contentOf } from '../../support/working-cards.js';
import {
  answerCard,
  buttonLabels,
  buttonValue,
  cardText,
  cardTitle,
  toastOf,
  USCC,
} from '../approvals/support.js';
import {
  approvedPlan,
  HEAD,
  OFFICER,
  RESULT,
  startRunningBot,
  step,
  STRANGER,
  textsTo,
  visitsOf,
} from './support.js';

// 「取消检查」 from chat: on the applicant's card of the plan and on each inspector's card of a visit.
let env: Awaited<ReturnType<typeof startRunningBot>>;
let fake: FakeLark;
let bot: Bot;
let plan = '';
beforeAll(async () => {
  env = await startRunningBot('2026-11-26T10:00:00');
  ({ bot, fake } = env);
  // JC-2026-0001: three enterprises; the officer applies, the officer and the unit head inspect.
  plan = await approvedPlan(bot, [USCC.coking, USCC.steel, USCC.chemical]);
  // JC-2026-0002: another plan, whose visit the first plan's card must not reach.
  await approvedPlan(bot, [USCC.coal], { inspectors: [OFFICER] });
  await settle();
});
afterAll(() => env?.close());
const settle = () => env.settle();

/** Cards in Lark (as patched since) whose title ends with `id`. */
async function cardsTo(openId: string, id: string) {
  await settle();
  return fake
    .sentTo(openId)
    .filter((m) => m.msgType === 'interactive')
    .map((m) => ({ messageId: m.messageId, content: contentOf(m) }))
    .filter((c) => cardTitle(c.content).endsWith(id));
}

async function applicantCardOf(id: string) {
  const card = (await cardsTo(OFFICER, id)).find(
    (c) => cardTitle(c.content) === `入企执法检查计划审批 ${id}`,
  );
  if (!card) throw new Error(`no applicant card for ${id}`);
  return card;
}

async function latest(openId: string, code: string) {
  const card = (await cardsTo(openId, code)).at(-1);
  if (!card) throw new Error(`${openId} holds no card for ${code}`);
  return card;
}

/** Presses `label` on `card` with `formValue`, as Lark sends the form. */
async function press(
  openId: string,
  card: { messageId: string; content: Record<string, unknown> },
  label: string,
  formValue: Record<string, unknown>,
) {
  const answer = await bot.click(openId, buttonValue(card.content, label), {
    formValue,
    openMessageId: card.messageId,
  });
  await settle();
  return answer;
}

/** The visits' audit records and states: a refusal leaves both as they were. */
async function writes() {
  await settle();
  const audit = await bot.store.db
    .select({ n: sql<number>`count(*)` })
    .from(auditLog)
    .where(sql`entity = 'inspection'`);
  const states = await bot.store.db
    .select({ code: inspections.code, status: inspections.status })
    .from(inspections);
  return { audit: Number(audit[0]?.n), states };
}

const cancel = (openId: string, value: Record<string, unknown>, formValue: Record<string, unknown>) =>
  bot.click(openId, { action: 'inspection.cancel', ...value }, { formValue });

describe("「取消检查」 on the applicant's card of the plan", () => {
  it('offers the planned visits to pick, with a reason to give', async () => {
    const card = await applicantCardOf(plan);
    expect(buttonLabels(card.content)).toContain('取消检查');
    const text = JSON.stringify(card.content);
    for (const code of ['JC-2026-0001-1', 'JC-2026-0001-2', 'JC-2026-0001-3'])
      expect(text).toContain(`"value":"${code}"`);
    expect(text).not.toContain('JC-2026-0002-1');
    expect(text).toContain('取消原因');
  });

  it('refuses, with a Chinese toast and nothing written: a stranger, no reason, a visit of another plan', async () => {
    const before = await writes();
    const stranger = await cancel(STRANGER, { plan }, { code: 'JC-2026-0001-3', reason: '企业已停产' });
    expect(stranger).toMatchObject({ toast: { type: 'error' } });
    expect(toastOf(stranger)).toBe('检查JC-2026-0001-3须由检查人员、申请人或大气环境科负责人办理。');
    const empty = await cancel(OFFICER, { plan }, { code: 'JC-2026-0001-3', reason: '  ' });
    expect(toastOf(empty)).toBe('请填写取消原因');
    const none = await cancel(OFFICER, { plan }, { reason: '企业已停产' });
    expect(toastOf(none)).toBe('请选择要取消的检查。');
    const other = await cancel(OFFICER, { plan }, { code: 'JC-2026-0002-1', reason: '企业已停产' });
    expect(toastOf(other)).toBe('计划JC-2026-0001中没有检查JC-2026-0002-1。');
    expect(await writes()).toEqual(before);
  });

  it('cancels the picked visit: the card shows 已取消 and the reason, the others are told', async () => {
    const answer = await press(OFFICER, await applicantCardOf(plan), '取消检查', {
      code: 'JC-2026-0001-3',
      reason: '企业已停产。',
    });
    expect(toastOf(answer)).toBe('检查JC-2026-0001-3已取消。');
    const card = answerCard(answer)!;
    expect(cardTitle(card)).toBe(cardTitle((await applicantCardOf(plan)).content));
    expect(cardText(card)).toContain('- JC-2026-0001-3 长治示例化工有限公司：已取消（企业已停产。）');
    expect(JSON.stringify(card)).not.toContain('"value":"JC-2026-0001-3"');
    // The card in Lark was patched the same way.
    expect(cardText((await applicantCardOf(plan)).content)).toContain('：已取消（企业已停产。）');
    expect(textsTo(fake, HEAD)).toContain(
      '检查JC-2026-0001-3（长治示例化工有限公司）已由大气环境科工作人员（示例）取消，原因：企业已停产。',
    );
    const [visit] = (await visitsOf(bot, plan)).filter((v) => v.id === 'JC-2026-0001-3');
    expect(visit).toMatchObject({ status: 'cancelled', cancelled: { reason: '企业已停产。' } });
    const audit = await bot.store.db
      .select({ actor: auditLog.actor, action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(sql`entity = 'inspection' AND entity_id = 'JC-2026-0001-3'`);
    expect(audit.map((a) => [a.actor, a.action])).toEqual([[OFFICER, 'inspection.cancelled']]);
    expect(JSON.stringify(audit[0]?.detail)).toContain('企业已停产。');
  });

  it('a doubled click is answered as the first was, and a second cancel is refused', async () => {
    const before = await writes();
    const again = await cancel(OFFICER, { plan }, { code: 'JC-2026-0001-3', reason: '重复' });
    expect(toastOf(again)).toBe('检查JC-2026-0001-3已取消（企业已停产。），不能再办理。');
    expect(await writes()).toEqual(before);
  });
});

describe("「取消检查」 on the inspector's card", () => {
  it('comes with 「登记检查结果」 the day after the last date; a cancelled visit gets no card', async () => {
    env.setClock('2026-12-01T09:00:00');
    expect(await sendResultCards(bot.runtime.services)).toEqual([
      'JC-2026-0001-1',
      'JC-2026-0001-2',
      'JC-2026-0002-1',
    ]);
    for (const openId of [OFFICER, HEAD])
      expect(buttonLabels((await latest(openId, 'JC-2026-0001-2')).content)).toEqual([
        '登记检查结果',
        '取消检查',
      ]);
  });

  it('cancels with the reason; both inspectors’ cards and the plan card now show it', async () => {
    const answer = await press(HEAD, await latest(HEAD, 'JC-2026-0001-2'), '取消检查', {
      reason: '企业已搬迁至外省',
    });
    expect(toastOf(answer)).toBe('检查JC-2026-0001-2已取消。');
    const card = answerCard(answer)!;
    expect(cardTitle(card)).toBe('检查记录 JC-2026-0001-2');
    expect(buttonLabels(card)).toEqual([]);
    for (const part of [
      '**状态**：已取消',
      '**取消原因**：企业已搬迁至外省',
      '**取消人**：大气环境科负责人（示例）',
    ])
      expect(cardText(card)).toContain(part);
    const officers = await latest(OFFICER, 'JC-2026-0001-2');
    expect(cardText(officers.content)).toContain('**取消原因**：企业已搬迁至外省');
    expect(buttonLabels(officers.content)).toEqual([]);
    expect(cardText((await applicantCardOf(plan)).content)).toContain(
      '- JC-2026-0001-2 长治示例钢铁集团有限公司：已取消（企业已搬迁至外省）',
    );
    expect(textsTo(fake, OFFICER)).toContain(
      '检查JC-2026-0001-2（长治示例钢铁集团有限公司）已由大气环境科负责人（示例）取消，原因：企业已搬迁至外省。',
    );
  });

  it('refuses a visit whose result is in, and one already cancelled, writing nothing', async () => {
    expect((await step(bot, 'JC-2026-0001-1', 'result', RESULT)).status).toBe(200);
    const before = await writes();
    const done = await cancel(OFFICER, { id: 'JC-2026-0001-1' }, { reason: '企业已停产' });
    expect(toastOf(done)).toBe('检查JC-2026-0001-1已登记检查结果，不能取消。');
    const twice = await cancel(OFFICER, { id: 'JC-2026-0001-2' }, { reason: '企业已停产' });
    expect(toastOf(twice)).toBe('检查JC-2026-0001-2已取消（企业已搬迁至外省），不能再办理。');
    const stranger = await cancel(STRANGER, { id: 'JC-2026-0002-1' }, { reason: '企业已停产' });
    expect(toastOf(stranger)).toBe('检查JC-2026-0002-1须由检查人员、申请人或大气环境科负责人办理。');
    expect(await writes()).toEqual(before);
    // With every visit decided the plan card offers nothing more to cancel.
    expect(buttonLabels((await applicantCardOf(plan)).content)).not.toContain('取消检查');
  });
});

describe('「取消，原因」 typed in reply to the inspector’s card', () => {
  const code = 'JC-2026-0002-1';
  const replyTo = async (openId: string, text: string) => {
    const card = await latest(OFFICER, code);
    await bot.sendText(openId, text, { parentId: card.messageId });
    await settle();
    return textsTo(fake, openId).at(-1);
  };

  it('without a reason, or from someone else, does nothing and says why', async () => {
    const before = await writes();
    expect(await replyTo(OFFICER, '取消')).toBe(
      '取消检查须说明原因，请回复「取消，原因」，或在卡片中填写取消原因后点击「取消检查」。',
    );
    expect(await replyTo(STRANGER, '取消，企业已停产')).toBe(
      `检查${code}须由检查人员、申请人或大气环境科负责人办理。`,
    );
    expect(await writes()).toEqual(before);
  });

  it('cancels with the reason through the same verb, and the card shows it', async () => {
    expect(await replyTo(OFFICER, '取消，企业已停产')).toBe(
      `已按您的回复「取消，企业已停产」取消检查${code}，取消原因：企业已停产。`,
    );
    const [visit] = (await visitsOf(bot, 'JC-2026-0002')).filter((v) => v.id === code);
    expect(visit).toMatchObject({ status: 'cancelled', cancelled: { reason: '企业已停产' } });
    const card = await latest(OFFICER, code);
    expect(cardText(card.content)).toContain('**取消原因**：企业已停产');
    expect(buttonLabels(card.content)).toEqual([]);
    expect(await replyTo(OFFICER, '取消，重复')).toBe(`检查${code}已取消（企业已停产），不能再办理。`);
  });
});
