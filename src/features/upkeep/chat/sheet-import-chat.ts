import type { CardActionHandler } from '../../../app/card-router.js';
import type { ResourceHandler } from '../../../app/resource-handler.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { sheetFormat } from '../../../directory/sheet-files.js';
import { isAdministrator } from '../../../domain/admins.js';
import { NOT_ADMIN_SHEET, upkeepRefusal } from '../refusals.js';
import { cancelImport, confirmImport, type ImportDecision } from '../service/sheet-decide.js';
import { queueSheetImport } from '../service/sheet-import.js';

const KINDS = ['enterprises', 'quiet-periods', 'positive-list'] as const;

/** A file named .xlsx/.xlsm/.csv: what an import could be. */
const isSheet = (name?: string) => {
  const format = name ? sheetFormat(name) : undefined;
  return format === 'xlsx' || format === 'csv';
};

/**
 * Spreadsheets sent to the bot. `before` (referrals: files sent with or just after a referral are
 * offered as its 移交材料) is asked first and wins. Otherwise one spreadsheet from an administrator
 * in a one-to-one chat is queued for download and checking; anyone else sending one is refused
 * politely. Other files, and spreadsheets in a group, are left to the default answer.
 */
export function sheetImportOr(before?: ResourceHandler): ResourceHandler {
  return async (ctx) => {
    if (before && (await before(ctx))) return true;
    const { msg } = ctx;
    const sheet = msg.resources.find((r) => r.kind === 'file' && isSheet(r.name));
    if (!sheet || msg.chatType !== 'p2p') return false;
    if (!isAdministrator(ctx.directory, ctx.identity.person.id)) {
      await ctx.commit((tx) => ctx.reply(tx, NOT_ADMIN_SHEET));
      return true;
    }
    const job = {
      messageId: msg.messageId,
      openId: msg.openId,
      fileKey: sheet.key,
      fileName: sheet.name ?? '',
    };
    await ctx.commit(async (tx) => {
      await queueSheetImport(tx, job);
      await ctx.reply(tx, `已收到《${job.fileName}》，正在校验，稍后回复结果。`);
    });
    ctx.services.kickFollowUps();
    return true;
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function decisionOf(ctx: Parameters<CardActionHandler>[0]): ImportDecision {
  const { action, identity, services } = ctx;
  if (!isAdministrator(ctx.directory, identity.person.id))
    throw upkeepRefusal('NOT_ALLOWED', NOT_ADMIN_SHEET);
  return {
    token: str(action.value.token),
    sha256: str(action.value.sha256),
    openId: action.operatorOpenId,
    by: identity.person.name,
    actor: identity.person.id,
    at: services.now().toISOString(),
    skipInvalid: action.value.skipInvalid === true,
    openMessageId: action.openMessageId,
  };
}

/** A decision on the import card, in one transaction with the answer a retried callback gets again. */
const deciding =
  (decide: typeof confirmImport): CardActionHandler =>
  (ctx) =>
    toastOnRefusal(async () => {
      const d = decisionOf(ctx);
      return ctx.services.store.write(async (tx) => {
        const answer = await decide(tx, d);
        await ctx.remember(tx, answer);
        return answer;
      });
    });

/** 确认导入 / 跳过错误行导入. */
export const confirmImportAction = deciding(confirmImport);

/** 取消. */
export const cancelImportAction = deciding(cancelImport);

/** A kind chosen on the choice card: the file is fetched and checked as that kind. */
export const chooseKindAction: CardActionHandler = (ctx) =>
  toastOnRefusal(async () => {
    const { action, identity, services } = ctx;
    if (!isAdministrator(ctx.directory, identity.person.id))
      throw upkeepRefusal('NOT_ALLOWED', NOT_ADMIN_SHEET);
    const kind = KINDS.find((k) => k === action.value.kind);
    const job = {
      messageId: str(action.value.message),
      fileKey: str(action.value.key),
      fileName: str(action.value.name),
    };
    if (!kind || !job.messageId || !job.fileKey) throw upkeepRefusal('BAD_INPUT', '无效的选择。');
    const answer = { toast: { type: 'success' as const, content: '正在校验，稍后回复结果。' } };
    await services.store.write(async (tx) => {
      await queueSheetImport(tx, { ...job, openId: action.operatorOpenId, kind });
      await ctx.remember(tx, answer);
    });
    return answer;
  });
