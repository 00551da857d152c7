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
