import type { QuietFormValues } from '../../../../cards/upkeep/view.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { parseQuietPeriodsFile } from '../../../directory/quiet-periods-file.js';
import type { Directory, QuietPeriod } from '../../../domain/org.js';
import { readQuietEntry, sheetContextOf } from '../../../domain/sheets/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Database, Tx } from '../../../store/db.js';
import { insertQuietPeriod } from '../store/quiet-repo.js';

/** The card's answers read as a notice's period, then checked by the calendar file's own rules. */
export async function checkQuietPeriod(
  db: Database,
  directory: Directory,
  v: QuietFormValues,
): Promise<{ ok: true; period: QuietPeriod } | { ok: false; problem: string }> {
  const ctx = sheetContextOf(directory, await loadEnterprises(db));
  const read = readQuietEntry(v, ctx);
  if (!read.ok) return { ok: false, problem: read.problems.join('；') };
  const checked = parseQuietPeriodsFile({ quietPeriods: [read.period] });
  if (!checked.ok) return { ok: false, problem: checked.errors.join('；') };
  const [period] = checked.value;
  // The file parser numbers a period by its place in the file; a period from chat gets its own id.
  return period
    ? { ok: true, period: { ...period, id: undefined } }
    : { ok: false, problem: '未能读取安静期' };
}

/** Adds one quiet period to the calendar, with its audit row, in the caller's transaction. */
export async function addQuietPeriod(tx: Tx, period: QuietPeriod, actor: string): Promise<QuietPeriod> {
  const { rowId, period: added } = await insertQuietPeriod(tx, period);
  await appendAudit(tx, {
    actor,
    action: 'quiet-period.added',
    entity: 'quiet-periods',
    entityId: String(rowId),
    detail: { ...added },
  });
  return added;
}
