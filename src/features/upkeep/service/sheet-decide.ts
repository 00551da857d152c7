import { sheetImportCard } from '../../../../cards/upkeep/import.js';
import type { SheetImportView } from '../../../../cards/upkeep/view.js';
import type { CardResponse } from '../../../app/card-router.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { upkeepRefusal } from '../refusals.js';
import { claimPendingImport, loadPendingImport, type ClaimedImport } from '../store/pending-import-repo.js';
import { queueSheetApply } from './sheet-apply.js';

export interface ImportDecision {
  token: string;
  sha256: string;
  openId: string;
  /** Who clicked, as the card names them. */
  by: string;
  actor: string;
  at: string;
  skipInvalid?: boolean;
  /** The clicked card, patched with the result once the queue has applied the sheet. */
  openMessageId?: string;
}

const ALREADY: Record<string, string> = {
  importing: '该文件正在导入，完成后通知您。',
  applied: '该文件已导入。',
  failed: '该导入未成功，请重新发送文件。',
  cancelled: '该导入已取消。',
};

/** Why a claim found nothing: done already, expired, or not this person's (or not this file's). */
async function whyNot(tx: Tx, d: ImportDecision): Promise<never> {
  const row = await loadPendingImport(tx, d.token);
  if (!row || row.sha256 !== d.sha256) throw upkeepRefusal('NOT_FOUND', '找不到该导入，请重新发送文件。');
  if (row.openId !== d.openId) throw upkeepRefusal('NOT_ALLOWED', '仅发送该文件的管理员可确认导入。');
  const already = ALREADY[row.status];
  if (already) throw upkeepRefusal('ALREADY_HANDLED', already);
  throw upkeepRefusal('EXPIRED', '该导入已过期，请重新发送文件。');
}

/** What `checkApplicable` will say at apply time, told from the counts so the click stays quick. */
function refuseInapplicable(row: ClaimedImport, skipInvalid: boolean): void {
  if (row.errors && !(skipInvalid && row.rowErrors === row.errors))
    throw upkeepRefusal(
      'BAD_INPUT',
      '表中有错误的行，不能直接导入；可修改后重新发送，或选择“跳过错误行导入”。',
    );
  if (row.errors && row.records === 0) throw upkeepRefusal('BAD_INPUT', '没有一行无误的记录，未作任何更改。');
}

const viewOf = (row: ClaimedImport) => JSON.parse(row.view) as SheetImportView;

/**
 * 确认导入 (or 跳过错误行导入): claims the waiting import (the first click wins) and queues its apply,
 * which may take longer than a card callback may (docs/lark-platform.md §3.1); the card shows 导入中
 * until the queue patches it with the result. A refusal rolls the claim back.
 */
export async function confirmImport(tx: Tx, d: ImportDecision): Promise<CardResponse> {
  const row = await claimPendingImport(tx, { ...d, to: 'importing' });
  if (!row) return whyNot(tx, d);
  refuseInapplicable(row, !!d.skipInvalid);
  await queueSheetApply(tx, {
    token: d.token,
    openId: d.openId,
    by: d.by,
    actor: d.actor,
    skipInvalid: !!d.skipInvalid,
    openMessageId: d.openMessageId ?? '',
  });
  await appendAudit(
    tx,
    {
      actor: d.actor,
      action: 'sheet-import.confirmed',
      entity: 'sheet-import',
      entityId: d.token,
      detail: { kind: row.kind, file: row.fileName, sha256: row.sha256, skipInvalid: !!d.skipInvalid },
    },
    d.at,
  );
  return {
    toast: { type: 'info', content: '正在导入，完成后通知您' },
    card: sheetImportCard({ ...viewOf(row), decided: { what: 'importing', by: d.by } }),
  };
}

/** 取消: the waiting import is dropped; nothing else changes. */
export async function cancelImport(tx: Tx, d: ImportDecision): Promise<CardResponse> {
  const row = await claimPendingImport(tx, { ...d, to: 'cancelled' });
  if (!row) return whyNot(tx, d);
  await appendAudit(
    tx,
    {
      actor: d.actor,
      action: 'sheet-import.cancelled',
      entity: 'sheet-import',
      entityId: d.token,
      detail: { kind: row.kind, file: row.fileName, sha256: row.sha256 },
    },
    d.at,
  );
  return {
    toast: { type: 'info', content: '已取消导入。' },
    card: sheetImportCard({ ...viewOf(row), decided: { what: 'cancelled', by: d.by } }),
  };
}
