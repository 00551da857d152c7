import type { ReferralDraft } from './annex3.js';
import type { Enterprise } from '../org.js';
import { isCounty } from './places.js';
import { compact, parenthesised, withoutParens } from './text.js';
import { normaliseUscc } from './uscc.js';

export interface EnterpriseMatch {
  /** Set only when one enterprise is meant. */
  match?: Enterprise;
  /** Every enterprise the subject could be; several means the officer must choose. */
  candidates: Enterprise[];
  how: 'uscc' | 'name' | 'short' | 'fuzzy' | 'none';
}

/** 「长治示例钢铁集团有限公司」 and 「示例钢铁」 share the core 示例钢铁. */
export function core(name: string): string {
  return withoutParens(name)
    .replace(/^(?:山西省)?长治市?/, '')
    .replace(/(?:有限责任公司|股份有限公司|有限公司|分公司|公司)$/, '')
    .replace(/集团/g, '');
}

function related(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
}

/**
 * A bracketed word counts as a place only if it names a county, so 「示例钢铁（集团）」 is not
 * filtered by county while 「示例化工（屯留）」 is.
 */
function placeHints(name: string, enterprises: readonly Enterprise[]): string[] {
  return parenthesised(name).filter(
    (p) => /[区县]$/.test(p) || enterprises.some((e) => isCounty(p, e.county)),
  );
}

export function matchEnterprise(
  subject: ReferralDraft['subject'],
  enterprises: readonly Enterprise[],
): EnterpriseMatch {
  if (subject.uscc) {
    const code = normaliseUscc(subject.uscc);
    const byCode = enterprises.find((e) => normaliseUscc(e.uscc) === code);
    if (byCode) return { match: byCode, candidates: [byCode], how: 'uscc' };
  }
  const name = subject.name ? compact(subject.name) : '';
  if (!name) return { candidates: [], how: 'none' };

  const byName = enterprises.filter((e) => compact(e.name) === name);
  if (byName.length > 0) return unique(byName, 'name');
  const byShort = enterprises.filter((e) => e.shortName !== undefined && compact(e.shortName) === name);
  if (byShort.length > 0) return unique(byShort, 'short');

  const wanted = core(name);
  const fuzzy = enterprises.filter(
    (e) => related(wanted, core(e.name)) || (e.shortName !== undefined && related(wanted, core(e.shortName))),
  );
  if (fuzzy.length === 0) return { candidates: [], how: 'none' };
  const places = placeHints(name, enterprises);
  if (places.length === 0) return unique(fuzzy, 'fuzzy');
  const inPlace = fuzzy.filter((e) => places.some((p) => isCounty(p, e.county)));
  // A place that contradicts every candidate is left for the officer to settle.
  return inPlace.length > 0 ? unique(inPlace, 'fuzzy') : { candidates: fuzzy, how: 'fuzzy' };
}

function unique(candidates: Enterprise[], how: EnterpriseMatch['how']): EnterpriseMatch {
  return candidates.length === 1 ? { match: candidates[0], candidates, how } : { candidates, how };
}
