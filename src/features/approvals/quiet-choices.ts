import type { Option } from '../../../cards/kit.js';
import type { PlanFormValues } from '../../../cards/approvals/view.js';
import { findEnterprises, loadQuietPeriods } from '../../directory/directory-repo.js';
import type { Directory, QuietPeriod } from '../../domain/org.js';
import { isCalendarDate, noticeExemptions, quietPeriodsHitting } from '../../domain/rules/index.js';
import type { Database } from '../../store/db.js';

/** Card size is limited (docs/lark-platform.md): a notice lists four or five, a dozen is plenty. */
const MAX_EXEMPTION_CHOICES = 12;

/**
 * The exemptions the plan form offers: those of the periods covering the chosen enterprises and
 * dates once both are known (a form shown again after a failed submission), else every notice's.
 */
export async function quietExemptionChoices(
  db: Database,
  directory: Directory,
  values: PlanFormValues,
): Promise<Option[]> {
  const periods = await loadQuietPeriods(db);
  const { from, to } = values;
  let covering: QuietPeriod[] = periods;
  if (from && to && isCalendarDate(from) && isCalendarDate(to) && values.enterprises?.length) {
    const enterprises = await findEnterprises(db, values.enterprises);
    const hit = enterprises.flatMap((enterprise) =>
      quietPeriodsHitting(enterprise, from, to, periods, directory).map((h) => h.period),
    );
    if (hit.length > 0) covering = hit;
  }
  return noticeExemptions(covering)
    .slice(0, MAX_EXEMPTION_CHOICES)
    .map((exemption) => ({ label: exemption, value: exemption }));
}
