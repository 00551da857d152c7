import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/directory/import-files.js';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import { statsReport } from '../../../src/features/stats/service.js';
import { startBot, type Bot } from '../../support/harness.js';
import { approveAll, NOW } from '../draws/support.js';
import { USCC } from './support.js';

let bot: Bot;
const COMPLAINT = '投诉举报、案件查处、媒体曝光需调查核实';

async function visit(fields: Record<string, unknown>): Promise<void> {
  const res = await bot.post('/api/v1/inspection-plans', {
    applicant: 'ou_demo_lucheng_officer',
    unit: 'lucheng',
    type: 'complaint',
    basis: '群众举报',
    enterprises: [USCC.steel],
    inspectors: [],
    content: '核查举报内容',
    methods: ['on-site'],
    ...fields,
  });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id)
    throw new Error(`plan not filed: ${res.status} ${JSON.stringify(body)}`);
  await approveAll(bot, body.id);
}

beforeAll(async () => {
  bot = await startBot({ now: () => NOW });
  const file = join(mkdtempSync(join(tmpdir(), 'zhifa-quiet-stats-')), 'quiet.json');
  writeFileSync(
    file,
    JSON.stringify({
      quietPeriods: [
        {
          jurisdiction: '潞城区',
          scope: 'county',
          monthly: { fromDay: 1, toDay: 20 },
          exemptions: [COMPLAINT, '法定时限内须完成的核查'],
          basis: '潞城区企业安静期通知',
        },
      ],
    }),
  );
  await importFile(bot.store, 'quiet-periods', file, 'test');
  await visit({ from: '2026-11-02', to: '2026-11-02', quietExemption: COMPLAINT });
  await visit({ from: '2026-11-05', to: '2026-11-06', quietExemption: COMPLAINT });
  await visit({
    from: '2026-11-09',
    to: '2026-11-09',
    quietExemption: 'other',
    quietExemptionNote: '省厅督办',
  });
  await visit({ from: '2026-11-23', to: '2026-11-24' });
});
afterAll(() => bot?.close());

describe('on-site visits inside quiet periods in the statistics', () => {
  it('counts them by the exemption claimed, leaving out visits outside the quiet days', async () => {
    const directory = (await loadDirectory(bot.store.db))!;
    const { stats, report } = await statsReport(bot.store.db, directory, {
      period: { from: '2026-01-01', to: '2026-12-31' },
      today: '2026-11-26',
    });
    expect(stats.quietVisits).toEqual({
      total: 3,
      byExemption: [
        { exemption: COMPLAINT, count: 2 },
        { exemption: '其他（省厅督办）', count: 1 },
      ],
    });
    expect(report.totals).toContainEqual({ label: '安静期内入企现场检查', value: 3, measure: '次' });
    expect(report.figures.find((f) => f.id === 'quiet-exemption')?.rows).toEqual([
      { label: COMPLAINT, values: [2] },
      { label: '其他（省厅督办）', values: [1] },
    ]);
  });
});
