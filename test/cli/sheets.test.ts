import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gb18030 } from '../support/gb18030.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhifa-cli-sheets-'));
const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'cli.db')}`, LOG_LEVEL: 'warn' };

const cli = (...args: string[]) => runCli(args, env);

beforeAll(async () => {
  expect((await cli('org', 'import', 'db/seed/org.json')).code).toBe(0);
}, 60_000);

describe('cli sheets', () => {
  it('imports a GB18030 CSV only when every row is good, or the good rows with --skip-invalid', async () => {
    const file = join(dir, '企业名录.csv');
    writeFileSync(
      file,
      gb18030(
        [
          '单位名称,统一社会信用代码,所在县区,行业类别,重点排污单位',
          '长治示例焦化有限公司,91140404A10YRXXR9P,上党区,焦化,是',
          '长治示例错误有限公司,91140404A10YRXXR9Q,太原市,焦化,是',
        ].join('\r\n'),
      ),
    );
    const refused = await cli('enterprises', 'import', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('第 3 行「统一社会信用代码」');
    expect(refused.stderr).toContain('第 3 行「所在县区」：「太原市」不是本市县区');
    expect(refused.stderr).toContain('--skip-invalid');
    const skipped = await cli('enterprises', 'import', file, '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('已导入 1 条企业记录');
    expect(skipped.stderr).toContain('已跳过 1 行');
  }, 60_000);

  it('exports the ledger to a file, and names a bad range', async () => {
    const out = join(dir, 'ledger.xlsx');
    const done = await cli('export', 'ledger', '--from', '2026-01-01', '--to', '2026-12-31', '--out', out);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('检查计划 0 条');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const bad = await cli('export', 'ledger', '--from', '2026-12-31', '--to', '2026-01-01', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('晚于结束日期');
  }, 60_000);
});
