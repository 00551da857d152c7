import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspections, outbox, specialFilings } from '../../../db/schema/index.js';
import { listDisclosures } from '../../../src/features/approvals/index.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  answerCard,
  approverCard,
  buttonLabels,
  cardText,
  cardsTo,
  getRequest,
  planBody,
  press,
  specialBody,
  submitPlan,
  submitSpecial,
  textsTo,
  TODAY_10AM,
  USCC,
} from './support.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

/** Presses 同意 on each approver's card in turn and checks each card turns read-only. */
async function approveAll(id: string, approvers: string[]) {
  for (const openId of approvers) {
    const card = await approverCard(bot, openId, id);
    expect(buttonLabels(card.content)).toEqual(['同意', '驳回', '退回修改', '转交']);
    const answer = await press(bot, openId, card, '同意', { comment: '同意开展。' });
    const record = answerCard(answer);
    expect(record && buttonLabels(record)).toEqual([]);
    expect(cardText(record ?? {})).toContain('同意开展。');
    const patched = (await cardsTo(bot, openId, id)).at(-1);
    expect(patched && buttonLabels(patched.content)).toEqual([]);
  }
}

describe('chains the scheme names', () => {
  it('sends a county plan to the branch head alone (第5条)', async () => {
    const { status, json } = await submitPlan(
      bot,
      planBody({
        applicant: 'ou_demo_lucheng_officer',
        unit: 'lucheng',
        enterprises: [USCC.steel],
        inspectors: ['ou_demo_lucheng_officer'],
      }),
    );
    expect(status).toBe(201);
    expect(json.id).toMatch(/^JC-2026-\d{4}$/);
    expect(json.chain).toEqual([
      { role: 'branch-head', openId: 'ou_demo_lucheng_head', name: '潞城分局局长（示例）' },
    ]);
    const id = String(json.id);
    await approveAll(id, ['ou_demo_lucheng_head']);
    expect((await getRequest(bot, id)).status).toBe('approved');
    const rows = await bot.store.db.select().from(inspections).where(eq(inspections.requestId, id));
    expect(rows).toMatchObject([{ uscc: USCC.steel, date: '2026-11-27', year: 2026, onSite: true }]);
    expect((await textsTo(bot, 'ou_demo_lucheng_officer')).at(-1)).toContain(
      `${id}（长治示例钢铁集团有限公司检查计划）已审批通过`,
    );
  });

  it('takes a city plan through the unit head and the 分管局长, telling the applicant each step', async () => {
    const { json } = await submitPlan(bot, planBody({ enterprises: [USCC.coal] }));
    const id = String(json.id);
    expect(json.chain).toEqual([
      { role: 'unit-head', openId: 'ou_demo_air_head', name: '大气环境科负责人（示例）' },
      { role: 'supervisor', openId: 'ou_demo_deputy_2', name: '副局长乙（示例）' },
    ]);
    expect(await cardsTo(bot, 'ou_demo_deputy_2', id)).toHaveLength(0);
    await approveAll(id, ['ou_demo_air_head', 'ou_demo_deputy_2']);
    const request = await getRequest(bot, id);
    expect(request.status).toBe('approved');
    expect(request.steps.map((s) => s.status)).toEqual(['approved', 'approved']);
    const texts = await textsTo(bot, 'ou_demo_air_officer');
    expect(texts.filter((t) => t.includes(id))).toEqual([
      `您的申请${id}（长治示例煤业有限公司检查计划）已由大气环境科负责人（示例）同意，现送副局长乙（示例）（分管局长）审批。`,
      `您的申请${id}（长治示例煤业有限公司检查计划）已审批通过。`,
    ]);
    const applicantCard = (await cardsTo(bot, 'ou_demo_air_officer', id)).at(-1);
    expect(applicantCard && cardText(applicantCard.content)).toContain('审批结果：已批准');
    const actions = (await auditFor(bot.store.db, 'approval', id)).map((a) => a.action);
    expect(actions).toEqual([
      'approval.submitted',
      'approval.step-approved',
      'approval.step-activated',
      'approval.step-approved',
      'approval.inspections-recorded',
      'approval.approved',
    ]);
  });

  it('sends an on-site city plan in a quiet period on to the 局长 (第10条), warning every approver', async () => {
    const { json } = await submitPlan(
      bot,
      planBody({
        enterprises: [USCC.cement],
        from: '2026-12-02',
        to: '2026-12-03',
        quietExemption: 'other',
        quietExemptionNote: '省厅交办的信访件须在12月3日前核实',
      }),
    );
    const id = String(json.id);
    expect((json.chain as { role: string }[]).map((s) => s.role)).toEqual([
      'unit-head',
      'supervisor',
      'director',
    ]);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'QUIET_PERIOD_ON_SITE', clause: '10' }),
    );
    const first = await approverCard(bot, 'ou_demo_air_head', id);
    expect(cardText(first.content)).toMatch(/<font color='orange'>\*\*【提醒】.*企业安静期.*第10条/);
    expect(cardText(first.content)).toContain(
      '**企业安静期**\n长治市：2026-12-01至2026-12-20；依据：示例：市政府企业安静期安排\n**所称例外情形**：其他（省厅交办的信访件须在12月3日前核实）',
    );
    await approveAll(id, ['ou_demo_air_head', 'ou_demo_deputy_2', 'ou_demo_director']);
    const director = await approverCard(bot, 'ou_demo_director', id);
    expect(cardText(director.content)).toContain('第10条 认真执行“企业安静期”制度');
    expect((await getRequest(bot, id)).status).toBe('approved');
  });

  it('sends a special inspection to the 局长, then files and discloses it without personal data (第4条)', async () => {
    const { status, json } = await submitSpecial(bot, specialBody());
    expect(status).toBe(201);
    const id = String(json.id);
    expect(id).toMatch(/^ZX-2026-\d{4}$/);
    expect(json.chain).toEqual([
      { role: 'unit-head', openId: 'ou_demo_soil_head', name: '土壤生态环境科负责人（示例）' },
      { role: 'supervisor', openId: 'ou_demo_deputy_2', name: '副局长乙（示例）' },
      { role: 'director', openId: 'ou_demo_director', name: '局长（示例）' },
    ]);
    const card = await approverCard(bot, 'ou_demo_soil_head', id);
    for (const label of [
      '检查名称',
      '检查依据',
      '检查时间',
      '实施单位',
      '检查对象',
      '检查内容',
      '检查重点领域',
    ]) {
      expect(cardText(card.content)).toContain(`**${label}**`);
    }
    expect(await listDisclosures(bot.store.db)).toEqual([]);
    await approveAll(id, ['ou_demo_soil_head', 'ou_demo_deputy_2', 'ou_demo_director']);
    expect((await getRequest(bot, id)).status).toBe('approved');
    const [filing] = await bot.store.db.select().from(specialFilings).where(eq(specialFilings.requestId, id));
    expect(filing).toMatchObject({
      name: '危险废物非法处置专项检查',
      unitName: '土壤生态环境科',
      approvedBy: '局长（示例）',
    });
    const disclosures = await listDisclosures(bot.store.db);
    expect(disclosures).toEqual([
      {
        requestId: id,
        name: '危险废物非法处置专项检查',
        basis: '《中华人民共和国固体废物污染环境防治法》',
        from: '2027-01-04',
        to: '2027-01-29',
        unitName: '土壤生态环境科',
        content: '危险废物贮存、转移联单及处置去向',
        approvalDate: '2026-11-26',
        publishedAt: TODAY_10AM.toISOString(),
      },
    ]);
    expect(JSON.stringify(disclosures)).not.toMatch(/示例）|ou_/);
    expect((await textsTo(bot, 'ou_demo_soil_officer')).at(-1)).toContain('已按规定备案，并向社会公开');
  });

  it('left no message undeliverable', async () => {
    await bot.settle();
    const dead = await bot.store.db.select().from(outbox).where(eq(outbox.status, 'dead'));
    expect(dead).toEqual([]);
  });
});
