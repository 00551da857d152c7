import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import { call, COKING, outreachBody, STEEL, warningBody } from '../prevention/support.js';

const AUTH = { authorization: 'Bearer test-api-token' };

async function readBook(bytes: ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return Object.fromEntries(
    wb.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [ws.name, rows];
    }),
  );
}

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => new Date('2026-11-26T02:00:00Z') });
  expect((await call(bot, '/api/v1/warnings', warningBody())).status).toBe(201);
  const coking = warningBody({
    enterprise: COKING.uscc,
    source: 'power-usage',
    risk: '停产期间用电量异常升高',
  });
  expect((await call(bot, '/api/v1/warnings', coking)).status).toBe(201);
  expect((await call(bot, '/api/v1/warnings/YJ-2026-0002/escalate', {})).status).toBe(201);
  const held = await call(bot, '/api/v1/outreach', outreachBody({ enterprises: [STEEL.uscc, COKING.uscc] }));
  expect(held.status).toBe(201);
  // Held the year before: outside the range exported below.
  expect((await call(bot, '/api/v1/outreach', outreachBody({ date: '2025-12-30' }))).status).toBe(201);
  await bot.settle();
});
afterAll(() => bot.close());

describe('the ledger’s 预警提醒 and 送法入企 sheets', () => {
  it('lists the year’s warnings and activities under Chinese headers, with no open_id', async () => {
    const res = await fetch(`${bot.url}/api/v1/exports/ledger.xlsx?from=2026-01-01&to=2026-12-31`, {
      headers: AUTH,
    });
    expect(res.status).toBe(200);
    const book = await readBook(await res.arrayBuffer());
    expect(Object.keys(book).slice(-2)).toEqual(['预警提醒', '送法入企']);

    const warnings = book['预警提醒']!;
    expect(warnings[0]?.slice(0, 6)).toEqual([
      '编号',
      '状态',
      '发现单位',
      '发送人',
      '企业名称',
      '统一社会信用代码',
    ]);
    expect(warnings).toHaveLength(3);
    const [, steel, coking] = warnings as string[][];
    expect(steel?.slice(0, 2)).toEqual(['YJ-2026-0001', '已提醒']);
    expect(steel?.[4]).toBe(STEEL.name);
    expect(steel?.[7]).toBe('长治市生态环境局潞城分局');
    expect(coking?.slice(0, 2)).toEqual(['YJ-2026-0002', '已转线索移送']);
    expect(coking?.[8]).toBe('用电用能监控');
    expect(coking?.[12]).toMatch(/^XS-2026-\d{4}$/);

    const outreach = book['送法入企']!;
    expect(outreach[0]).toEqual([
      '编号',
      '活动日期',
      '组织单位',
      '活动形式',
      '主题',
      '覆盖企业数',
      '覆盖企业',
      '工作人员',
      '登记人',
      '登记时间',
    ]);
    expect(outreach).toHaveLength(2);
    const activity = outreach[1] as (string | number)[];
    expect(activity.slice(1, 3)).toEqual(['2026-11-20', '长治市生态环境局潞城分局']);
    expect(activity[5]).toBe(2);
    expect(String(activity[6])).toContain(`${STEEL.name}（${STEEL.uscc}）`);
    expect(String(activity[6])).toContain(COKING.name);
    expect(JSON.stringify(book)).not.toContain('ou_demo');
  });

  it('leaves out what falls outside the range', async () => {
    const res = await fetch(`${bot.url}/api/v1/exports/ledger.xlsx?from=2025-12-01&to=2025-12-31`, {
      headers: AUTH,
    });
    const book = await readBook(await res.arrayBuffer());
    expect(book['预警提醒']).toHaveLength(1);
    expect(book['送法入企']).toHaveLength(2);
    expect((book['送法入企']?.[1] as string[])[1]).toBe('2025-12-30');
  });
});
