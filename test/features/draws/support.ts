import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { localMessages } from '../../../db/schema/index.js';
import { loadDirectory, replaceDirectory } from '../../../src/directory/directory-repo.js';
import type { Bot } from '../../support/harness.js';

/** 2026-11-26 10:00 in Changzhi, a Thursday. */
export const NOW = new Date('2026-11-26T02:00:00Z');

/** The demo 潞城分局 with four more enforcement officers, so draws have inspectors to choose from. */
export const OFFICERS = ['lc-o1', 'lc-o2', 'lc-o3', 'lc-o4'];

export async function withLuchengOfficers(bot: Bot): Promise<void> {
  const dir = await loadDirectory(bot.store.db);
  if (!dir) throw new Error('no directory');
  const extra = OFFICERS.map((id, i) => ({
    id,
    name: `潞城执法人员${i + 1}`,
    title: '执法人员',
    openId: `ou_${id}`,
  }));
  await replaceDirectory(
    bot.store,
    {
      ...dir,
      people: [...dir.people, ...extra],
      units: dir.units.map((u) =>
        u.id === 'lucheng' ? { ...u, members: [...u.members, ...OFFICERS], officers: OFFICERS } : u,
      ),
    },
    'test',
  );
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export async function get(bot: Bot, path: string): Promise<Response> {
  return fetch(`${bot.url}${path}`, { headers: { authorization: 'Bearer test-api-token' } });
}

/** What the bot sent a person in local mode, oldest first, as parsed content. */
export async function sentTo(bot: Bot, openId: string) {
  const rows = await bot.store.db.select().from(localMessages).where(eq(localMessages.openId, openId));
  return rows.map((r) => ({ ...r, body: JSON.parse(r.content) as Record<string, unknown> }));
}

export const DRAW = {
  initiator: 'ou_demo_lucheng_head',
  count: 3,
  perEnterprise: 2,
  from: '2026-11-27',
  to: '2026-11-30',
  content: '排污许可执行情况、污染防治设施运行情况',
};

interface Step {
  idx: number;
  openId: string;
  status: string;
}

/** Approves every step of a request as its assignee would, through the approver's card button. */
export async function approveAll(bot: Bot, id: string): Promise<void> {
  for (;;) {
    const request = await json<{ status: string; steps: Step[] }>(await get(bot, `/api/v1/requests/${id}`));
    const step = request.steps.find((s) => s.status === 'pending');
    if (!step) return;
    const answer = await bot.click(step.openId, {
      action: 'approval.decide',
      id,
      step: step.idx,
      decision: 'approve',
    });
    if ((answer.toast as { type?: string } | undefined)?.type === 'error')
      throw new Error(JSON.stringify(answer));
  }
}

/** An approved on-site plan of 潞城分局, through the approvals API and the approver's card. */
export async function approvedPlan(
  bot: Bot,
  plan: { enterprise: string; inspectors: string[]; from: string; to: string; type?: string },
): Promise<string> {
  const res = await bot.post('/api/v1/inspection-plans', {
    applicant: 'ou_demo_lucheng_officer',
    unit: 'lucheng',
    type: plan.type ?? 'complaint',
    basis: '群众举报',
    from: plan.from,
    to: plan.to,
    enterprises: [plan.enterprise],
    inspectors: plan.inspectors,
    content: '核查举报内容',
    methods: ['on-site'],
  });
  const body = await json<{ id?: string }>(res);
  if (res.status !== 201 || !body.id)
    throw new Error(`plan not filed: ${res.status} ${JSON.stringify(body)}`);
  await approveAll(bot, body.id);
  return body.id;
}

/** `POST /api/v1/draws` with DRAW and `body` over it; the draw must be held. */
export async function postDraw<T>(bot: Bot, body: Record<string, unknown> = {}): Promise<T> {
  const res = await bot.post('/api/v1/draws', { ...DRAW, ...body });
  const parsed = await json<T>(res);
  expect(res.status, JSON.stringify(parsed)).toBe(201);
  return parsed;
}

/** A CLI context on the bot's store that keeps what the command printed. */
export function cliContext(bot: Bot) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    ctx: {
      config: bot.config,
      store: bot.store,
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
    },
    out,
    err,
  };
}
