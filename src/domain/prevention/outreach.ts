import type { Enterprise } from '../org.js';

/** The forms of 送法入企 第2条 names. */
export const OUTREACH_FORMS = [
  'training',
  'industry-training',
  'lecture',
  'on-site-help',
  'case-talk',
] as const;
export type OutreachForm = (typeof OUTREACH_FORMS)[number];

export const OUTREACH_FORM_LABELS: Record<OutreachForm, string> = {
  training: '集中培训',
  'industry-training': '行业培训',
  lecture: '专题讲座',
  'on-site-help': '现场帮扶',
  'case-talk': '以案说法',
};

const FORM_WORDS: readonly [RegExp, OutreachForm][] = [
  [/行业/, 'industry-training'],
  [/讲座|宣讲|授课/, 'lecture'],
  [/帮扶|上门|现场/, 'on-site-help'],
  [/以案|案例|一案一说/, 'case-talk'],
  [/培训|集中/, 'training'],
];

export function isOutreachForm(value: string): value is OutreachForm {
  return (OUTREACH_FORMS as readonly string[]).includes(value);
}

export function readOutreachForm(text: string): OutreachForm | undefined {
  const t = text.trim();
  if (isOutreachForm(t)) return t;
  return FORM_WORDS.find(([words]) => words.test(t))?.[1];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why an activity's date cannot be recorded, or undefined when it can. */
export function activityDateProblem(date: string, today: string): string | undefined {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!ISO_DAY.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return `活动日期「${date}」无效，格式应为 YYYY-MM-DD。`;
  }
  if (date > today) return `活动日期${date}晚于今天（${today}），只能登记已开展的活动。`;
  return undefined;
}

export interface CountyCoverage {
  county: string;
  /** The branch covering the county, when there is one. */
  unitId?: string;
  unitName?: string;
  key: Enterprise[];
  reached: Enterprise[];
  notReached: Enterprise[];
}

/**
 * 送法入企 coverage of the year: per county, its 重点企业 and which of them an activity reached.
 * Counties are the branches' (in directory order), then any other county with a key enterprise.
 */
export function outreachCoverage(
  branches: readonly { id: string; name: string; county?: string }[],
  enterprises: readonly Enterprise[],
  reached: ReadonlySet<string>,
): CountyCoverage[] {
  const key = enterprises.filter((e) => e.key);
  const counties: { county: string; unitId?: string; unitName?: string }[] = branches.flatMap((b) =>
    b.county ? [{ county: b.county, unitId: b.id, unitName: b.name }] : [],
  );
  for (const e of key) if (!counties.some((c) => c.county === e.county)) counties.push({ county: e.county });
  return counties.map((c) => {
    const mine = key.filter((e) => e.county === c.county);
    return {
      county: c.county,
      ...(c.unitId ? { unitId: c.unitId, unitName: c.unitName } : {}),
      key: mine,
      reached: mine.filter((e) => reached.has(e.uscc)),
      notReached: mine.filter((e) => !reached.has(e.uscc)),
    };
  });
}

/** The month whose coverage reminder is due (YYYY-MM): from 1 September to year end; else none. */
export function reminderMonth(today: string): string | undefined {
  const month = Number(today.slice(5, 7));
  return month >= 9 ? today.slice(0, 7) : undefined;
}

/** A day as people write it: 2026-11-20, 2026年11月20日, 11月20日 (this year), 2026/11/20. */
export function readDay(text: string, today: string): string | undefined {
  const t = text.trim();
  const full = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?$/.exec(t);
  const short = /^(\d{1,2})月(\d{1,2})日?$/.exec(t);
  const [year, month, day] = full
    ? [full[1], full[2], full[3]]
    : short
      ? [today.slice(0, 4), short[1], short[2]]
      : [];
  if (!year || !month || !day) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
