import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings } from '../../../db/schema/index.js';
import { loadEnterprises } from '../../../src/directory/directory-repo.js';
import { usccCheckChar } from '../../../src/domain/referrals/uscc.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { buttonValue, cardText, toast, type Json } from '../referrals/helpers.js';
import * as sheets from './sheet-support.js';
import { csv, HEAD, texts } from './sheet-support.js';

/** 确认导入 answers at once and the work queue writes the records (a larger sheet, a double click, a failure). */

const ADMIN = 'ou_demo_legal_head';
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

let fake: FakeLark;
let bot: Bot;
let shiftMs = 0;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => new Date(Date.now() + shiftMs) });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

/** A valid, distinct 统一社会信用代码 for row i. */
function uscc(i: number): string {
  let body = '';
  for (let n = i, k = 0; k < 11; k++, n = Math.floor(n / 31)) body += CHARSET[n % 31];
  const code = `911404${body}`;
  return code + usccCheckChar(code);
}

const registry = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => [
    i + 1,
    `长治${tag}测试${i}有限公司`,
    uscc(i + 1),
    '上党区',
    '化工',
    '否',
  ]);

/** Sends a registry of `n` rows as CSV; returns the import card's confirm button and the card's message id. */
async function checked(n: number, tag: string) {
  await sheets.sendFile(fake, bot, ADMIN, `${tag}.csv`, Buffer.from(csv([HEAD, ...registry(n, tag)])));
  const message = sheets.lastCardMessage(fake, ADMIN);
  const confirm = buttonValue(JSON.parse(message.content) as Json, 'upkeep.import.confirm');
  return { confirm, openMessageId: message.messageId, token: String(confirm.token) };
}

async function one(sql: string, args: (string | number)[] = []) {
  return (await bot.store.client.execute({ sql, args })).rows[0];
}

const status = async (token: string) =>
  (await one('SELECT status FROM pending_imports WHERE token = ?', [token]))?.status;

const audited = async (action: string, token: string) =>
  (await sheets.audits(bot, action)).filter((a) => a.entity_id === token);

describe('确认导入 through the work queue', () => {
  it('answers a 3,000-row sheet at once with 导入中; the queue writes it, patches the card and tells the sender', async () => {
    const { confirm, openMessageId, token } = await checked(3000, '大批');
    const answer = (await bot.click(ADMIN, confirm, { openMessageId })) as Json;
    expect(toast(answer)).toEqual({ type: 'info', content: '正在导入，完成后通知您' });
    expect(cardText(answer.card as Json)).toContain('导入中，完成后通知您');
    expect(await audited('sheet-import.confirmed', token)).toHaveLength(1);

    await bot.settle();
    expect(await status(token)).toBe('applied');
    const written = await loadEnterprises(bot.store.db);
    expect(written).toHaveLength(3000);
    expect(written.find((e) => e.uscc === uscc(3000))?.name).toBe('长治大批测试2999有限公司');
    const job = await one('SELECT status FROM inbox WHERE event_id = ?', [`upkeep.import.apply:${token}`]);
    expect(job?.status).toBe('done');
    expect(cardText(sheets.lastCard(fake, ADMIN))).toContain('已导入 3000 条');
    expect(texts(fake.sentTo(ADMIN)).at(-1)).toBe('《大批.csv》已导入 3000 条。');
    expect(await audited('sheet-import.applied', token)).toHaveLength(1);
  });

  it('applies once when 确认导入 is clicked twice at the same time', async () => {
    const { confirm, openMessageId, token } = await checked(200, '双击');
    const imported = (await sheets.audits(bot, 'enterprises.imported')).length;
    const answers = (await Promise.all([
      bot.click(ADMIN, confirm, { openMessageId }),
      bot.click(ADMIN, confirm, { openMessageId }),
    ])) as Json[];
    const toasts = answers.map((a) => toast(a));
    expect(toasts).toContainEqual({ type: 'info', content: '正在导入，完成后通知您' });
    expect(toasts).toContainEqual({ type: 'info', content: '该文件正在导入，完成后通知您。' });
    await bot.settle();
    expect(await status(token)).toBe('applied');
    expect(await audited('sheet-import.applied', token)).toHaveLength(1);
    expect(await sheets.audits(bot, 'enterprises.imported')).toHaveLength(imported + 1);
    expect(await loadEnterprises(bot.store.db)).toHaveLength(200);
    const again = (await bot.click(ADMIN, confirm, { openMessageId })) as Json;
    expect(toast(again)).toEqual({ type: 'info', content: '该文件已导入。' });
  });

  it('writes nothing when the apply fails part-way, marks the import failed and tells the sender', async () => {
    const before = await loadEnterprises(bot.store.db);
    const imported = (await sheets.audits(bot, 'enterprises.imported')).length;
    const { confirm, openMessageId, token } = await checked(500, '失败');
    // The stored records are damaged after the check: the last one's name is gone, so the insert of
    // the last batch fails after the registry was cleared and 400 rows were written.
    await bot.store.client.execute({
      sql: `UPDATE pending_imports SET prepared = json_set(prepared, '$.prepared.records[#-1].name', json('null')) WHERE token = ?`,
      args: [token],
    });
    const answer = (await bot.click(ADMIN, confirm, { openMessageId })) as Json;
    expect(toast(answer)).toEqual({ type: 'info', content: '正在导入，完成后通知您' });
    await bot.settle();

    expect(await status(token)).toBe('failed');
    expect(await loadEnterprises(bot.store.db)).toEqual(before);
    expect(await sheets.audits(bot, 'enterprises.imported')).toHaveLength(imported);
    expect(await audited('sheet-import.applied', token)).toHaveLength(0);
    expect(await audited('sheet-import.failed', token)).toHaveLength(1);
    expect(cardText(sheets.lastCard(fake, ADMIN))).toContain('导入未成功，未作任何更改');
    expect(texts(fake.sentTo(ADMIN)).at(-1)).toBe(
      '《失败.csv》导入未成功，未作任何更改。请稍后重新发送文件。',
    );
    const again = (await bot.click(ADMIN, confirm, { openMessageId })) as Json;
    expect(toast(again)).toEqual({ type: 'info', content: '该导入未成功，请重新发送文件。' });
  });

  it('keeps a checked sheet for the minutes of the setting imports.expiryMinutes', async () => {
    await bot.store.write((tx) => tx.insert(settings).values({ key: 'imports.expiryMinutes', value: '10' }));
    const { confirm, openMessageId } = await checked(3, '过期');
    shiftMs += 11 * 60_000;
    const late = (await bot.click(ADMIN, confirm, { openMessageId })) as Json;
    expect(toast(late)).toEqual({ type: 'error', content: '该导入已过期，请重新发送文件。' });
  });
});
