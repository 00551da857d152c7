import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnterprises, loadQuietPeriods } from '../../../src/directory/directory-repo.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { gb18030 } from '../../support/gb18030.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { buttonValue, cardText, cardTitle, toast, type Json } from '../referrals/helpers.js';
import { push } from '../referrals/messages-support.js';
import { SAMPLE_LABELLED } from '../../domain/referrals/fixtures.js';
import * as sheets from './sheet-support.js';
import { csv, HEAD, texts, workbook } from './sheet-support.js';

const ADMIN = 'ou_demo_legal_head';
const OFFICER = 'ou_demo_lucheng_officer';
const GOOD = [
  [1, '长治示例焦化有限公司', '91140404A10YRXXR9P', '上党区', '焦化', '是'],
  [2, '长治示例医药有限公司', '9114047195FNJANWHJ', '长治高新区', '医药', '否'],
  [3, '长治导入测试化工有限公司', '91140406W20GL578PP', '潞城区', '化工', '否'],
];

const LIMIT = 64 * 1024;

let fake: FakeLark;
let bot: Bot;
let shiftMs = 0;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({
    fakeLark: fake,
    env: { ATTACHMENT_MAX_BYTES: String(LIMIT) },
    now: () => new Date(Date.now() + shiftMs),
  });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

const sendFile = (openId: string, name: string, bytes: Buffer | Uint8Array) =>
  sheets.sendFile(fake, bot, openId, name, bytes);
const lastCard = (openId: string) => sheets.lastCard(fake, openId);
const audits = (action: string) => sheets.audits(bot, action);

/** Clicks a button of the last import card sent to ADMIN, on that card; the queue then runs. */
async function clickImport(value: Record<string, unknown>): Promise<Json> {
  const openMessageId = sheets.lastCardMessage(fake, ADMIN).messageId;
  const answer = (await bot.click(ADMIN, value, { openMessageId })) as Json;
  await bot.settle();
  return answer;
}

const IMPORTING = { type: 'info', content: '正在导入，完成后通知您' };

describe('a spreadsheet sent in chat', () => {
  it('checks an administrator’s enterprise workbook, shows the counts and imports it once on 确认导入', async () => {
    const { sent } = await sendFile(ADMIN, '企业名录.xlsx', await workbook([HEAD, ...GOOD]));
    expect(texts(sent)[0]).toBe('已收到《企业名录.xlsx》，正在校验，稍后回复结果。');
    const card = lastCard(ADMIN);
    expect(cardTitle(card)).toBe('导入企业名录');
    expect(cardText(card)).toContain('有误 0');
    expect(cardText(card)).toMatch(/新增 \d+，变更 \d+，未变 \d+/);
    expect(await audits('sheet-import.checked')).toHaveLength(1);

    const confirm = buttonValue(card, 'upkeep.import.confirm');
    const first = await clickImport(confirm);
    expect(toast(first)).toEqual(IMPORTING);
    expect(cardText(first.card as Json)).toContain('导入中，完成后通知您');
    expect(JSON.stringify(first.card)).not.toContain('upkeep.import.confirm');
    expect(cardText(lastCard(ADMIN))).toContain('已导入 3 条');
    expect(texts(fake.sentTo(ADMIN)).at(-1)).toBe('《企业名录.xlsx》已导入 3 条。');
    const registry = await loadEnterprises(bot.store.db);
    expect(registry.map((e) => e.uscc).sort()).toEqual(GOOD.map((r) => r[2]).sort());

    const second = (await bot.click(ADMIN, confirm)) as Json;
    expect(toast(second)).toEqual({ type: 'info', content: '该文件已导入。' });
    expect(await audits('sheet-import.applied')).toHaveLength(1);
    expect((await audits('enterprises.imported')).filter((a) => a.actor === 'legal-head')).toHaveLength(1);
    const cancel = (await bot.click(ADMIN, buttonValue(card, 'upkeep.import.cancel'))) as Json;
    expect(toast(cancel)?.type).toBe('info');
  });

  it('lists invalid rows by row and column, refuses 确认导入 and imports the good rows on 跳过错误行导入', async () => {
    const rows = [HEAD, GOOD[0]!, [2, '长治错误代码有限公司', '91140404A10YRXXR9X', '上党区', '焦化', '是']];
    await sendFile(ADMIN, '名录.csv', Buffer.from(csv(rows)));
    const card = lastCard(ADMIN);
    expect(cardText(card)).toContain('有误 1');
    expect(cardText(card)).toMatch(/第 3 行「统一社会信用代码」/);
    expect(JSON.stringify(card)).not.toContain('确认导入');
    const skip = buttonValue(card, 'upkeep.import.confirm');
    expect(skip.skipInvalid).toBe(true);

    const forged = await clickImport({ ...skip, skipInvalid: false });
    expect(toast(forged)?.type).toBe('error');
    expect(await audits('sheet-import.applied')).toHaveLength(1);

    const other = (await bot.click(OFFICER, skip)) as Json;
    expect(toast(other)?.type).toBe('error');

    const tampered = (await bot.click(ADMIN, { ...skip, sha256: '0'.repeat(64) })) as Json;
    expect(toast(tampered)?.type).toBe('error');

    const done = await clickImport(skip);
    expect(toast(done)).toEqual(IMPORTING);
    expect(cardText(lastCard(ADMIN))).toContain('已导入 1 条，有误的行已跳过');
    expect((await loadEnterprises(bot.store.db)).map((e) => e.uscc)).toEqual(['91140404A10YRXXR9P']);
    expect(await audits('sheet-import.applied')).toHaveLength(2);
  });

  it('imports quiet periods from a GB18030 CSV, the kind told by its headers', async () => {
    const text = csv([
      ['地区', '适用范围', '适用企业', '开始日期', '结束日期', '依据文件'],
      ['潞城', '', '', '2027/3/1', '2027/3/10', '区政府通知'],
    ]);
    await sendFile(ADMIN, '安静期.csv', gb18030(text));
    const card = lastCard(ADMIN);
    expect(cardTitle(card)).toBe('导入企业安静期');
    const done = await clickImport(buttonValue(card, 'upkeep.import.confirm'));
    expect(toast(done)).toEqual(IMPORTING);
    expect(await loadQuietPeriods(bot.store.db)).toMatchObject([
      { jurisdiction: '潞城区', from: '2027-03-01', to: '2027-03-10', basis: '区政府通知' },
    ]);
  });

  it('asks which list a sheet is when its headers do not tell', async () => {
    const rows = [
      ['单位名称', '统一社会信用代码', '所在县区', '正面清单起止日期', '依据文件'],
      ['长治示例焦化有限公司', '91140404A10YRXXR9P', '上党区', '2027-01-01至2027-06-30', '长环函〔2027〕1号'],
    ];
    await sendFile(ADMIN, '清单.xlsx', await workbook(rows));
    const choice = lastCard(ADMIN);
    expect(cardTitle(choice)).toBe('请选择导入内容');
    const value = buttonValue(choice, 'upkeep.import.kind');
    await bot.click(ADMIN, { ...value, kind: 'positive-list' });
    await bot.settle();
    const card = lastCard(ADMIN);
    expect(cardTitle(card)).toBe('导入监督执法正面清单');
    await clickImport(buttonValue(card, 'upkeep.import.confirm'));
    const listed = (await loadEnterprises(bot.store.db)).filter((e) => e.positiveList);
    expect(listed).toMatchObject([{ uscc: '91140404A10YRXXR9P', positiveListFrom: '2027-01-01' }]);
  });

  it('offers a spreadsheet sent just after a referral as its 移交材料, not as an import', async () => {
    await push(bot, ADMIN, { text: SAMPLE_LABELLED }, fake);
    const checked = (await audits('sheet-import.checked')).length;
    await sendFile(ADMIN, '现场检查记录.xlsx', await workbook([HEAD, ...GOOD]));
    expect(cardText(lastCard(ADMIN))).toContain('是否作为刚才的线索移送表的移交材料附上？');
    expect(await audits('sheet-import.checked')).toHaveLength(checked);
  });

  it('refuses 确认导入 once the checked sheet has expired, and a file over the size limit', async () => {
    shiftMs += 10 * 60_000; // past the referral's offer window of the test before
    await sendFile(ADMIN, '企业名录.xlsx', await workbook([HEAD, ...GOOD]));
    const confirm = buttonValue(lastCard(ADMIN), 'upkeep.import.confirm');
    shiftMs += 61 * 60_000;
    const late = (await bot.click(ADMIN, confirm)) as Json;
    expect(toast(late)).toEqual({ type: 'error', content: '该导入已过期，请重新发送文件。' });

    const rows = Array.from({ length: 3000 }, (_, i) => [
      i,
      `长治超限测试${i}有限公司`,
      '91140404A10YRXXR9P',
      '上党区',
      '焦化',
      '是',
    ]);
    const { sent } = await sendFile(ADMIN, '大表.csv', Buffer.from(csv([HEAD, ...rows])));
    expect(texts(sent).at(-1)).toBe('文件超过 64 KB 的上限，未能读取。请拆分后发送，或用命令行导入。');

    shiftMs += 25 * 3600_000;
    const kept = (await bot.store.client.execute('SELECT count(*) AS n FROM pending_imports')).rows[0]?.n;
    await sendFile(ADMIN, '企业名录.xlsx', await workbook([HEAD, ...GOOD]));
    const left = await bot.store.client.execute('SELECT count(*) AS n FROM pending_imports');
    expect(Number(kept)).toBeGreaterThan(1);
    expect(Number(left.rows[0]?.n)).toBe(1);
  });

  it('refuses anyone else politely and downloads nothing', async () => {
    const downloads = fake.resources.downloads.length;
    const { sent } = await sendFile(OFFICER, '企业名录.xlsx', await workbook([HEAD, ...GOOD]));
    expect(texts(sent)).toEqual([
      '抱歉，通过表格导入企业名录、安静期或正面清单仅限管理员办理。如需更新，请将表格交局内管理员。',
    ]);
    expect(fake.resources.downloads.length).toBe(downloads);
  });
});
