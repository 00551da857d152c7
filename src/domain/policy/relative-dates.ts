import { addDays, isCalendarDate, type DateRange } from '../rules/index.js';
import { chineseNumber } from './numerals.js';

/**
 * Dates as officers write them in chat (明天, 下周三, 本周五, 12月5日, 2026年12月1日, 下个月, and
 * ranges joined by 至/到), resolved against the bureau's today. Weeks start on Monday.
 */

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };
const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3 };

function arabicNumerals(text: string): string {
  return text.replace(/[〇零一二两三四五六七八九十]+(?=[月日号])/g, (m) => String(chineseNumber(m)));
}

function iso(year: number, month: number, day: number): string | undefined {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/** Monday 1 … Sunday 7. */
function weekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

function monday(date: string): string {
  return addDays(date, 1 - weekday(date));
}

function monthEnd(year: number, month: number): string {
  return addDays(iso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) as string, -1);
}

/**
 * A month and day without a year means the next such day from today on, except a day of the last
 * three months: 「来函说11月18日我局对其检查」 told on 11月26日 is eight days ago, not next year's.
 */
const RECENT_DAYS = 92;
function nextOccurrence(today: string, month: number, day: number, recent = false): string | undefined {
  const year = Number(today.slice(0, 4));
  const date = iso(year, month, day);
  if (date && date >= today) return date;
  if (date && recent && date >= addDays(today, -RECENT_DAYS)) return date;
  return iso(year + 1, month, day);
}

/** 「上旬」「月初」 days 1–10, 「中旬」「月中」 11–20, 「下旬」「月底」 21 to the month's end; not before today. */
function partOfMonth(year: number, month: number, part: string, today: string): DateRange | undefined {
  const [first, last] = /上旬|初/.test(part) ? [1, 10] : /中/.test(part) ? [11, 20] : [21, 31];
  const from = iso(year, month, first);
  const end = monthEnd(year, month);
  const to = iso(year, month, last) ?? end;
  if (!from) return undefined;
  const clipped = { from: from < today ? today : from, to: to > end ? end : to };
  return clipped.from <= clipped.to ? clipped : undefined;
}

type Resolver = (match: RegExpExecArray, today: string, anchor?: string) => DateRange | undefined;

function single(date: string | undefined): DateRange | undefined {
  return date ? { from: date, to: date } : undefined;
}

const PATTERNS: readonly [RegExp, Resolver][] = [
  [
    /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/y,
    (m) => single(iso(Number(m[1]), Number(m[2]), Number(m[3]))),
  ],
  [
    /(?<!\d)(\d{1,2})月(\d{1,2})[日号]/y,
    (m, today, anchor) => single(nextOccurrence(anchor ?? today, Number(m[1]), Number(m[2]), !anchor)),
  ],
  // 「12/22」「12.7 」 in a pasted plan: month and day; a dot only before a space or bracket (「1.6倍」 is no day).
  [
    /(?<![\d./])(\d{1,2})(?:\/(\d{1,2})(?![\d./%])|\.(\d{1,2})(?=[\s（(日号，,：:]))/y,
    (m, today, anchor) => {
      const month = Number(m[1]);
      return month <= 12 ? single(nextOccurrence(anchor ?? today, month, Number(m[2] ?? m[3]))) : undefined;
    },
  ],
  // 「下月3号」「这个月底30号」: a day of this or next month.
  [
    /(?<!\d)(下|本|这)?个?月(?:底|末|初|中)?的?(\d{1,2})[日号](?!内|以内|之内)/y,
    (m, today) => {
      let year = Number(today.slice(0, 4));
      let month = Number(today.slice(5, 7));
      if (m[1] === '下') [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
      return single(iso(year, month, Number(m[2])));
    },
  ],
  // The end of 12月1日至5日 inherits the month of its start; 「30号去」 alone is the next 30th from today.
  // 「一号焦炉」「2号机组」「3号排口」 number a piece of plant, not a day.
  [
    /(?<![\d第个月])(\d{1,2})[日号](?!内|以内|之内|前后|左右)(?!(?:焦|锅|高|转|电|回转|脱硫|脱硝|除尘|燃煤|污水|废水|沉淀|调节)?(?:炉|机组|生产线|产线|窑|塔|罐|池|排口|排放口|车间|泵|仓|楼|厂房))/y,
    (m, today, anchor) => {
      const day = Number(m[1]);
      if (anchor) return single(iso(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)), day));
      const year = Number(today.slice(0, 4));
      const month = Number(today.slice(5, 7));
      const date = iso(year, month, day);
      if (date && date >= today) return single(date);
      return single(month === 12 ? iso(year + 1, 1, day) : iso(year, month + 1, day));
    },
  ],
  // 「12月下旬」「1月初」: part of the month, the next such month from today on.
  [
    /(\d{1,2})月份?(上旬|中旬|下旬|初|中|底|末)/y,
    (m, today) => {
      const month = Number(m[1]);
      const year = Number(today.slice(0, 4)) + (month < Number(today.slice(5, 7)) ? 1 : 0);
      return partOfMonth(year, month, m[2] as string, today);
    },
  ],
  // 「下月初」「这个月底」「月底」: part of this or next month.
  [
    /(下|本|这)?个?月(上旬|中旬|下旬|初|中|底|末)/y,
    (m, today) => {
      let year = Number(today.slice(0, 4));
      let month = Number(today.slice(5, 7));
      if (m[1] === '下') [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
      return partOfMonth(year, month, m[2] as string, today);
    },
  ],
  // 「12月份」「12月开始」: the whole month, the next one from today on.
  [
    /(\d{1,2})月份?(?![\d日号])/y,
    (m, today) => {
      const month = Number(m[1]);
      const first = nextOccurrence(today.slice(0, 8) + '01', month, 1);
      if (!first) return undefined;
      const year = Number(first.slice(0, 4));
      return { from: first < today ? today : first, to: monthEnd(year, month) };
    },
  ],
  [
    /(大后天|后天|明天|明日|今天|今日)/y,
    (m, today) => single(addDays(today, RELATIVE_DAYS[m[1] as string] ?? 0)),
  ],
  [
    /(下下|下|本|这)?(?:个)?(?:周|星期|礼拜)(一(?!起|块|同|道)|[二三四五六日天七])/y,
    (m, today) => {
      const weeks = { 下下: 2, 下: 1, 本: 0, 这: 0 }[m[1] ?? ''] ?? 0;
      const day = addDays(monday(today), weeks * 7 + (WEEKDAYS[m[2] as string] ?? 1) - 1);
      return single(m[1] === undefined && day < today ? addDays(day, 7) : day);
    },
  ],
  [
    /(下下|下|本|这)(?:个)?(?:周|星期|礼拜)/y,
    (m, today) => {
      const start = addDays(monday(today), { 下下: 14, 下: 7 }[m[1] as string] ?? 0);
      return { from: start < today ? today : start, to: addDays(start, 6) };
    },
  ],
  [
    /(下|本|这)个?月/y,
    (m, today) => {
      let year = Number(today.slice(0, 4));
      let month = Number(today.slice(5, 7));
      if (m[1] === '下') [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
      const first = iso(year, month, 1) as string;
      return { from: first < today ? today : first, to: monthEnd(year, month) };
    },
  ],
];

function matchAt(
  text: string,
  at: number,
  today: string,
  anchor?: string,
): { range: DateRange; end: number } | undefined {
  for (const [pattern, resolve] of PATTERNS) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    const range = match && resolve(match, today, anchor);
    if (match && range) return { range, end: at + match[0].length };
  }
  return undefined;
}

/**
 * Every date or range the text mentions, in order: 「12月份计划：……12月21日」 names the month the plan
 * covers, then the visit's own day.
 */
export function allDates(text: string, today: string): DateRange[] {
  const found: DateRange[] = [];
  let rest = arabicNumerals(text.normalize('NFKC'));
  for (let next = firstDate(rest, today); next; next = firstDate(rest, today)) {
    found.push(next.range);
    rest = rest.slice(rest.indexOf(next.words) + next.words.length);
  }
  return found;
}

/** The first date or date range the text mentions, or undefined when it names none. */
export function resolveDates(text: string, today: string): DateRange | undefined {
  return firstDate(text, today)?.range;
}

/** The first date or range with its words as written (「月底」「下周一」「12月下旬」), numerals in figures. */
export function firstDate(text: string, today: string): { range: DateRange; words: string } | undefined {
  const normal = arabicNumerals(text.normalize('NFKC'));
  for (let at = 0; at < normal.length; at += 1) {
    const start = matchAt(normal, at, today);
    if (!start) continue;
    const joiner = /\s*(?:至|到|~|—|-)\s*/y;
    joiner.lastIndex = start.end;
    const end = joiner.exec(normal) ? matchAt(normal, joiner.lastIndex, today, start.range.from) : undefined;
    return end && end.range.to >= start.range.from
      ? { range: { from: start.range.from, to: end.range.to }, words: normal.slice(at, end.end) }
      : { range: start.range, words: normal.slice(at, start.end) };
  }
  return undefined;
}
