import type { PositiveFormValues } from '../../../../cards/upkeep/view.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { setListed } from '../../../directory/positive-list-repo.js';
import type { Directory } from '../../../domain/org.js';
import {
  positiveListSheet,
  readOne,
  sheetContextOf,
  type PositiveListRecord,
} from '../../../domain/sheets/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Database, Tx } from '../../../store/db.js';

export type PositiveChange = PositiveListRecord & { change: 'add' | 'remove'; basis: string };

/** The card's answers checked as one positive-list row; taking an enterprise off needs only it and a basis. */
export async function checkPositiveChange(
  db: Database,
  directory: Directory,
  v: PositiveFormValues,
): Promise<{ ok: true; change: PositiveChange } | { ok: false; problem: string }> {
  const change = v.change ?? 'add';
  const ctx = sheetContextOf(directory, await loadEnterprises(db));
  const dated = change === 'add';
  const read = readOne(
    positiveListSheet,
    [
      ['单位名称', v.enterprise ?? ''],
      ['开始日期', dated ? (v.from ?? '') : ''],
      ['结束日期', dated ? (v.to ?? '') : ''],
      ['依据文件', v.basis ?? ''],
    ],
    ctx,
  );
  if (!read.ok) return read;
  if (!read.record.basis) return { ok: false, problem: '「依据文件」不能为空' };
  return { ok: true, change: { ...read.record, basis: read.record.basis, change } };
}

/** Puts the enterprise on the list or takes it off, with its audit row (the basis is kept there). */
export async function applyPositiveChange(tx: Tx, c: PositiveChange, actor: string): Promise<void> {
  await setListed(tx, c.uscc, c.change === 'add' ? { from: c.from, to: c.to } : undefined);
  await appendAudit(tx, {
    actor,
    action: c.change === 'add' ? 'positive-list.added' : 'positive-list.removed',
    entity: 'enterprise',
    entityId: c.uscc,
    detail: { name: c.name, from: c.from, to: c.to, basis: c.basis },
  });
}
