import { and, eq } from 'drizzle-orm';
import { approvalDecisions, approvalSteps, auditLog, outbox } from '../../../db/schema/index.js';
import type { Bot } from '../../support/harness.js';

/** 2026-11-26 10:00 in Changzhi: a working day before the citywide quiet period of 12-01..20. */
export const TODAY_10AM = new Date('2026-11-26T02:00:00Z');
export const COKING = '91140404A10YRXXR9P';
export const CHEMICAL = '91140405LDBH8H2JDL';

/** A routine 大气环境科 plan: 科 head, then 分管副局长 (deputy-2). */
export function planBody(enterprise: string, overrides: Record<string, unknown> = {}) {
  return {
    applicant: 'ou_demo_air_officer',
    unit: 'air',
    type: 'random',
    basis: '《2026年度“双随机、一公开”抽查计划》',
    from: '2026-11-27',
    to: '2026-11-30',
    enterprises: [enterprise],
    inspectors: ['ou_demo_air_officer', 'ou_demo_air_head'],
    content: '大气污染防治设施运行及废气排放情况',
    methods: ['on-site'],
    ...overrides,
  };
}

export async function submitPlan(bot: Bot, body: Record<string, unknown>): Promise<string> {
  const res = await bot.post('/api/v1/inspection-plans', body);
  const json = (await res.json()) as { id?: string };
  if (res.status !== 201 || !json.id) throw new Error(`plan refused: ${res.status} ${JSON.stringify(json)}`);
  return json.id;
}

export const decide = (id: string, step: number, decision: string) => ({
  action: 'approval.decide',
  id,
  step,
  decision,
});

/** What a decision leaves behind: steps, decisions, audit rows and the cards queued to people. */
export async function requestState(bot: Bot, id: string) {
  const { db } = bot.store;
  const steps = await db
    .select({ idx: approvalSteps.idx, status: approvalSteps.status, by: approvalSteps.decidedByOpenId })
    .from(approvalSteps)
    .where(eq(approvalSteps.requestId, id))
    .orderBy(approvalSteps.idx);
  const decisions = await db.select().from(approvalDecisions).where(eq(approvalDecisions.requestId, id));
  const audits = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'approval'), eq(auditLog.entityId, id)));
  const cards = (await db.select().from(outbox)).filter(
    (row) => row.kind === 'send' && row.msgType === 'interactive' && (row.content ?? '').includes(id),
  );
  return { steps, decisions, audits: audits.map((a) => a.action), cards };
}
