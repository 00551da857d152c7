import { inArray } from 'drizzle-orm';
import { settings } from '../../../db/schema/index.js';
import {
  DEFAULT_PUBLICATION,
  MIN_INSPECTORS_PER_ENTERPRISE,
  type PublicationSettings,
} from '../../domain/draws/index.js';
import type { Reader } from '../../store/db.js';

/** Local configuration of 双随机、一公开, not the scheme's words. */
export interface DrawSettings {
  publication: PublicationSettings;
  /** An inspector who visited an enterprise within this many months is not drawn for it. */
  recusalMonths: number;
  /** Inspectors per enterprise when the draw does not say. */
  perEnterprise: number;
}

const KEYS = {
  within: 'draws.publishWithinWorkingDays',
  remind: 'draws.publishRemindWorkingDays',
  recusal: 'draws.recusalMonths',
  per: 'draws.inspectorsPerEnterprise',
} as const;

const DEFAULT_DRAW_SETTINGS: DrawSettings = {
  publication: DEFAULT_PUBLICATION,
  recusalMonths: 12,
  perEnterprise: MIN_INSPECTORS_PER_ENTERPRISE,
};

/** A stored value that is not a whole number in range is ignored, never allowed to switch a rule off. */
function whole(value: string | undefined, min: number, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isSafeInteger(n) && n >= min ? n : fallback;
}

export async function loadDrawSettings(db: Reader): Promise<DrawSettings> {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(KEYS)));
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const d = DEFAULT_DRAW_SETTINGS;
  return {
    publication: {
      withinWorkingDays: whole(stored.get(KEYS.within), 1, d.publication.withinWorkingDays),
      remindWorkingDays: whole(stored.get(KEYS.remind), 0, d.publication.remindWorkingDays),
    },
    recusalMonths: whole(stored.get(KEYS.recusal), 0, d.recusalMonths),
    perEnterprise: whole(stored.get(KEYS.per), MIN_INSPECTORS_PER_ENTERPRISE, d.perEnterprise),
  };
}
