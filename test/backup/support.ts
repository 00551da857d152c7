import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { bureauToday, addCalendarDays } from '../../src/time.js';
import { planBody } from '../features/approvals/support.js';
import { runTs } from '../support/child.js';
import type { Bot } from '../support/harness.js';

export const CLI = 'src/cli/main.ts';
export const APPROVER = 'ou_demo_air_head';

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'zhifa-backup-'));
}

/** Runs the real CLI as its own process on the database at `dbFile`; its exit code and output. */
export async function cli(dbFile: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const child = runTs(CLI, args, { DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'silent' });
  const code = await child.exited;
  return { code, output: child.output.join('\n') };
}

/**
 * Pending plans of 大气环境科 awaiting its head, by the API. Document reviews on days spread over a
 * month, so no yearly cap or overlap check links them.
 */
export async function pendingPlans(bot: Bot, n: number, today: Date): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const from = addCalendarDays(bureauToday(today), 1 + (i % 30));
    const res = await bot.post(
      '/api/v1/inspection-plans',
      planBody({
        from,
        to: addCalendarDays(from, 1),
        content: '大气污染防治设施运行资料核查',
        methods: ['document-review'],
      }),
    );
    const json = (await res.json()) as { id?: string };
    expect(res.status, JSON.stringify(json)).toBe(201);
    ids.push(String(json.id));
  }
  return ids;
}

/** The 科 head approves a plan's first step from its card; resolves once the card answer is back. */
export async function approve(bot: Bot, id: string): Promise<Record<string, unknown>> {
  return bot.click(APPROVER, { action: 'approval.decide', id, step: 0, decision: 'approve' });
}
