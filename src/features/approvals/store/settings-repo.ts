import { sql } from 'drizzle-orm';
import { settings } from '../../../../db/schema/index.js';
import { DEFAULT_SETTINGS, type LocalSettings } from '../../../domain/rules/index.js';
import type { Reader } from '../../../store/db.js';

export interface ApprovalSettings {
  rules: LocalSettings;
  /** Working hours a step may wait before the approver is reminded automatically. */
  remindAfterWorkingHours: number;
}

/** Keys in the `settings` table that override the defaults. */
const RULE_KEYS: Readonly<Record<keyof LocalSettings, string>> = {
  yearlyCap: 'rules.yearlyCap',
  majorProblemCap: 'rules.majorProblemCap',
  jointWindowDays: 'rules.jointWindowDays',
  specialMaxDays: 'rules.specialMaxDays',
};
const REMIND_KEY = 'approval.remindAfterWorkingHours';
const DEFAULT_REMIND_HOURS = 8;

/** A stored value that is not a positive number is ignored rather than allowed to switch a rule off. */
function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

export async function loadApprovalSettings(db: Reader): Promise<ApprovalSettings> {
  const keys = [...Object.values(RULE_KEYS), REMIND_KEY];
  // Every rules check reads these; as SQL it costs half what the query builder does.
  const rows = await db.all<{ key: string; value: string }>(
    sql`SELECT ${settings.key} AS "key", ${settings.value} AS "value" FROM ${settings} WHERE ${settings.key} IN ${keys}`,
  );
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const rules = { ...DEFAULT_SETTINGS };
  for (const [field, key] of Object.entries(RULE_KEYS) as [keyof LocalSettings, string][]) {
    rules[field] = positive(stored.get(key), DEFAULT_SETTINGS[field]);
  }
  return { rules, remindAfterWorkingHours: positive(stored.get(REMIND_KEY), DEFAULT_REMIND_HOURS) };
}
