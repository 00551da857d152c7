import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.js';
import { openStore } from '../../src/store/db.js';
import { startBot } from '../support/harness.js';
import { buttonValue } from '../features/approvals/support.js';
import { askInChat } from '../features/policy/support.js';
import { runCli } from './run-cli.js';

let dir: string;
let env: NodeJS.ProcessEnv;

const cli = (args: string[]) => runCli(args, env);
const exported = (from: string, to: string, out: string, ...flags: string[]) =>
  cli(['export', 'questions', '--from', from, '--to', to, '--out', out, ...flags]);

/**
 * Questions asked in chat over two days, one follow-up, one refusal and two 没用 clicks; the bot is
 * closed before the CLI reads its database file.
 */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhifa-export-q-'));
  const dbFile = join(dir, 'bot.db');
  env = { ...process.env, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'warn' };
  let now = new Date('2026-11-25T02:00:00Z');
  const bot = await startBot({ dbFile, now: () => now });
  try {
    const ask = (openId: string, text: string, messageId: string) =>
      askInChat(bot, openId, text, { messageId });
    await ask('ou_demo_air_officer', '安静期内确需现场检查要谁批？', 'om_q1');
    now = new Date('2026-11-26T02:00:00Z');
    const capped = await ask('ou_demo_air_officer', '一家企业一年最多能查几次？', 'om_q2');
    now = new Date('2026-11-26T02:02:00Z');
    const followUp = await ask('ou_demo_air_officer', '如果是举报呢？', 'om_q3');
    now = new Date('2026-11-26T02:30:00Z');
    await ask('ou_demo_air_head', '食堂几点开饭？', 'om_q4');
    const notUseful = (reply: { content: Record<string, unknown>; messageId: string }, openId: string) =>
      bot.click(openId, buttonValue(reply.content, '没用'), { openMessageId: reply.messageId });
    await notUseful(followUp, 'ou_demo_air_officer');
    await notUseful(followUp, 'ou_demo_air_head');
    await bot.click('ou_demo_air_head', buttonValue(capped.content, '有用'), {
      openMessageId: capped.messageId,
    });
  } finally {
    await bot.close();
  }
});

describe('cli export questions', () => {
  it('writes the period’s questions as drafts to label, without who asked, and audits the export', async () => {
    const out = join(dir, 'asked.json');
    const run = await exported('2026-11-26', '2026-11-26', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已导出 2026-11-26 至 2026-11-26 政策问答 3 条');
    const drafts = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
    expect(drafts.map((d) => d.q)).toEqual([
      '一家企业一年最多能查几次？',
      '如果是举报呢？',
      '食堂几点开饭？',
    ]);
    expect(drafts.map((d) => d.id)).toEqual(['q-20261126-001', 'q-20261126-002', 'q-20261126-003']);
    const [capped, followUp, canteen] = drafts;
    expect(capped).toMatchObject({
      category: '',
      form: '',
      answer: null,
      mustMention: [],
      asked: '2026-11-26',
      feedback: { useful: 1, notUseful: 0 },
    });
    expect((capped?.clauses as string[])[0]).toBe('3');
    expect(capped).not.toHaveProperty('previous');
    // Read as a follow-up of the question two minutes before it, as the chat read it.
    expect(followUp).toMatchObject({
      previous: '一家企业一年最多能查几次？',
      feedback: { useful: 0, notUseful: 2 },
    });
    expect(canteen).toMatchObject({ clauses: [], bot: { outOfScope: true } });
    expect(canteen).not.toHaveProperty('previous');
    expect(JSON.stringify(drafts)).not.toMatch(/ou_demo|om_q/);

    const store = await openStore(`file:${join(dir, 'bot.db')}`);
    try {
      const audits = await store.db.select().from(auditLog);
      expect(audits.filter((row) => row.action === 'policy.questions-exported')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('keeps only the answers marked 没用 with --unhelpful', async () => {
    const out = join(dir, 'unhelpful.json');
    const run = await exported('2026-11-01', '2026-11-30', out, '--unhelpful');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('被标为「没用」的政策问答 1 条');
    const drafts = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
    expect(drafts.map((d) => [d.id, d.q])).toEqual([['q-20261126-002', '如果是举报呢？']]);
  });

  it('refuses a missing or reversed range in Chinese and writes nothing', async () => {
    const out = join(dir, 'none.json');
    const reversed = await exported('2026-11-30', '2026-11-01', out);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('开始日期 2026-11-30 晚于结束日期 2026-11-01');
    const missing = await cli(['export', 'questions', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('请写明起止日期');
    const ledgerFlag = await cli([
      'export',
      'ledger',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--out',
      out,
      '--unhelpful',
    ]);
    expect(ledgerFlag.code).toBe(2);
    expect(ledgerFlag.stderr).toContain('用法');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
