import { existsSync, readFileSync } from 'node:fs';
import { classifyReferralIntent, type ReferralIntent } from '../../../src/domain/referrals/intent.js';
import { readReferral } from '../../../src/domain/referrals/read-referral.js';
import { validateReferral } from '../../../src/domain/referrals/validate.js';
import { directory, enterprises } from './fixtures.js';

/**
 * The referral corpus (test/corpus/referrals-*.json) and its scoring, shared by the test that holds
 * the floors and by bench/referral-corpus.ts that prints the table.
 */

export interface CorpusItem {
  id: string;
  category: string;
  text: string;
  expect: {
    referral: boolean;
    enterprise?: string | null;
    toUnit?: string | null;
    source?: string | null;
    opinion?: string | null;
    violations?: string[];
  };
}

export const FIELDS = ['enterprise', 'toUnit', 'source', 'opinion', 'violations'] as const;
export type Field = (typeof FIELDS)[number];

export interface ItemResult {
  item: CorpusItem;
  intent: ReferralIntent;
  /** Per field, for referrals only: read as expected. */
  right: Partial<Record<Field, boolean>>;
  got: Partial<Record<Field, unknown>>;
}

export interface CategoryScore {
  category: string;
  n: number;
  /** Referrals: taken at once; near-misses: wrongly taken. */
  referral: number;
  unsure: number;
  none: number;
  fields: Record<Field, number>;
  /** Referrals whose five fields were all read right. */
  allRight: number;
}

export function loadCorpus(name: 'dev' | 'holdout'): CorpusItem[] | undefined {
  const url = new URL(`../../corpus/referrals-${name}.json`, import.meta.url);
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as CorpusItem[]) : undefined;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function runItem(item: CorpusItem): ItemResult {
  const intent = classifyReferralIntent(item.text, enterprises);
  if (!item.expect.referral) return { item, intent, right: {}, got: {} };
  const ctx = { directory, enterprises };
  const { draft } = readReferral(item.text, ctx);
  const check = validateReferral(draft, ctx);
  const got = {
    enterprise: check.enterprise.match?.name ?? null,
    toUnit: check.route.toUnit ?? null,
    source: draft.source ?? null,
    opinion: draft.opinion ?? null,
    violations: draft.violations,
  };
  const e = item.expect;
  const right = {
    enterprise: got.enterprise === (e.enterprise ?? null),
    toUnit: got.toUnit === (e.toUnit ?? null),
    source: got.source === (e.source ?? null),
    opinion: got.opinion === (e.opinion ?? null),
    violations: sameSet(got.violations, e.violations ?? []),
  };
  return { item, intent, right, got };
}

export function scoreCorpus(items: readonly CorpusItem[]): {
  results: ItemResult[];
  categories: CategoryScore[];
} {
  const results = items.map(runItem);
  const byCategory = new Map<string, CategoryScore>();
  for (const r of results) {
    const c = byCategory.get(r.item.category) ?? {
      category: r.item.category,
      n: 0,
      referral: 0,
      unsure: 0,
      none: 0,
      fields: { enterprise: 0, toUnit: 0, source: 0, opinion: 0, violations: 0 },
      allRight: 0,
    };
    c.n++;
    c[r.intent]++;
    for (const f of FIELDS) if (r.right[f]) c.fields[f]++;
    if (r.item.expect.referral && FIELDS.every((f) => r.right[f])) c.allRight++;
    byCategory.set(c.category, c);
  }
  return { results, categories: [...byCategory.values()] };
}

/** Sums a set of categories into one row. */
export function total(categories: readonly CategoryScore[], category: string): CategoryScore {
  const sum = (pick: (c: CategoryScore) => number) => categories.reduce((s, c) => s + pick(c), 0);
  return {
    category,
    n: sum((c) => c.n),
    referral: sum((c) => c.referral),
    unsure: sum((c) => c.unsure),
    none: sum((c) => c.none),
    fields: {
      enterprise: sum((c) => c.fields.enterprise),
      toUnit: sum((c) => c.fields.toUnit),
      source: sum((c) => c.fields.source),
      opinion: sum((c) => c.fields.opinion),
      violations: sum((c) => c.fields.violations),
    },
    allRight: sum((c) => c.allRight),
  };
}

export const isNearMiss = (category: string) => category.startsWith('near-miss');
