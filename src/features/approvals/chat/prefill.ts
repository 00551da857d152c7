import type { PlanFormValues, SpecialFormValues } from '../../../../cards/approvals/view.js';
import type { Enterprise } from '../../../domain/org.js';
import { resolveDates } from '../../../domain/policy/relative-dates.js';
import type { InspectionMethod, InspectionType } from '../../../domain/rules/index.js';

const SEGMENT = /[，,；;。\n]+/;

const TYPE_WORDS: readonly [RegExp, InspectionType][] = [
  [/双随机/, 'random'],
  [/举报|投诉|信访/, 'complaint'],
  [/转办|交办/, 'referral'],
  [/数据监测|在线监测|自动监控/, 'monitoring'],
  [/企业申请|应企业/, 'enterprise-request'],
  [/专项/, 'special'],
];

const METHOD_WORDS: readonly [RegExp, InspectionMethod][] = [
  [/现场检查/, 'on-site'],
  [/资料核查|书面核查/, 'document-review'],
  [/监测采样|采样/, 'sampling'],
  [/问询|询问/, 'inquiry'],
];

function datesOf(text: string, today: string): { from?: string; to?: string } {
  const range = resolveDates(text, today);
  return range ? { from: range.from, to: range.to } : {};
}

function hasDate(segment: string, today: string): boolean {
  return resolveDates(segment, today) !== undefined;
}

/** 「申请专项检查：危险废物非法处置专项，2026年12月1日至12月31日」 → name, focus and period. */
export function prefillSpecial(rest: string, today: string): SpecialFormValues {
  const name = rest
    .split(SEGMENT)
    .map((s) => s.trim())
    .find((s) => s !== '' && !hasDate(s, today));
  const focus = name?.replace(/专项(?:执法)?(?:检查|行动|整治)?$/, '').trim();
  return {
    ...(name ? { name } : {}),
    ...(focus && focus !== name ? { focus } : {}),
    ...datesOf(rest, today),
  };
}

/** Enterprises named in full, by short name or by code; the registry is the only source of names. */
export function prefillPlan(rest: string, today: string, registry: readonly Enterprise[]): PlanFormValues {
  const upper = rest.toUpperCase();
  const enterprises = registry
    .filter(
      (e) => rest.includes(e.name) || upper.includes(e.uscc) || (e.shortName && rest.includes(e.shortName)),
    )
    .map((e) => e.uscc);
  const type = TYPE_WORDS.find(([pattern]) => pattern.test(rest))?.[1];
  const methods = METHOD_WORDS.filter(([pattern]) => pattern.test(rest)).map(([, method]) => method);
  return {
    ...(enterprises.length > 0 ? { enterprises } : {}),
    ...(type ? { type } : {}),
    ...(methods.length > 0 ? { methods } : {}),
    ...datesOf(rest, today),
  };
}
