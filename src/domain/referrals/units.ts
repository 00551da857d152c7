import type { Directory, Unit } from '../org.js';
import { countyForms } from './places.js';
import { compact } from './text.js';

/**
 * Finds the unit an officer means: 「潞城分局」「潞城区」「长治市生态环境局潞城分局」, or a section by a
 * short form such as 大气科, 水科, 执法队, 法规科, 监控中心. Short forms are matched as the name's
 * characters in order (大气科 in 大气环境科), which covers the abbreviations in use without a list
 * that would drift from the directory.
 */

function unitKey(text: string): string {
  return compact(text)
    .replace(/^(?:山西省)?(?:长治)?市?(?:生态环境局|环境保护局|环保局)?/, '')
    .replace(/科室$/, '科');
}

function branchKeys(unit: Unit): string[] {
  const own = unitKey(unit.name).replace(/分局$/, '');
  return [own, ...(unit.county ? countyForms(unit.county) : [])];
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function only(units: Unit[]): Unit | undefined {
  return units.length === 1 ? units[0] : undefined;
}

export function resolveUnit(text: string, directory: Directory): Unit | undefined {
  const byId = directory.units.find((u) => u.id === text.trim());
  if (byId) return byId;
  const key = unitKey(text);
  if (key.length < 2) return undefined;

  const exact = only(directory.units.filter((u) => unitKey(u.name) === key));
  if (exact) return exact;
  const county = key.replace(/(?:生态环境)?分局$/, '');
  const branch = only(directory.units.filter((u) => u.kind === 'branch' && branchKeys(u).includes(county)));
  if (branch) return branch;

  const loose = directory.units.filter((u) => isSubsequence(key, unitKey(u.name)));
  return only(loose) ?? only(loose.filter((u) => unitKey(u.name).includes(key)));
}

/** Shared characters, counted once each: how close a typed name is to a unit's. */
function overlap(a: string, b: string): number {
  const inB = new Set(b);
  return [...new Set(a)].filter((ch) => inB.has(ch)).length;
}

/**
 * `resolveUnit`, and when it finds no single unit, the units the text could mean (at most `max`,
 * closest first), for an error that lists them: every unit the short form fits, or else those
 * sharing the most characters with it.
 */
export function matchUnit(text: string, directory: Directory, max = 6): { unit?: Unit; close: Unit[] } {
  const unit = resolveUnit(text, directory);
  if (unit) return { unit, close: [] };
  const key = unitKey(text);
  if (key.length < 2) return { close: [] };
  const fits = directory.units.filter((u) => isSubsequence(key, unitKey(u.name)));
  if (fits.length > 0) return { close: fits.slice(0, max) };
  const close = directory.units
    .map((u) => ({ u, n: overlap(key, unitKey(u.name)) }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n)
    .slice(0, max)
    .map((x) => x.u);
  return { close };
}
