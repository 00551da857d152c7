import type { MessageIntent } from '../../../app/message-router.js';
import { replyFile } from '../../../app/replies.js';
import { mayExportLedger } from '../../../domain/admins.js';
import { FILE_UPLOAD_LIMIT } from '../../../outbox/files.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { bureauToday } from '../../../time.js';
import { issueLinkToken, linkSecret, LINK_DAYS } from '../../stats/index.js';
import { LedgerUnavailable, ledgerBytes } from '../export/ledger-file.js';
import { ledgerFileName } from '../export/ledger-range.js';
import { rangeFromText } from '../range-input.js';

const ASK = /^导出台账(.*)$/s;

const REFUSED = '抱歉，导出台账仅限管理员、局长和分管局长办理。如需台账，请联系局内管理员。';

function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([sheet, n]) => `${sheet} ${n} 条`)
    .join('，');
}

/**
 * 「导出台账 [起止日期]」: the ledger as an .xlsx in chat. With a Lark app the file is uploaded and sent
 * as a file message; in local mode (no app to upload through) the answer is a signed download link.
 */
export const exportLedgerIntent: MessageIntent = {
  name: 'ledger.export',
  matches: (text) => ASK.test(text),
  async handle(ctx) {
    const person = ctx.identity.person;
    if (!mayExportLedger(ctx.directory, person.id)) return ctx.answer(REFUSED);
    const now = ctx.services.now();
    const asked = rangeFromText(ASK.exec(ctx.msg.text)?.[1] ?? '', bureauToday(now));
    if (!asked.ok) return ctx.answer(asked.message);
    const { range } = asked;
    const name = ledgerFileName(range);
    const audit =
      (detail: Record<string, unknown>) => (tx: Parameters<Parameters<typeof ctx.commit>[0]>[0]) =>
        appendAudit(tx, {
          actor: person.id,
          action: 'ledger.exported',
          entity: 'ledger',
          entityId: `${range.from}..${range.to}`,
          detail: { from: range.from, to: range.to, ...detail },
        });
    const files = ctx.services.files;
    if (!files) {
      const token = issueLinkToken(await linkSecret(ctx.services.store), ctx.msg.openId, now);
      const link = `${ctx.services.config.publicBaseUrl}/exports/ledger.xlsx?t=${encodeURIComponent(token)}&from=${range.from}&to=${range.to}`;
      return ctx.commit(async (tx) => {
        await audit({ via: 'link' })(tx);
        await ctx.reply(
          tx,
          `执法台账（${range.from} 至 ${range.to}）已生成，请在 ${LINK_DAYS} 日内下载：\n${link}`,
        );
      });
    }
    const made = await ledgerBytes(
      ctx.services.store.db,
      range,
      ctx.directory.bureau,
      FILE_UPLOAD_LIMIT,
    ).catch((e: unknown) => {
      if (e instanceof LedgerUnavailable) return { unavailable: e.message };
      throw e;
    });
    if ('unavailable' in made) return ctx.answer(made.unavailable);
    if ('tooLarge' in made) return ctx.answer('台账文件超过 30 MB，无法在飞书中发送，请缩短日期范围后重试。');
    const fileKey = await files.upload(name, made.bytes);
    await ctx.commit(async (tx) => {
      await audit({ via: 'file', counts: made.counts })(tx);
      await ctx.reply(tx, `执法台账（${range.from} 至 ${range.to}）：${countsText(made.counts)}。`);
      await replyFile(tx, ctx.msg.messageId, ctx.msg.openId, fileKey);
    });
  },
};
