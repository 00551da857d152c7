import { randomUUID } from 'node:crypto';
import { drawFormCard } from '../../../../cards/draws/form.js';
import type { DrawFormValues } from '../../../../cards/draws/view.js';
import type { Card } from '../../../../cards/kit.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Directory, Unit } from '../../../domain/org.js';
import type { Database } from '../../../store/db.js';
import type { DrawSettings } from '../settings.js';

const DEFAULT_CONTENT = '排污许可执行情况、污染防治设施运行情况、自动监控设施运行情况';

export function drawFormCardRef(formRef: string): string {
  return `draw-form:${formRef}`;
}

function options(values: Iterable<string>) {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh')).map((v) => ({ label: v, value: v }));
}

/** The form with the head's own unit as the inspector pool and the configured defaults filled in. */
export async function buildDrawForm(
  db: Database,
  directory: Directory,
  unit: Unit,
  settings: DrawSettings,
  values: DrawFormValues = {},
  opts: { notice?: string; formRef?: string } = {},
): Promise<{ card: Card; cardRef: string; formRef: string }> {
  const formRef = opts.formRef ?? randomUUID();
  const registry = await loadEnterprises(db);
  const card = drawFormCard(
    formRef,
    {
      ...values,
      // A branch inspects its own county; a city section starts from the whole city.
      counties: values.counties ?? (unit.county ? [unit.county] : []),
      inspectorUnits: values.inspectorUnits?.length ? values.inspectorUnits : [unit.id],
      perEnterprise: values.perEnterprise ?? String(settings.perEnterprise),
      recusalMonths: values.recusalMonths ?? String(settings.recusalMonths),
      content: values.content ?? DEFAULT_CONTENT,
    },
    {
      counties: options(registry.map((e) => e.county)),
      industries: options(registry.map((e) => e.industry)),
      units: directory.units.map((u) => ({ label: u.name, value: u.id })),
    },
    opts.notice,
  );
  return { card, cardRef: drawFormCardRef(formRef), formRef };
}
