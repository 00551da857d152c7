import type { QuietChangeValues, QuietListItem } from '../../../../cards/upkeep/view.js';
import type { QuietPeriod } from '../../../domain/org.js';
import { describePeriod, isCalendarDate } from '../../../domain/rules/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import type { Reader } from '../../../store/store.js';
import { deleteQuietPeriod, findQuietRow, setQuietPeriodEnd, type QuietRow } from '../store/quiet-repo.js';

/** 屯留区：每月1日至20日，…有效，限规模以上工业企业 — one period in a line. */
export function periodLine(p: QuietPeriod): string {
  const who = p.enterprises?.length ? `${p.jurisdiction}（${p.enterprises.join('、')}）` : p.jurisdiction;
  const limited = p.categories?.length ? `，限${p.categories.join('、')}` : '';
  return `${who}：${describePeriod(p)}${limited}`;
}

export function listItem({ rowId, period }: QuietRow): QuietListItem {
  return { key: String(rowId), ref: period.id ?? '', text: periodLine(period), basis: period.basis };
}

export type QuietChange =
  | { change: 'end'; row: QuietRow; lastDay: string; reason: string }
  | { change: 'remove'; row: QuietRow; reason: string };

/** Which period, what to do with it and why; ending needs a last day inside the period's validity. */
export async function checkQuietChange(
  db: Reader,
  v: QuietChangeValues,
): Promise<{ ok: true; change: QuietChange } | { ok: false; problem: string }> {
  const rowId = Number(v.period);
  const row = Number.isInteger(rowId) && rowId > 0 ? await findQuietRow(db, rowId) : undefined;
  if (!row) return { ok: false, problem: '请选择要处理的安静期（所选安静期不存在或已删除）' };
  const reason = v.reason?.trim() ?? '';
  if (!reason) return { ok: false, problem: '「原因或依据」不能为空' };
  if (v.change === 'remove') return { ok: true, change: { change: 'remove', row, reason } };
  const lastDay = v.lastDay?.trim() ?? '';
  if (!lastDay || !isCalendarDate(lastDay)) return { ok: false, problem: '提前结束的，请填写最后一天' };
  const { from, to } = row.period;
  if (from && lastDay < from)
    return {
      ok: false,
      problem: `最后一天（${lastDay}）早于该安静期的开始日期（${from}）；如系误登记，请选择「删除」`,
    };
  if (to && lastDay >= to) return { ok: false, problem: `该安静期本就于${to}结束，无需提前结束` };
  return { ok: true, change: { change: 'end', row, lastDay, reason } };
}

/** Ends or removes the period, with its audit row, in the caller's transaction. */
export async function applyQuietChange(tx: Tx, c: QuietChange, actor: string): Promise<void> {
  const { rowId, period } = c.row;
  if (c.change === 'end') await setQuietPeriodEnd(tx, rowId, c.lastDay);
  else await deleteQuietPeriod(tx, rowId);
  await appendAudit(tx, {
    actor,
    action: c.change === 'end' ? 'quiet-period.ended' : 'quiet-period.removed',
    entity: 'quiet-periods',
    entityId: String(rowId),
    detail: { ...period, reason: c.reason, ...(c.change === 'end' ? { lastDay: c.lastDay } : {}) },
  });
}
