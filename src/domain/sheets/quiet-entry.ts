import type { DayRange, QuietPeriod } from '../org.js';
import { isCalendarDate } from '../rules/dates.js';
import { findListed } from './positive-list-sheet.js';
import { knownCounty, type SheetContext } from './read.js';

/**
 * One quiet period as an administrator types it from a notice into the chat form: the place or the
 * enterprises, how the days recur, the validity, the notice and its own exemptions. Every field is
 * text as the card submits it; the answer is the period, or every problem found, in Chinese.
 */
export interface QuietEntry {
  area?: string;
  enterprises?: string;
  categories?: string;
  /** once: one date range (from–to); monthly; weekly; ranges: several explicit ranges. */
  pattern?: string;
  fromDay?: string;
  toDay?: string;
  weekdays?: readonly string[];
  ranges?: string;
  from?: string;
  to?: string;
  basis?: string;
  exemptions?: string;
}

export type QuietEntryResult = { ok: true; period: QuietPeriod } | { ok: false; problems: string[] };

export const QUIET_PATTERNS = ['once', 'monthly', 'weekly', 'ranges'] as const;

const CITYWIDE = /^(全市|市级|本市)$/;

/** Lists typed with 、，, ; or new lines. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A notice's exemptions, one a line, their numbering (1. （一） ①) dropped. */
export function splitExemptions(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n；;]+/)
    .map((s) =>
      s
        .trim()
        .replace(/^(\d+[.、．)]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|[①-⑩])\s*/, '')
        .replace(/[。；;]$/, '')
        .trim(),
    )
    .filter(Boolean);
}

function dayOfMonth(label: string, text: string | undefined, problems: string[]): number | undefined {
  const t = (text ?? '').trim().replace(/[日号]$/, '');
  if (t === '') return void problems.push(`请填写${label}`);
  const n = Number(t);
  if (!/^\d+$/.test(t) || n < 1 || n > 31)
    return void problems.push(`${label}须为1至31之间的整数，当前为「${text ?? ''}」`);
  return n;
}

/** 「2026-12-01至2026-12-20」, one a line or separated by ；. */
function readRanges(text: string | undefined, problems: string[]): DayRange[] {
  const parts = (text ?? '')
    .split(/[\n；;，,、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) problems.push('请填写指定日期段，如：2026-12-01至2026-12-20');
  return parts.flatMap((part, i) => {
    const m = /^(\d{4}-\d{2}-\d{2})\s*(?:至|到|~|～|--|—|－|-)\s*(\d{4}-\d{2}-\d{2})$/.exec(part);
    if (!m?.[1] || !m[2] || !isCalendarDate(m[1]) || !isCalendarDate(m[2])) {
      problems.push(`第${i + 1}段日期「${part}」无法识别，应写作 2026-12-01至2026-12-20`);
      return [];
    }
    if (m[1] > m[2]) {
      problems.push(`第${i + 1}段日期的开始日期（${m[1]}）晚于结束日期（${m[2]}）`);
      return [];
    }
    return [{ from: m[1], to: m[2] }];
  });
}

function readPlace(
  entry: QuietEntry,
  ctx: SheetContext,
  listed: string[],
  problems: string[],
): Pick<QuietPeriod, 'jurisdiction' | 'scope'> | undefined {
  const area = (entry.area ?? '').trim();
  if (area === '') return void problems.push('请选择地区');
  const city = area === ctx.city || CITYWIDE.test(area);
  const county = city ? undefined : knownCounty(area, ctx);
  if (!city && !county)
    return void problems.push(`「${area}」不是本市县区（可选：${[ctx.city, ...ctx.counties].join('、')}）`);
  const jurisdiction = city ? ctx.city : (county ?? area);
  if (listed.length > 0) return { jurisdiction, scope: 'enterprises' };
  return { jurisdiction, scope: city ? 'citywide' : 'county' };
}

function readValidity(entry: QuietEntry, once: boolean, problems: string[]): { from?: string; to?: string } {
  const from = entry.from?.trim() || undefined;
  const to = entry.to?.trim() || undefined;
  const label = once ? '' : '有效期';
  if (from && !isCalendarDate(from)) problems.push(`${label}开始日期「${from}」不是有效日期`);
  if (to && !isCalendarDate(to)) problems.push(`${label}结束日期「${to}」不是有效日期`);
  if (once && !from) problems.push('请填写开始日期');
  if (once && !to) problems.push('请填写结束日期');
  if (from && to && to < from) problems.push(`${label}结束日期（${to}）早于开始日期（${from}）`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

type Recurrence = Pick<QuietPeriod, 'monthly' | 'weekly' | 'ranges'>;

function readRecurrence(entry: QuietEntry, pattern: string, problems: string[]): Recurrence {
  if (pattern === 'monthly') {
    const fromDay = dayOfMonth('每月起始日', entry.fromDay, problems);
    const toDay = dayOfMonth('每月截止日', entry.toDay, problems);
    if (fromDay === undefined || toDay === undefined) return {};
    if (fromDay > toDay) {
      problems.push(`每月起始日（${fromDay}日）晚于截止日（${toDay}日）；跨月的安静期请分两条登记`);
      return {};
    }
    return { monthly: { fromDay, toDay } };
  }
  if (pattern === 'weekly') {
    const days = [...new Set((entry.weekdays ?? []).map(Number))].filter((d) => d >= 1 && d <= 7);
    if (days.length === 0) {
      problems.push('请选择每周的哪几天');
      return {};
    }
    return { weekly: { days: days.sort() } };
  }
  if (pattern === 'ranges') {
    const ranges = readRanges(entry.ranges, problems);
    return ranges.length ? { ranges } : {};
  }
  return {};
}

/** The period the form describes, or every problem with it. */
export function readQuietEntry(entry: QuietEntry, ctx: SheetContext): QuietEntryResult {
  const problems: string[] = [];
  const listed = splitList(entry.enterprises);
  for (const name of listed)
    if (ctx.enterprises && !findListed(ctx.enterprises, name)) problems.push(`企业名录中没有「${name}」`);
  const place = readPlace(entry, ctx, listed, problems);
  const pattern = entry.pattern?.trim() || 'once';
  if (!(QUIET_PATTERNS as readonly string[]).includes(pattern)) problems.push('请选择安静期的设置方式');
  const recurrence = readRecurrence(entry, pattern, problems);
  const validity = readValidity(entry, pattern === 'once', problems);
  const basis = entry.basis?.trim() ?? '';
  if (basis === '') problems.push('「依据文件」不能为空');
  const categories = splitList(entry.categories);
  const exemptions = splitExemptions(entry.exemptions);
  if (problems.length > 0 || !place) return { ok: false, problems };
  return {
    ok: true,
    period: {
      ...place,
      ...(listed.length ? { enterprises: listed } : {}),
      ...validity,
      ...recurrence,
      ...(categories.length ? { categories } : {}),
      ...(exemptions.length ? { exemptions } : {}),
      basis,
    },
  };
}
