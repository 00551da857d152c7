import { shortUnitName, type Enterprise, type Unit } from '../org.js';
import type { WarningSource } from './sources.js';

/** Where a warning stands: sent, then acknowledged, then resolved or escalated into a referral. */
export type WarningState = 'sent' | 'acknowledged' | 'resolved' | 'escalated';

export const WARNING_STATE_LABELS: Record<WarningState, string> = {
  sent: '已提醒',
  acknowledged: '分局已确认',
  resolved: '风险已消除',
  escalated: '已转线索移送',
};

export type WarningMove = 'acknowledge' | 'resolve' | 'escalate';

const MOVES: Record<WarningMove, { from: readonly WarningState[]; to: WarningState }> = {
  acknowledge: { from: ['sent'], to: 'acknowledged' },
  resolve: { from: ['sent', 'acknowledged'], to: 'resolved' },
  escalate: { from: ['sent', 'acknowledged'], to: 'escalated' },
};

/** The state a move leads to, or undefined when the warning has gone past it. */
export function nextWarningState(state: WarningState, move: WarningMove): WarningState | undefined {
  const rule = MOVES[move];
  return rule.from.includes(state) ? rule.to : undefined;
}

export function isOpenWarning(state: WarningState): boolean {
  return state === 'sent' || state === 'acknowledged';
}

/** The sections and units 第1条 charges with warning enterprises, as the scheme names them. */
export const WARNING_UNIT_NAMES = [
  '自然生态保护科',
  '水生态环境科',
  '大气环境科',
  '土壤生态环境科',
  '环境影响评价与排放管理科',
  '生态环境保护综合行政执法队',
  '生态环境监控中心',
  '机动车排气污染防治检测中心',
] as const;

export function mayWarn(unit: Pick<Unit, 'name' | 'level'>): boolean {
  const name = shortUnitName(unit.name);
  return unit.level === 'city' && (WARNING_UNIT_NAMES as readonly string[]).includes(name);
}

/** The window in which a second warning on the same risk is pointed out (days, inclusive). */
export const REPEAT_WINDOW_DAYS = 30;

function bigrams(s: string): Set<string> {
  const t = s.replace(/[\s，。、；：,.;:！!？?（）()]/g, '');
  const grams = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) grams.add(t.slice(i, i + 2));
  if (t.length === 1) grams.add(t);
  return grams;
}

/** Two risk descriptions name the same risk when one holds the other or they share most words. */
export function sameRisk(a: string, b: string): boolean {
  const x = a.replace(/\s/g, '');
  const y = b.replace(/\s/g, '');
  if (x === y || (x.length >= 4 && y.includes(x)) || (y.length >= 4 && x.includes(y))) return true;
  const ga = bigrams(x);
  const gb = bigrams(y);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / Math.max(1, Math.min(ga.size, gb.size)) >= 0.6;
}

export interface EarlierWarning {
  id: string;
  uscc: string;
  source: WarningSource;
  risk: string;
  sentOn: string;
}

/** An earlier warning to the same enterprise on the same risk sent since `since` (YYYY-MM-DD). */
export function earlierOnSameRisk<W extends EarlierWarning>(
  earlier: readonly W[],
  uscc: string,
  risk: string,
  since: string,
): W | undefined {
  return earlier
    .filter((w) => w.uscc === uscc && w.sentOn >= since && sameRisk(w.risk, risk))
    .sort((a, b) => b.sentOn.localeCompare(a.sentOn))[0];
}

/** The county branch that follows a warning or reaches an enterprise (第2、8条). */
export function countyBranch(
  units: readonly Unit[],
  enterprise: Pick<Enterprise, 'county'>,
): Unit | undefined {
  return units.find((u) => u.kind === 'branch' && u.county === enterprise.county);
}
