import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  remindOpenInspections,
  renewAgingInspectionCards,
  sendResultCards,
} from '../../../src/features/inspections/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  answerCard,
  buttonLabels,
  cardsTo,
  cardText,
  cardTitle,
  press,
  textsTo,
  toastOf,
  USCC,
} from '../approvals/support.js';
import { get, json } from '../draws/support.js';
import { approvedPlan, at, HEAD, OFFICER, RESULT, step } from './support.js';

const clock = { now: at('2026-11-26T10:00:00') };
let bot: Bot;
const services = () => bot.runtime.services;
beforeAll(async () => {
  bot = await startBot({ now: () => new Date(clock.now) });
  // JC-2026-0001: two enterprises, two inspectors; JC-2026-0002: one enterprise, the officer alone.
  await approvedPlan(bot, [USCC.coking, USCC.steel]);
  await approvedPlan(bot, [USCC.chemical], { inspectors: [OFFICER] });
});
afterAll(() => bot?.close());

async function latest(openId: string, code: string) {
  const card = (await cardsTo(bot, openId, code)).at(-1);
  if (!card) throw new Error(`${openId} holds no card for ${code}`);
  return card;
}

describe("the inspector's card 「登记检查结果」, then 「反馈企业」", () => {
  it("comes the day after the plan's last date, once, to each inspector", async () => {
    clock.now = at('2026-11-30T18:00:00');
    expect(await sendResultCards(services())).toEqual([]);
    clock.now = at('2026-12-01T09:00:00');
    expect(await sendResultCards(services())).toEqual(['JC-2026-0001-1', 'JC-2026-0001-2', 'JC-2026-0002-1']);
    expect(await sendResultCards(services())).toEqual([]);
    for (const openId of [OFFICER, HEAD]) {
      const card = await latest(openId, 'JC-2026-0001-1');
      expect(cardTitle(card.content)).toBe('登记检查结果 JC-2026-0001-1');
      expect(buttonLabels(card.content)).toEqual(['登记检查结果', '取消检查']);
    }
    expect(await cardsTo(bot, HEAD, 'JC-2026-0002-1')).toEqual([]);
  });

  it('records the result from the form; the first click wins', async () => {
    const answer = await press(bot, OFFICER, await latest(OFFICER, 'JC-2026-0001-1'), '登记检查结果', {
      date: '2026-11-28 +0800',
      outcome: 'issue-found',
      findings: '脱硫设施未正常运行，废气直排。',
      methods: ['on-site', 'sampling'],
    });
    expect(toastOf(answer)).toBe('检查结果已登记，请及时向企业反馈。');
    expect(cardTitle(answerCard(answer)!)).toBe('反馈企业 JC-2026-0001-1');
    expect(buttonLabels(answerCard(answer)!)).toEqual(['反馈企业', '移送线索', '建议立案']);
    // The other inspector's card is redrawn the same way.
    expect(buttonLabels((await latest(HEAD, 'JC-2026-0001-1')).content)).toContain('反馈企业');
    const late = await bot.click(
      HEAD,
      { action: 'inspection.result', id: 'JC-2026-0001-1' },
      { formValue: { date: '2026-11-29', outcome: 'no-issue', findings: '正常', methods: ['on-site'] } },
    );
    expect(late).toMatchObject({ toast: { type: 'error' } });
    expect(toastOf(late)).toContain('不能重复登记');
    const request = await json<{ inspections: { id: string; result?: { outcome: string } }[] }>(
      await get(bot, '/api/v1/requests/JC-2026-0001'),
    );
    expect(request.inspections[0]?.result?.outcome).toBe('issue-found');
  });

  it('refuses a result dated outside the approved period, with the reason', async () => {
    const answer = await press(bot, OFFICER, await latest(OFFICER, 'JC-2026-0001-2'), '登记检查结果', {
      date: '2026-11-20 +0800',
      outcome: 'no-issue',
      findings: '未发现问题。',
      methods: ['on-site'],
    });
    expect(toastOf(answer)).toBe('检查日期2026-11-20不在批准的检查时间（2026-11-27至2026-11-30）内。');
  });

  it('forwards the found issue as a referral (附件3) prefilled from the visit, once', async () => {
    const answer = await press(bot, HEAD, await latest(HEAD, 'JC-2026-0001-1'), '移送线索', {
      violations: ['air'],
    });
    const id = /编号(XS-\d{4}-\d{4})/.exec(toastOf(answer))?.[1];
    expect(id, toastOf(answer)).toBeDefined();
    const referral = await json<Record<string, unknown>>(await get(bot, `/api/v1/referrals/${id}`));
    expect(JSON.stringify(referral)).toContain('脱硫设施未正常运行');
    expect(buttonLabels(answerCard(answer)!)).not.toContain('移送线索');
    const again = await bot.click(
      OFFICER,
      { action: 'inspection.refer', id: 'JC-2026-0001-1', opinion: 'file-case' },
      { formValue: { violations: ['air'] } },
    );
    expect(toastOf(again)).toBe(`检查JC-2026-0001-1发现的问题已移送，编号${id}。`);
  });

  it('records the feedback on the same card, which then links the 告知书', async () => {
    const answer = await press(bot, OFFICER, await latest(OFFICER, 'JC-2026-0001-1'), '反馈企业', {
      date: '2026-12-01 +0800',
      means: 'on-site',
      content: '现场向企业负责人反馈检查发现的问题，责令立即整改。',
    });
    expect(toastOf(answer)).toBe('已记录向企业反馈的情况。');
    const text = cardText(answerCard(answer)!);
    expect(text).toContain('**反馈方式**：现场反馈');
    expect(text).toMatch(/\[打印检查结果告知书\]\(http[^)]+\/forms\/JC-2026-0001-1\?t=/);
  });
});

describe('检查结果告知书 at /forms/:id', () => {
  it("prints the visit for the enterprise behind the link token, without officers' names", async () => {
    const text = cardText((await latest(OFFICER, 'JC-2026-0001-1')).content);
    const link = /\/forms\/JC-2026-0001-1\?t=[^)]+/.exec(text)?.[0] ?? '';
    const page = await fetch(`${bot.url}${link}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const part of [
      '入企执法检查结果告知书',
      '长治示例焦化有限公司',
      '2026年11月28日',
      '现场检查、监测采样',
      '发现问题',
      '脱硫设施未正常运行，废气直排。',
      '现场反馈',
      '大气环境科',
      '特此告知。',
    ]) {
      expect(html).toContain(part);
    }
    expect(html).not.toContain('（示例）');
    expect((await fetch(`${bot.url}/forms/JC-2026-0001-1`)).status).toBe(403);
    expect((await fetch(`${bot.url}/forms/JC-2026-0001-7?t=1.x`)).status).toBe(404);
  });
});

describe('reminders after working days', () => {
  const remindedTexts = async (openId: string) =>
    (await textsTo(bot, openId)).filter((t) => t.includes('JC-2026-0002-1'));

  it('go to the inspectors 3 working days after the last date, then to the unit head', async () => {
    clock.now = at('2026-12-02T10:00:00');
    expect(await remindOpenInspections(services())).not.toContain('JC-2026-0002-1');
    clock.now = at('2026-12-03T10:00:00');
    expect(await remindOpenInspections(services())).toContain('JC-2026-0002-1');
    expect(await remindOpenInspections(services())).not.toContain('JC-2026-0002-1');
    expect(await remindedTexts(OFFICER)).toEqual([
      '检查JC-2026-0002-1（长治示例化工有限公司）检查时间已于2026-11-30结束，至今未登记检查结果，请尽快登记检查结果（第6条）。',
    ]);
    expect(await remindedTexts(HEAD)).toEqual([]);
    clock.now = at('2026-12-07T10:00:00');
    expect(await remindOpenInspections(services())).not.toContain('JC-2026-0002-1');
    clock.now = at('2026-12-08T10:00:00');
    expect(await remindOpenInspections(services())).toContain('JC-2026-0002-1');
    expect(await remindedTexts(HEAD)).toEqual([
      '检查JC-2026-0002-1（长治示例化工有限公司）检查时间已于2026-11-30结束，至今未登记检查结果，请督促检查人员尽快办理（第6条）。',
    ]);
    expect(await remindedTexts(OFFICER)).toHaveLength(1);
  });

  it('start again for the feedback once the result is in (5 working days by default)', async () => {
    expect((await step(bot, 'JC-2026-0002-1', 'result', { ...RESULT, date: '2026-11-30' })).status).toBe(200);
    expect(await remindOpenInspections(services())).toContain('JC-2026-0002-1');
    expect((await remindedTexts(OFFICER)).at(-1)).toBe(
      '检查JC-2026-0002-1（长治示例化工有限公司）已于2026-11-30检查，至今未向企业反馈检查结果，请及时向企业反馈检查结果（第6条）。',
    );
  });
});

describe('cards older than the refresh age', () => {
  it('are renewed while their holder can still act, and the old one points to the new', async () => {
    clock.now = at('2026-12-14T10:00:00');
    const before = await cardsTo(bot, OFFICER, 'JC-2026-0001-2');
    const renewed = await renewAgingInspectionCards(services());
    expect(renewed).toEqual(
      expect.arrayContaining(['inspection:JC-2026-0001-2:1', 'inspection:JC-2026-0002-1:1']),
    );
    expect(renewed).not.toContain('inspection:JC-2026-0001-1:1');
    const after = await cardsTo(bot, OFFICER, 'JC-2026-0001-2');
    expect(after).toHaveLength(before.length + 1);
    expect(buttonLabels(after.at(-1)!.content)).toEqual(['登记检查结果', '取消检查']);
    expect(cardText(after[0]!.content)).toContain('此卡片已更新');
    expect(await renewAgingInspectionCards(services())).toEqual([]);
  });
});
