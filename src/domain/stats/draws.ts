import { within } from './period.js';
import type { DrawCount, DrawStatRow, StatsPeriod } from './types.js';

/**
 * 双随机 draws held in the period, grouped by pool and period: a repeat joins the group of the first
 * draw it repeats, so a group with more than one draw shows every attempt and why it was made.
 */
export function drawCounts(rows: readonly DrawStatRow[], period: StatsPeriod): DrawCount[] {
  const inPeriod = rows.filter((row) => within(row.drawnOn, period));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const rootOf = (row: DrawStatRow): DrawStatRow => {
    const seen = new Set<string>();
    let at = row;
    while (at.repeatOf?.[0] && !seen.has(at.id)) {
      seen.add(at.id);
      const earlier = byId.get(at.repeatOf[0]);
      if (!earlier) break;
      at = earlier;
    }
    return at;
  };
  const groups = new Map<string, DrawCount>();
  for (const row of inPeriod) {
    const root = rootOf(row);
    const group = groups.get(root.id) ?? {
      unitId: root.unitId,
      from: root.from,
      to: root.to,
      draws: 0,
      repeats: 0,
      ids: [],
      reasons: [],
    };
    group.draws += 1;
    group.ids.push(row.test ? `${row.id}（测试）` : row.id);
    if (row.repeatOf) {
      group.repeats += 1;
      group.reasons.push(`${row.id}：${row.repeatReason ?? ''}`);
    }
    groups.set(root.id, group);
  }
  return [...groups.values()];
}
