import { expect } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { localMessages } from '../../../db/schema/index.js';
import type { Bot } from '../../support/harness.js';

/** 2026-11-26 10:00 in Changzhi, a Thursday; the citywide quiet period starts on 12-01. */
export const TODAY_10AM = new Date('2026-11-26T02:00:00Z');

export const USCC = {
  /** 上党区 */
  coking: '91140404A10YRXXR9P',
  /** 潞城区 */
  steel: '91140406W20GL578PP',
  /** 屯留区 */
  chemical: '91140405LDBH8H2JDL',
  /** 襄垣县 */
  coal: '9114042350KCWF4QWJ',
  /** 黎城县 */
  cement: '91140426C53GFNQ6GN',
  /** 壶关县 */
  foundry: '91140427XPQY8K17LG',
  /** 平顺县 */
  ceramics: '91140425796J552P70',
  /** 长子县 */
  sewage: '911404286DWBR6UFXA',
  /** 武乡县 */
  waste: '91140429GELG9EP2UB',
} as const;

/** A routine city plan by 大气环境科, outside every quiet period. */
export function planBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicant: 'ou_demo_air_officer',
    unit: 'air',
    type: 'random',
    basis: '《2026年度“双随机、一公开”抽查计划》',
    from: '2026-11-27',
    to: '2026-11-30',
    enterprises: [USCC.coking],
    inspectors: ['ou_demo_air_officer', 'ou_demo_air_head'],
    content: '大气污染防治设施运行及废气排放情况',
    methods: ['on-site'],
    ...overrides,
  };
}

/** A special inspection by 土壤生态环境科, focused on one risk and within the 90-day limit. */
export function specialBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicant: 'ou_demo_soil_officer',
    unit: 'soil',
    name: '危险废物非法处置专项检查',
    basis: '《中华人民共和国固体废物污染环境防治法》',
    focus: '危险废物非法处置',
    from: '2027-01-04',
    to: '2027-01-29',
    targets: '2026年危险废物转移联单异常的产废单位',
    content: '危险废物贮存、转移联单及处置去向',
    ...overrides,
  };
}

export interface Sent {
  messageId: string;
  replyTo: string | null;
  msgType: string;
  content: Record<string, unknown>;
  urgent: boolean;
}

/** What the bot sent one person in local mode, oldest first, each with its current (patched) content. */
export async function sentTo(bot: Bot, openId: string): Promise<Sent[]> {
  await bot.settle();
  const rows = await bot.store.db
    .select()
    .from(localMessages)
    .where(eq(localMessages.openId, openId))
    .orderBy(asc(localMessages.createdAt), asc(localMessages.messageId));
  return rows.map((row) => ({
    messageId: row.messageId,
    replyTo: row.replyTo,
    msgType: row.msgType,
    content: JSON.parse(row.content) as Record<string, unknown>,
    urgent: row.urgent,
  }));
}

export function cardTitle(card: Record<string, unknown>): string {
  const header = card.header as { title?: { content?: string } } | undefined;
  return header?.title?.content ?? '';
}

/** Cards sent to a person whose title mentions the text (a request id, usually). */
export async function cardsTo(bot: Bot, openId: string, titleHas: string): Promise<Sent[]> {
  return (await sentTo(bot, openId)).filter(
    (m) => m.msgType === 'interactive' && cardTitle(m.content).includes(titleHas),
  );
}

export async function textsTo(bot: Bot, openId: string): Promise<string[]> {
  return (await sentTo(bot, openId))
    .filter((m) => m.msgType === 'text')
    .map((m) => String((m.content as { text?: string }).text));
}

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

/** Every button label on a card. */
export function buttonLabels(card: Record<string, unknown>): string[] {
  const labels: string[] = [];
  walk(card, (n) => {
    if (n.tag === 'button') labels.push(String((n.text as { content?: string }).content));
  });
  return labels;
}

/** The callback value of the button with this label. */
export function buttonValue(card: Record<string, unknown>, label: string): Record<string, unknown> {
  let value: Record<string, unknown> | undefined;
  walk(card, (n) => {
    if (n.tag === 'button' && (n.text as { content?: string }).content === label) {
      value = (n.behaviors as { value: Record<string, unknown> }[])[0]?.value;
    }
  });
  if (!value) throw new Error(`no button 「${label}」 on the card`);
  return value;
}

/** All text on a card, for content assertions. */
export function cardText(card: Record<string, unknown>): string {
  const parts: string[] = [];
  walk(card, (n) => {
    if (typeof n.content === 'string') parts.push(n.content);
  });
  return parts.join('\n');
}

/** The answer's toast text, if any. */
export function toastOf(answer: Record<string, unknown>): string {
  return String((answer.toast as { content?: string } | undefined)?.content ?? '');
}

/** The card the answer puts in place of the clicked one. */
export function answerCard(answer: Record<string, unknown>): Record<string, unknown> | undefined {
  return (answer.card as { data?: Record<string, unknown> } | undefined)?.data;
}

export async function submitPlan(bot: Bot, body: Record<string, unknown>) {
  const res = await bot.post('/api/v1/inspection-plans', body);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/**
 * A plan on one enterprise, accepted (201), with the other fields as `planBody` has them; its id. Tests
 * give each case its own enterprise, so no yearly cap or joint visit links the cases.
 */
export async function newPlan(
  bot: Bot,
  uscc: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const { status, json } = await submitPlan(bot, planBody({ enterprises: [uscc], ...overrides }));
  expect(status).toBe(201);
  return String(json.id);
}

export async function submitSpecial(bot: Bot, body: Record<string, unknown>) {
  const res = await bot.post('/api/v1/special-inspections', body);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function getRequest(bot: Bot, id: string) {
  const res = await fetch(`${bot.url}/api/v1/requests/${id}`, {
    headers: { authorization: `Bearer ${bot.config.apiToken}` },
  });
  return (await res.json()) as {
    status: string;
    steps: {
      status: string;
      name: string;
      openId: string;
      decidedBy: { name: string } | null;
      onBehalfOf: string | null;
      comment: string | null;
    }[];
    decisions: { action: string; actorName: string; onBehalfOfName: string | null; toName: string | null }[];
  } & Record<string, unknown>;
}

/** The approver's newest card for the request, and a way to press its buttons. */
export async function approverCard(bot: Bot, openId: string, id: string) {
  const cards = await cardsTo(bot, openId, id);
  const latest = cards.at(-1);
  if (!latest) throw new Error(`${openId} has no card for ${id}`);
  return latest;
}

export async function press(
  bot: Bot,
  openId: string,
  card: Sent,
  label: string,
  formValue: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const answer = await bot.click(openId, buttonValue(card.content, label), {
    formValue,
    openMessageId: card.messageId,
  });
  await bot.settle();
  return answer;
}

/** Presses a button on the newest card `openId` holds for the request. */
export async function pressLatest(
  bot: Bot,
  openId: string,
  id: string,
  label: string,
  formValue?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return press(bot, openId, await approverCard(bot, openId, id), label, formValue);
}

/** Every pending step of the request approved in turn by whoever holds it, until it is approved. */
export async function approveThrough(bot: Bot, id: string): Promise<void> {
  for (;;) {
    await bot.settle();
    const pending = (await getRequest(bot, id)).steps.find((step) => step.status === 'pending');
    if (!pending) break;
    await pressLatest(bot, pending.openId, id, '同意');
  }
  await bot.settle();
  expect((await getRequest(bot, id)).status).toBe('approved');
}
