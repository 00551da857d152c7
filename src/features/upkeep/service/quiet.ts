import { quietPeriods } from '../../../../db/schema/index.js';
import type { QuietFormValues } from '../../../../cards/upkeep/view.js';
import { loadEnterprises, quietPeriodRow } from '../../../directory/directory-repo.js';
import { parseQuietPeriodsFile } from '../../../directory/quiet-periods-file.js';
import type { Directory, QuietPeriod } from '../../../domain/org.js';
import { quietPeriodSheet, readOne, sheetContextOf } from '../../../domain/sheets/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Database, Tx } from '../../../store/db.js';

/** The card's answers checked as one row of a quiet-period sheet, then by the JSON file's own rules. */
export async function checkQuietPeriod(
  db: Database,
  directory: Directory,
  v: QuietFormValues,
): Promise<{ ok: true; period: QuietPeriod } | { ok: false; problem: string }> {
  const ctx = sheetContextOf(directory, await loadEnterprises(db));
  const read = readOne(
    quietPeriodSheet,
    [
      ['地区', v.area ?? ''],
      ['适用企业', v.enterprises ?? ''],
      ['开始日期', v.from ?? ''],
      ['结束日期', v.to ?? ''],
      ['依据文件', v.basis ?? ''],
    ],
    ctx,
  );
  if (!read.ok) return read;
  const checked = parseQuietPeriodsFile({ quietPeriods: [read.record] });
  if (!checked.ok) return { ok: false, problem: checked.errors.join('；') };
  const [period] = checked.value;
  return period ? { ok: true, period } : { ok: false, problem: '未能读取安静期' };
}

/** Adds one quiet period to the calendar, with its audit row, in the caller's transaction. */
export async function addQuietPeriod(tx: Tx, period: QuietPeriod, actor: string): Promise<void> {
  const [row] = await tx
    .insert(quietPeriods)
    .values(quietPeriodRow(period))
    .returning({ id: quietPeriods.id });
  await appendAudit(tx, {
    actor,
    action: 'quiet-period.added',
    entity: 'quiet-periods',
    entityId: String(row?.id ?? ''),
    detail: { ...period },
  });
}
