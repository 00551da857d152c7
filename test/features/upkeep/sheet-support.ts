import ExcelJS from 'exceljs';
import { randomLarkId } from '../../../src/lark/payloads.js';
import type { FakeLark, FakeMessage } from '../../support/fake-lark.js';
import type { Bot } from '../../support/harness.js';
import type { Json } from '../referrals/helpers.js';
import { push } from '../referrals/messages-support.js';

/** Spreadsheets sent to the bot in chat, and what it answers: shared by the sheet-import tests. */

export const HEAD = ['序号', '单位名称', '统一社会信用代码', '所在县区', '行业类别', '重点排污单位'];

export async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名录');
  ws.addRow(['长治市企业名录']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const csv = (rows: unknown[][]) => rows.map((r) => r.join(',')).join('\r\n');

/** Sends `bytes` as a file message from `openId`; returns what the bot sent them after. */
export async function sendFile(
  fake: FakeLark,
  bot: Bot,
  openId: string,
  name: string,
  bytes: Buffer | Uint8Array,
) {
  const messageId = randomLarkId('om');
  const key = `file_v3_${messageId}`;
  fake.resources.add(messageId, key, {
    type: 'file',
    bytes: Buffer.from(bytes),
    mimeType: 'application/octet-stream',
    fileName: name,
  });
  const before = fake.sentTo(openId).length;
  await push(
    bot,
    openId,
    { messageId, typed: { messageType: 'file', content: { file_key: key, file_name: name } } },
    fake,
  );
  await bot.settle();
  return { messageId, sent: fake.sentTo(openId).slice(before) };
}

/** The last card sent to `openId`, as Lark holds it now (after any patch). */
export function lastCardMessage(fake: FakeLark, openId: string): FakeMessage {
  const m = fake
    .sentTo(openId)
    .filter((x) => x.msgType === 'interactive')
    .at(-1);
  if (!m) throw new Error(`no card to ${openId}`);
  return m;
}

export const lastCard = (fake: FakeLark, openId: string): Json =>
  JSON.parse(lastCardMessage(fake, openId).content) as Json;

export const texts = (sent: { msgType: string; content: string }[]) =>
  sent.filter((m) => m.msgType === 'text').map((m) => String((JSON.parse(m.content) as Json).text));

export async function audits(bot: Bot, action: string) {
  const r = await bot.store.client.execute({
    sql: 'SELECT actor, entity_id, detail FROM audit_log WHERE action = ? ORDER BY id',
    args: [action],
  });
  return r.rows;
}
