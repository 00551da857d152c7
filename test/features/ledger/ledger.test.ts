import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMessages } from '../../../db/schema/index.js';
import { bureauToday } from '../../../src/time.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { seedYear } from '../stats/support.js';

const YEAR = bureauToday().slice(0, 4);
const RANGE = `${YEAR}-01-01 至 ${YEAR}-12-31`;
const AUTH = { authorization: 'Bearer test-api-token' };

async function readBook(bytes: ArrayBuffer | Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return Object.fromEntries(
    wb.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [ws.name, rows];
    }),
  );
}

async function auditRows(bot: Bot, action: string) {
  const r = await bot.store.client.execute({
    sql: 'SELECT actor, detail FROM audit_log WHERE action = ? ORDER BY id',
    args: [action],
  });
  return r.rows;
}

describe('ledger with a Lark app', () => {
  let fake: FakeLark;
  let bot: Bot;
  beforeAll(async () => {
    fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
    bot = await startBot({ fakeLark: fake });
    await seedYear(bot);
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });

  it('「导出台账」 uploads the .xlsx and replies with it as a file message', async () => {
    await bot.sendText('ou_demo_director', `导出台账 ${RANGE}`);
    const file = await fake.waitFor(
      () => fake.sentTo('ou_demo_director').find((m) => m.msgType === 'file'),
      10_000,
    );
    const key = (JSON.parse(file.content) as { file_key: string }).file_key;
    const uploaded = fake.files.get(key)!;
    expect(uploaded).toMatchObject({
      fileType: 'xls',
      fileName: `执法台账_${YEAR}-01-01_${YEAR}-12-31.xlsx`,
    });
    const book = await readBook(uploaded.bytes);
    expect(Object.keys(book)).toEqual([
      '检查计划',
      '专项检查',
      '线索移送',
      '双随机抽查',
      '预警提醒',
      '送法入企',
    ]);
    expect(book['检查计划']?.[0]?.slice(0, 4)).toEqual(['编号', '状态', '承办单位', '申请人']);
    expect(book['检查计划']).toHaveLength(4);
    expect(book['线索移送']).toHaveLength(2);
    expect(String(book['检查计划']?.[1]?.[14])).toContain('同意');
    expect(JSON.stringify(book)).not.toContain('ou_demo');
    const text = fake
      .sentTo('ou_demo_director')
      .find((m) => m.msgType === 'text' && m.content.includes('执法台账'));
    expect(text?.content).toContain('检查计划 3 条');
    const audit = await auditRows(bot, 'ledger.exported');
    expect(audit.at(-1)?.actor).toBe('director');
  });

  it('refuses people who are not administrators or leaders, politely', async () => {
    await bot.sendText('ou_demo_lucheng_officer', `导出台账 ${RANGE}`);
    const reply = await fake.waitFor(() =>
      fake.sentTo('ou_demo_lucheng_officer').find((m) => m.content.includes('导出台账仅限')),
    );
    expect(reply.msgType).toBe('text');
  });

  it('answers a bad range in words', async () => {
    await bot.sendText('ou_demo_legal_head', '导出台账 2026-12-31 至 2026-01-01');
    const reply = await fake.waitFor(() =>
      fake.sentTo('ou_demo_legal_head').find((m) => m.content.includes('晚于结束日期')),
    );
    expect(reply).toBeDefined();
  });

  it('GET /api/v1/exports/ledger.xlsx streams the same workbook', async () => {
    const res = await fetch(`${bot.url}/api/v1/exports/ledger.xlsx?from=${YEAR}-01-01&to=${YEAR}-12-31`, {
      headers: AUTH,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = await readBook(await res.arrayBuffer());
    expect(book['检查计划']).toHaveLength(4);
    expect(book['双随机抽查']).toHaveLength(1);
  });

  it.each([
    ['?from=2026-02-30&to=2026-03-01', 400],
    ['?from=2026-03-01', 400],
    ['?from=2020-01-01&to=2026-01-01', 400],
  ])('refuses %s with %i', async (query, status) => {
    const res = await fetch(`${bot.url}/api/v1/exports/ledger.xlsx${query}`, { headers: AUTH });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toBeTruthy();
  });

  it('needs the API token', async () => {
    const res = await fetch(`${bot.url}/api/v1/exports/ledger.xlsx?from=${YEAR}-01-01&to=${YEAR}-12-31`);
    expect(res.status).toBe(401);
  });
});

describe('ledger in local mode', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('gives the simulator a signed download link that only an allowed holder can use', async () => {
    await bot.sendText('ou_demo_legal_head', `导出台账 ${RANGE}`);
    await bot.settle();
    const [message] = await bot.store.db
      .select()
      .from(localMessages)
      .where(eq(localMessages.openId, 'ou_demo_legal_head'));
    const link = /(http\S+\/exports\/ledger\.xlsx\?\S+)/.exec(
      (JSON.parse(message!.content) as { text: string }).text,
    )?.[1];
    expect(link).toBeDefined();
    const url = link!.replace(/^http:\/\/[^/]+/, bot.url);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(Object.keys(await readBook(await res.arrayBuffer()))).toHaveLength(6);
    expect((await fetch(url.replace(/t=[^&]+/, 't=forged.1.x'))).status).toBe(403);
  });
});
