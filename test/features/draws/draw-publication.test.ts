import { afterEach, describe, expect, it } from 'vitest';
import { settings } from '../../../db/schema/index.js';
import { listDrawResults, runDrawReminders } from '../../../src/features/draws/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import { approveAll, DRAW, get, json, NOW, sentTo, withLuchengOfficers } from './support.js';

interface DrawBody {
  id: string;
  publishDue: string;
  assignments: { uscc: string; name: string; requestId: string; inspectors: { openId: string }[] }[];
}

let bot: Bot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** A clock the test moves forward; the bot reads it on every action. */
const clock = { now: NOW };

async function oneDrawn(): Promise<{ b: Bot; body: DrawBody }> {
  clock.now = NOW;
  const b = await startBot({ now: () => clock.now });
  bot = b;
  await withLuchengOfficers(b);
  const res = await b.post('/api/v1/draws', { ...DRAW, count: 1 });
  return { b, body: await json<DrawBody>(res) };
}

function result(b: Bot, id: string, body: Record<string, unknown>) {
  return b.post(`/api/v1/draws/${id}/results`, body);
}

describe('一公开', () => {
  it('publishes a result only once the plan is approved, by the head or a drawn inspector', async () => {
    const { b, body } = await oneDrawn();
    const [item] = body.assignments;
    if (!item) throw new Error('nothing drawn');
    expect(body.publishDue).toBe('2026-12-28');
    const entry = {
      recorder: item.inspectors[0]?.openId,
      uscc: item.uscc,
      outcome: 'no-issue',
      inspectedOn: '2026-11-27',
    };

    const early = await result(b, body.id, entry);
    expect(early.status).toBe(409);
    expect((await json(early)).error).toBe(`${item.name}的检查计划尚未批准，不能登记检查结果。`);

    await approveAll(b, item.requestId);
    clock.now = new Date('2026-12-01T02:00:00Z');
    const stranger = await result(b, body.id, { ...entry, recorder: 'ou_demo_air_head' });
    expect(stranger.status).toBe(403);
    const future = await result(b, body.id, { ...entry, inspectedOn: '2026-12-02' });
    expect((await json(future)).error).toBe('检查日期应在2026-11-27至2026-11-30之间。');

    const ok = await result(b, body.id, { ...entry, note: '现场检查未发现问题' });
    expect(ok.status).toBe(201);
    expect((await result(b, body.id, entry)).status).toBe(409);
    expect(await listDrawResults(b.store.db)).toEqual([
      {
        drawId: body.id,
        enterpriseName: item.name,
        uscc: item.uscc,
        inspectedOn: '2026-11-27',
        unitName: '长治市生态环境局潞城分局',
        outcome: '未发现问题',
        note: '现场检查未发现问题',
        publishedAt: '2026-12-01T02:00:00.000Z',
      },
    ]);
  });

  it('reminds the unit head once before the deadline, and the reminder card publishes the result', async () => {
    const { b, body } = await oneDrawn();
    const [item] = body.assignments;
    if (!item) throw new Error('nothing drawn');
    await approveAll(b, item.requestId);
    const services = b.runtime.services;

    clock.now = new Date('2026-12-22T02:00:00Z');
    expect(await runDrawReminders(services)).toEqual([]);
    clock.now = new Date('2026-12-23T02:00:00Z');
    expect(await runDrawReminders(services)).toEqual([body.id]);
    expect(await runDrawReminders(services)).toEqual([]);
    await b.settle();
    const cards = (await sentTo(b, 'ou_demo_lucheng_head')).filter((m) =>
      JSON.stringify(m.body).includes('抽查结果公开提醒'),
    );
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0]?.body)).toContain('应于2026-12-28前公开');

    const answer = await b.click(
      'ou_demo_lucheng_head',
      { action: 'draw.record', form: `${body.id}:2026-12-23` },
      {
        formValue: {
          item: `${body.id}|${item.uscc}`,
          outcome: 'rectify',
          inspectedOn: '2026-11-30 +0800',
          note: '责令限期改正',
        },
      },
    );
    expect(answer.toast).toEqual({ type: 'success', content: `${item.name}的抽查结果已公开。` });
    expect(JSON.stringify(answer.card)).toContain('发现问题，已责令改正');
    const [row] = await listDrawResults(b.store.db);
    expect(row).toMatchObject({ outcome: '发现问题，已责令改正', inspectedOn: '2026-11-30' });
  });

  it('takes the deadline from the settings and lists approved draws to record in chat', async () => {
    clock.now = NOW;
    const b = await startBot({ now: () => clock.now });
    bot = b;
    await withLuchengOfficers(b);
    await b.store.write((tx) =>
      tx.insert(settings).values({ key: 'draws.publishWithinWorkingDays', value: '5' }),
    );
    const body = await json<DrawBody>(await b.post('/api/v1/draws', { ...DRAW, count: 1 }));
    expect(body.publishDue).toBe('2026-12-07');
    const [item] = body.assignments;
    if (!item) throw new Error('nothing drawn');
    await approveAll(b, item.requestId);
    await b.sendText(item.inspectors[1]?.openId ?? '', '登记抽查结果');
    await b.settle();
    const [card] = await sentTo(b, item.inspectors[1]?.openId ?? '');
    expect(JSON.stringify(card?.body)).toContain(`${body.id} ${item.name}`);
  });

  it('publishes the draw material for re-running only after the inspection period', async () => {
    const { b, body } = await oneDrawn();
    expect((await get(b, `/public/draws/${body.id}`)).status).toBe(404);
    clock.now = new Date('2026-12-01T02:00:00Z');
    const material = await json<{
      input: { seed: string; enterprises: string[] };
      enterpriseNames: Record<string, string>;
      algorithmText: string;
    }>(await get(b, `/public/draws/${body.id}`));
    expect(material.input.enterprises).toHaveLength(9);
    expect(Object.values(material.enterpriseNames)).toContain(body.assignments[0]?.name);
    expect(material.algorithmText).toContain('SplitMix64');
  });
});
