import { findHeader } from './headers.js';
import type { SheetRow } from './cells.js';
import type { SheetSpec } from './read.js';
import { enterpriseSheet } from './enterprise-sheet.js';
import { positiveListSheet } from './positive-list-sheet.js';
import { quietPeriodSheet } from './quiet-period-sheet.js';

export type SheetKind = 'enterprises' | 'quiet-periods' | 'positive-list';

const SPECS: readonly [SheetKind, SheetSpec<string, unknown>][] = [
  ['enterprises', enterpriseSheet as SheetSpec<string, unknown>],
  ['quiet-periods', quietPeriodSheet as SheetSpec<string, unknown>],
  ['positive-list', positiveListSheet as SheetSpec<string, unknown>],
];

/** How many of a spec's columns the header names, or 0 when a required column is missing. */
function fit(rows: readonly SheetRow[], spec: SheetSpec<string, unknown>): number {
  const header = findHeader(rows, spec.columns);
  if (!header) return 0;
  const fields = new Set(header.fields.filter((f): f is string => !!f));
  if (!spec.required.every((group) => group.some((f) => fields.has(f)))) return 0;
  return fields.size;
}

/**
 * Which import a sheet is, from its first rows: the kind whose required columns are all there and
 * which reads the most of its headers. A tie (a positive list that also names counties) or no fit is
 * undefined: the person is asked.
 */
export function detectSheetKind(rows: readonly SheetRow[]): SheetKind | undefined {
  const scored = SPECS.map(([kind, spec]) => ({ kind, score: fit(rows, spec) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || (next && next.score === best.score)) return undefined;
  return best.kind;
}
