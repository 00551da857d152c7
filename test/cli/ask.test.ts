import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from './run-cli.js';

let env: NodeJS.ProcessEnv;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-cli-'));
  env = { ...process.env, DATABASE_URL: `file:${join(dir, 'cli.db')}`, LOG_LEVEL: 'info' };
  for (const key of [
    'LLM_BASE_URL',
    'LLM_API_KEY',
    'LLM_MODEL',
    'ORG_FILE',
    'ENTERPRISES_FILE',
    'QUIET_PERIODS_FILE',
  ])
    delete env[key];
});

const run = (command: string, args: string[], stdin = '') => runCommand(command, args, env, stdin);

const LINES = [
  '{"id":"q1","q":"安静期内确需现场检查要谁批？"}',
  'not json',
  '{"id":"q2"}',
  '{"id":3,"q":"加班费怎么算？"}',
  '{"id":"q4","q":"下周二去示例钢铁现场检查，能去吗？"}',
];

describe('cli ask', () => {
  it('answers JSON lines on stdin with exactly one JSON line each on stdout, seeding a fresh database', async () => {
    const { code, stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ask', '--jsonl'],
      `${LINES.join('\n')}\n`,
    );
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    const out = stdout
      .slice(0, -1)
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(LINES.length);
    expect(out.map((line) => line.id)).toEqual(['q1', null, 'q2', 3, 'q4']);
    expect(Object.keys(out[0] ?? {})).toEqual(['id', 'answer', 'citations', 'outOfScope']);
    expect((out[0]?.citations as { label: string }[])[0]?.label).toBe('第10条 认真执行“企业安静期”制度');
    expect(out[1]).toEqual({ id: null, error: '该行不是有效的 JSON。' });
    expect(out[2]).toEqual({ id: 'q2', error: '缺少字段 q。' });
    expect(out[3]).toMatchObject({ id: 3, outOfScope: true, citations: [] });
    // The demo registry was loaded, so the named enterprise is judged, not a placeholder.
    expect(out[4]?.decision).toMatchObject({
      hypothetical: false,
      proposal: { enterprises: ['91140406W20GL578PP'] },
    });
    expect(stderr).toContain('loaded the demo organisation');
  }, 60_000);

  it('prints the answer for people through npm run -s cli, and nothing else on stdout', async () => {
    const { code, stdout } = await run('npm', [
      'run',
      '-s',
      'cli',
      '--',
      'ask',
      '安静期内确需现场检查要谁批？',
    ]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^“企业安静期”时段内.*主要负责人批准/);
    expect(lines.slice(1, 5)).toEqual([
      '',
      '依据：',
      '  第10条 认真执行“企业安静期”制度',
      '    「“企业安静期”时段内，因实际工作需要确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准。」',
    ]);
  }, 60_000);

  it('prints the case decision lines for a described case', async () => {
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'ask',
      '下周二去示例钢铁现场检查，能去吗？',
    ]);
    expect(stdout).toContain('\n核查情况：\n  ');
    expect(stdout).toContain('审批流程：潞城分局局长（示例）（分局主要负责人）');
    expect(stdout).toContain('\n判断所依假设：\n  未说明实施单位，按属地长治市生态环境局潞城分局判断。');
  }, 60_000);

  it('shows the usage on stderr without a question', async () => {
    const { code, stdout, stderr } = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'ask',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('用法：npm run -s cli -- ask "问题"');
  }, 60_000);
});
