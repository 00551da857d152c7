import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getReferralForForm,
  listReferralStats,
  remindOverdueReferrals,
} from '../../../src/features/referrals/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import { cardAbout, cardCountAbout, getReferral, postReferral } from './flow.js';
import {
  answerCard,
  buttonValue,
  cardText,
  cardTitle,
  formFieldNames,
  hasButton,
  lastCard,
  say,
  submit,
  textsTo,
  toast,
  type Json,
} from './helpers.js';

const SENDER = 'ou_demo_air_officer';
const HEAD = 'ou_demo_lucheng_head';
const OFFICER = 'ou_demo_lucheng_officer';

let clock = new Date('2026-11-26T02:00:00Z');
let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => clock });
});
afterAll(() => bot.close());

/** A referral accepted by the 潞城 head with the 潞城 officer as 承办人; returns its id and the officer's card. */
async function acceptedCase(): Promise<{ id: string; card: Json }> {
  const id = String((await postReferral(bot, { toUnit: 'lucheng' })).id);
  await submit(bot, HEAD, await cardAbout(bot, HEAD, id), 'referral.accept', { handler: 'lucheng-officer' });
  return { id, card: await cardAbout(bot, OFFICER, id) };
}

/** Submits the stage form on `card` and returns the card that replaces it. */
async function record(card: Json, values: Record<string, unknown>, who = OFFICER): Promise<Json> {
  const answer = await submit(bot, who, card, 'referral.advance', values);
  expect(toast(answer)?.type, JSON.stringify(toast(answer))).toBe('success');
  return answerCard(answer);
}

function nextStage(card: Json): unknown {
  return buttonValue(card, 'referral.advance').stage;
}

describe('立案—查处—整改—验收—销号 (第14条)', () => {
  it('runs in order, each stage with its own fields, with a daily reminder once 整改 is overdue', async () => {
    const { id, card: accepted } = await acceptedCase();
    expect(nextStage(accepted)).toBe('filed');
    expect(formFieldNames(accepted)).toEqual(['caseNumber']);

    const noNumber = await submit(bot, OFFICER, accepted, 'referral.advance', { caseNumber: '' });
    expect(toast(noNumber)).toEqual({ type: 'error', content: '请填写立案编号。' });

    const filed = await record(accepted, { caseNumber: '长环罚立〔2026〕101号' });
    expect(nextStage(filed)).toBe('investigated');
    expect(cardText(filed)).toContain('立案编号：长环罚立〔2026〕101号');

    // A stale 立案 card cannot record it again, and 整改 cannot jump the queue.
    const again = await submit(bot, OFFICER, accepted, 'referral.advance', { caseNumber: 'X' });
    expect(toast(again)?.content).toBe('该线索当前为「立案」，下一环节为「查处」，不能办理「立案」。');
    const jump = await bot.click(
      OFFICER,
      { action: 'referral.advance', id, stage: 'rectifying' },
      {
        formValue: { measures: '安装除尘设施', deadline: '2026-12-05' },
      },
    );
    expect(toast(jump)?.content).toBe('该线索当前为「立案」，下一环节为「查处」，不能办理「整改」。');

    const investigated = await record(filed, {
      outcome: 'penalty',
      note: '颗粒物超标排放，依法予以处罚。',
      penaltyAmount: '100000',
    });
    expect(nextStage(investigated)).toBe('rectifying');
    expect(formFieldNames(investigated)).toEqual(['measures', 'deadline']);

    // The unit head may record a stage too.
    const headCard = await cardAbout(bot, HEAD, id);
    const rectifying = await record(
      headCard,
      { measures: '更换除尘布袋，完善在线监测运维。', deadline: '2026-12-05 +0800' },
      HEAD,
    );
    expect(nextStage(rectifying)).toBe('verified');
    expect((await getReferral(bot, id)).deadline).toBe('2026-12-05');

    // On the deadline itself nothing is overdue.
    clock = new Date('2026-12-05T09:00:00Z');
    expect(await remindOverdueReferrals(bot.runtime.services)).toEqual([]);

    clock = new Date('2026-12-06T01:00:00Z');
    const officerCards = await cardCountAbout(bot, OFFICER, id);
    const headCards = await cardCountAbout(bot, HEAD, id);
    expect(await remindOverdueReferrals(bot.runtime.services)).toEqual([id]);
    const overdue = await cardAbout(bot, OFFICER, id);
    expect(cardTitle(overdue)).toBe(`整改逾期 ${id}`);
    expect(cardText(overdue)).toContain('整改期限2026-12-05已过');
    expect(nextStage(overdue)).toBe('verified');
    expect(cardTitle(await cardAbout(bot, HEAD, id))).toBe(`整改逾期 ${id}`);
    expect(await cardCountAbout(bot, OFFICER, id)).toBe(officerCards + 1);
    expect(await cardCountAbout(bot, HEAD, id)).toBe(headCards + 1);

    // Once a day per case: the scheduler's next tick the same day sends nothing.
    await bot.runtime.scheduler.tick();
    expect(await cardCountAbout(bot, OFFICER, id)).toBe(officerCards + 1);
    clock = new Date('2026-12-07T01:00:00Z');
    expect(await remindOverdueReferrals(bot.runtime.services)).toEqual([id]);

    await say(bot, HEAD, '逾期线索');
    const list = (await lastCard(bot, HEAD)).content;
    expect(cardTitle(list)).toBe('逾期线索');
    expect(cardText(list)).toContain(id);
    expect(cardText(list)).toContain('已逾期');

    const verified = await record(overdue, { conclusion: 'passed', note: '现场复核，整改到位。' });
    expect(nextStage(verified)).toBe('closed');
    clock = new Date('2026-12-08T01:00:00Z');
    expect(await remindOverdueReferrals(bot.runtime.services)).toEqual([]);

    const closed = await record(verified, { closingNote: '整改验收合格，予以销号。' });
    expect(hasButton(closed, 'referral.advance')).toBe(false);
    expect(cardTitle(closed)).toBe(`线索移送 ${id}｜销号`);
    const json = await getReferral(bot, id);
    expect(json.status).toBe('closed');
    expect((json.stages as { stage: string }[]).map((s) => s.stage)).toEqual([
      'filed',
      'investigated',
      'rectifying',
      'verified',
      'closed',
    ]);
    await bot.settle();
    expect((await textsTo(bot, SENDER)).at(-1)).toBe(
      `您移送的线索${id}（长治示例钢铁集团有限公司）：长治市生态环境局潞城分局潞城分局执法人员（示例）已办理「销号」环节。`,
    );
    expect(cardTitle(await cardAbout(bot, SENDER, id))).toBe(`线索移送 ${id}｜销号`);

    const form = await getReferralForForm(bot.store.db, id);
    expect(form?.title).toBe('长治市生态环境局涉嫌环境违法线索移送表');
    expect(form?.sections.map((sec) => sec.title)).toEqual([
      '一、移送信息',
      '二、线索基本信息',
      '三、移交材料清单',
      '四、移交意见',
    ]);
    expect(
      Object.fromEntries(form?.sections.flatMap((sec) => sec.rows.map((r) => [r.field, r.value])) ?? []),
    ).toEqual({
      fromUnit: '大气环境科',
      toUnit: '长治市生态环境局潞城分局',
      date: '2026-11-26',
      subjectName: '长治示例钢铁集团有限公司',
      subjectCode: '91140406W20GL578PP',
      source: '监测数据',
      violations: '大气污染',
      description: '11月20日至22日在线监测显示颗粒物小时均值多次超标，最高超标1.8倍。',
      law: '《中华人民共和国大气污染防治法》第九十九条',
      materials: '在线监测数据截图3张；超标时段统计表1份',
      opinion: '建议立案',
      handler: '大气环境科工作人员（示例）',
      senderHead: '大气环境科负责人（示例）',
      receiverOpinion: '接收，承办人：潞城分局执法人员（示例）',
      receiverHead: '潞城分局局长（示例）',
    });
    expect(form?.decisions.map((d) => d.label)).toEqual(['已移送', '已接收']);
    expect(form?.stages.map((st) => st.text)).toEqual([
      '立案编号：长环罚立〔2026〕101号',
      '予以处罚，罚款100000元；颗粒物超标排放，依法予以处罚。',
      '整改措施：更换除尘布袋，完善在线监测运维；整改期限：2026-12-05',
      '验收通过；现场复核，整改到位。',
      '整改验收合格，予以销号。',
    ]);
    const stats = await listReferralStats(bot.store.db, { today: '2026-12-08' });
    expect(stats.find((r) => r.id === id)).toMatchObject({
      status: 'closed',
      stage: 'closed',
      fromUnitId: 'air',
      toUnitId: 'lucheng',
      county: '潞城区',
      deadline: '2026-12-05',
      overdue: false,
    });
  });

  it('still requires 整改 after 不予处罚: 免罚不免责 (第13条、第14条)', async () => {
    const { id, card } = await acceptedCase();
    const filed = await record(card, { caseNumber: '长环罚立〔2026〕102号' });
    const refused = await submit(bot, OFFICER, filed, 'referral.advance', {
      outcome: 'no-penalty',
      note: '',
    });
    expect(toast(refused)?.content).toBe('请说明不予处罚的依据（第13条）。');
    const investigated = await record(filed, {
      outcome: 'no-penalty',
      note: '首次违法且危害后果轻微并及时改正，依不予处罚事项清单不予处罚。',
    });
    expect(nextStage(investigated)).toBe('rectifying');
    expect(cardText(investigated)).toContain(
      '本案不予处罚，仍须责令改正并跟踪整改，确保免罚不免责（第14条）。',
    );

    const skip = await bot.click(
      OFFICER,
      { action: 'referral.advance', id, stage: 'verified' },
      {
        formValue: { conclusion: 'passed' },
      },
    );
    expect(toast(skip)?.content).toBe('该线索当前为「查处」，下一环节为「整改」，不能办理「验收」。');

    const noMeasures = await submit(bot, OFFICER, investigated, 'referral.advance', {
      measures: '',
      deadline: '2026-12-20',
    });
    expect(toast(noMeasures)?.content).toBe(
      '请填写整改措施。不予处罚的也须责令改正，确保免罚不免责（第14条）。',
    );
    expect(cardText(answerCard(noMeasures))).toContain('免罚不免责');

    const rectifying = await record(investigated, {
      measures: '责令立即完善除尘设施运维台账。',
      deadline: '2026-12-20',
    });
    expect(nextStage(rectifying)).toBe('verified');
    // A failed 验收 goes back to 整改 with a new deadline.
    const failed = await record(rectifying, { conclusion: 'failed', note: '台账仍不完整。' });
    expect(nextStage(failed)).toBe('rectifying');
  });

  it('is refused to anyone but the handler and the unit head', async () => {
    const { card } = await acceptedCase();
    const value = buttonValue(card, 'referral.advance');
    const answer = await bot.click(SENDER, value, { formValue: { caseNumber: '1' } });
    expect(toast(answer)).toEqual({
      type: 'error',
      content: '该线索由长治市生态环境局潞城分局承办，须由承办人或单位负责人办理。',
    });
  });
});

describe('「我的线索」「本单位线索」', () => {
  it('list referrals with where each stands', async () => {
    await say(bot, SENDER, '我的线索');
    const mine = cardText((await lastCard(bot, SENDER)).content);
    expect(mine).toContain('XS-2026-0001');
    expect(mine).toContain('销号');
    await say(bot, OFFICER, '本单位线索');
    const unit = cardText((await lastCard(bot, OFFICER)).content);
    expect(unit).toContain('大气环境科 → 长治市生态环境局潞城分局');
    expect(unit).toContain('销号');
    expect(unit).toContain('已接收');
    await say(bot, 'ou_demo_gaoxin_head', '本单位线索');
    expect(cardText((await lastCard(bot, 'ou_demo_gaoxin_head')).content)).toContain(
      '长治市生态环境局高新分局尚无移送或接收的线索。',
    );
  });

  it('shows a referral’s card on 「线索 编号」', async () => {
    await say(bot, OFFICER, '线索 xs-2026-0003');
    const card = (await lastCard(bot, OFFICER)).content;
    expect(hasButton(card, 'referral.advance')).toBe(true);
    await say(bot, 'ou_demo_gaoxin_head', '线索 XS-2026-0003');
    expect(hasButton((await lastCard(bot, 'ou_demo_gaoxin_head')).content, 'referral.advance')).toBe(false);
  });
});
