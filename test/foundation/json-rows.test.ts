import { asc, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approvalDecisions,
  approvalRequests,
  approvalSteps,
  enterprises,
  units,
} from '../../db/schema/index.js';
import { insertDecision } from '../../src/features/approvals/store/request-repo.js';
import { rowFromJson, rowJson } from '../../src/store/json-rows.js';
import { newPlan, USCC } from '../features/approvals/support.js';
import { startBot, type Bot } from '../support/harness.js';

let bot: Bot;
let requestId: string;
beforeAll(async () => {
  bot = await startBot();
  requestId = await newPlan(bot, USCC.coking);
  await bot.store.write(async (tx) => {
    const decision = {
      requestId,
      stepIdx: 0,
      actorOpenId: 'ou_x',
      actorName: '张三',
      at: '2026-11-26T02:00:00Z',
    };
    await insertDecision(tx, { ...decision, action: 'transfer', toOpenId: 'ou_y', toName: '李四' });
    // What JSON must escape, and what it must not mangle.
    await insertDecision(tx, {
      ...decision,
      action: 'approve',
      comment: '同意。"引号" \\ 反斜杠\n换行\t制表 😀',
    });
  });
});
afterAll(() => bot.close());

/** The table's rows read as drizzle reads them, and read through `rowJson`. */
async function bothWays(table: SQLiteTable) {
  const direct = await bot.store.db
    .select()
    .from(table)
    .orderBy(asc(sql`rowid`));
  const texts = await bot.store.db
    .select({ row: sql<string>`${rowJson(table)}` })
    .from(table)
    .orderBy(asc(sql`rowid`));
  return {
    direct,
    viaJson: texts.map(({ row }) => rowFromJson(table, JSON.parse(row) as Record<string, unknown>)),
  };
}

describe('rows read as JSON', () => {
  it.each([
    ['units (JSON columns, one of them nullable)', units],
    ['enterprises (booleans)', enterprises],
    ['approval requests (JSON documents, nulls)', approvalRequests],
    ['approval steps', approvalSteps],
    ['approval decisions (escaped text, nulls)', approvalDecisions],
  ])('decode %s exactly as drizzle does', async (_name, table) => {
    const { direct, viaJson } = await bothWays(table);
    expect(direct.length).toBeGreaterThan(0);
    expect(viaJson).toEqual(direct);
  });
});
