/** The ledger's period: inclusive bureau days, read as the UTC instants records are stamped with. */
export interface LedgerRange {
  from: string;
  to: string;
}

/** The bureau keeps China Standard Time, UTC+8 all year. */
function bureauMidnight(day: string, addDays = 0): string {
  const t = Date.parse(`${day}T00:00:00+08:00`) + addDays * 86_400_000;
  return new Date(t).toISOString();
}

/** [start, end) of the range as ISO instants, for `created_at >= start AND created_at < end`. */
export function instants(range: LedgerRange): { start: string; end: string } {
  return { start: bureauMidnight(range.from), end: bureauMidnight(range.to, 1) };
}

export function ledgerFileName(range: LedgerRange): string {
  return `执法台账_${range.from}_${range.to}.xlsx`;
}
