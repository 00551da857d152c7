import { sheetImportCard } from '../../../../cards/upkeep/import.js';
import type { SheetImportView } from '../../../../cards/upkeep/view.js';
import type { CardResponse } from '../../../app/card-router.js';
import {
  applyPrepared,
  checkApplicable,
  ImportError,
  type PreparedImport,
} from '../../../directory/import-files.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { upkeepRefusal } from '../refusals.js';
import { claimPendingImport, loadPendingImport } from '../store/pending-import-repo.js';

export interface ImportDecision {
  token: string;
  sha256: string;
  openId: string;
  /** Who clicked, as the card names them. */
  by: string;
  actor: string;
  at: string;
  skipInvalid?: boolean;
}

/** Why a claim found nothing: done already, expired, or not this person's (or not this file's). */
async function whyNot(tx: Tx, d: ImportDecision): Promise<never> {
  const row = await loadPendingImport(tx, d.token);
  if (!row || row.sha256 !== d.sha256) throw upkeepRefusal('NOT_FOUND', '找不到该导入，请重新发送文件。');
  if (row.openId !== d.openId) throw upkeepRefusal('NOT_ALLOWED', '仅发送该文件的管理员可确认导入。');
  if (row.status !== 'pending')
    throw upkeepRefusal('ALREADY_HANDLED', row.status === 'applied' ? '该文件已导入。' : '该导入已取消。');
  throw upkeepRefusal('EXPIRED', '该导入已过期，请重新发送文件。');
}

type Stored = { prepared: PreparedImport; view: SheetImportView };

/**
 * 确认导入 (or 跳过错误行导入): claims the waiting import and writes exactly the records that were
 * checked, in one transaction with its audit rows; a refusal rolls the claim back.
 */
export async function confirmImport(tx: Tx, d: ImportDecision): Promise<CardResponse> {
  const row = await claimPendingImport(tx, { ...d, to: 'applied' });
  if (!row) return whyNot(tx, d);
  const { prepared, view } = row.prepared as Stored;
  try {
    checkApplicable(prepared, { skipInvalid: !!d.skipInvalid });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    throw upkeepRefusal(
      'BAD_INPUT',
      '表中有错误的行，不能直接导入；可修改后重新发送，或选择“跳过错误行导入”。',
    );
  }
  const applied = await applyPrepared(tx, prepared, d.actor);
  const skipped = prepared.errors.length > 0;
  await appendAudit(
    tx,
    {
      actor: d.actor,
      action: 'sheet-import.applied',
      entity: 'sheet-import',
      entityId: d.token,
      detail: {
        kind: row.kind,
        file: row.fileName,
        sha256: row.sha256,
        applied,
        skippedErrors: prepared.errors.length,
      },
    },
    d.at,
  );
  return {
    toast: { type: 'success', content: `已导入 ${applied} 条。` },
    card: sheetImportCard({ ...view, decided: { what: 'applied', by: d.by, applied, skipped } }),
  };
}

/** 取消: the waiting import is dropped; nothing else changes. */
export async function cancelImport(tx: Tx, d: ImportDecision): Promise<CardResponse> {
  const row = await claimPendingImport(tx, { ...d, to: 'cancelled' });
  if (!row) return whyNot(tx, d);
  const { view } = row.prepared as Stored;
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
    card: sheetImportCard({ ...view, decided: { what: 'cancelled', by: d.by } }),
  };
}
