import type { QuietPeriod } from '../org.js';
import {
  addDays,
  dayRuns,
  daysBetween,
  noticeExemptions,
  periodCovers,
  periodDays,
  periodsOfPlace,
  recurrenceText,
  validity,
  type DateRange,
} from '../rules/index.js';
import { cite } from './citations.js';
import type { CaseFacts } from './facts.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

const NOW = /现在|目前|今天|当前|本周|这几天/;
const CITYWIDE = /全市|市里/;
const WHICH_DAYS = /哪几天|哪些天|几号|哪天|日期|什么时候|何时|起止/;
const WHICH_PLACES = /哪些(?:地方|地区|区县|县区|县|区)|哪里/;
/** How far ahead 「最近的企业安静期」 looks. */
const LOOK_AHEAD_DAYS = 366;

/** 12月1日, or 2027年1月4日 outside today's year. */
export function day(date: string, today: string): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  const prefix = date.slice(0, 4) === today.slice(0, 4) ? '' : `${year}年`;
  return `${prefix}${month}月${dayOfMonth}日`;
}

export function asOf(today: string): string {
  return `截至${today.slice(0, 4)}年${day(today, today)}`;
}

function runText(run: DateRange, today: string): string {
  // 「2027年1月4日至1月24日」: a run within one year names it once.
  return run.from === run.to ? day(run.from, today) : `${day(run.from, today)}至${day(run.to, run.from)}`;
}

/** The notice's pattern in the words of the answer: 每月1日至20日，2026年1月1日至12月31日有效. */
function patternText(period: QuietPeriod, today: string): string | undefined {
  const days = recurrenceText(period) ?? period.ranges?.map((range) => runText(range, today)).join('、');
  if (!days) return undefined;
  const valid =
    period.from && period.to
      ? `，${runText({ from: period.from, to: period.to }, today)}有效`
      : period.from
        ? `，自${day(period.from, today)}起`
        : period.to
          ? `，至${day(period.to, today)}止`
          : '';
  return `${days}${valid}`;
}

function whoText(period: QuietPeriod): string {
  const named = period.scope === 'enterprises' ? `，限${(period.enterprises ?? []).join('、')}` : '';
  const limited = period.categories?.length ? `，限${period.categories.join('、')}` : '';
  return `${period.jurisdiction}${named}${limited}`;
}

/** A period as a whole: its dates (or pattern) and whom it covers. */
function wholeText(period: QuietPeriod, today: string): string {
  const pattern = patternText(period, today);
  if (pattern) return `${pattern}（${whoText(period)}）`;
  return `${runText(validity(period), today)}（${whoText(period)}）`;
}

/** The days of a period inside the asked dates; a one-range period is given whole, as notices state it. */
function daysText(period: QuietPeriod, days: readonly string[], today: string): string {
  const pattern = patternText(period, today);
  if (!pattern) return wholeText(period, today);
  return `${dayRuns(days)
    .map((run) => runText(run, today))
    .join('、')}（${whoText(period)}，${pattern}）`;
}

/** The county a question names, in any of its written forms (潞城区, 潞城). */
export function countyNamed(text: string, ctx: AnswerContext): string | undefined {
  const counties = ctx.directory.units.flatMap((unit) => (unit.county ? [unit.county] : []));
  return counties.find((county) => {
    const bare = county.replace(/^长治/, '');
    return text.includes(bare) || text.includes(bare.replace(/[区县市]$/, ''));
  });
}

interface Audience {
  whom: string;
  periods: QuietPeriod[];
}

/** The periods the question is about: an enterprise's, a county's, the city's or the whole calendar's. */
function audience(text: string, facts: CaseFacts, ctx: AnswerContext): Audience {
  const { enterprise } = facts;
  if (enterprise) {
    const periods = ctx.quietPeriods.filter((p) => periodCovers(p, enterprise, ctx.directory).covered);
    return { whom: enterprise.name, periods };
  }
  const county = countyNamed(text, ctx);
  if (county) return { whom: county, periods: periodsOfPlace(ctx.quietPeriods, county, ctx.directory) };
  if (CITYWIDE.test(text))
    return { whom: '全市', periods: ctx.quietPeriods.filter((p) => p.scope === 'citywide') };
  return { whom: '', periods: ctx.quietPeriods };
}

function nextQuiet(periods: readonly QuietPeriod[], after: string, today: string): string | undefined {
  const to = addDays(after, LOOK_AHEAD_DAYS);
  const first = periods
    .map((period) => ({ period, days: periodDays(period, after, to) }))
    .filter((hit) => hit.days.length > 0)
    .sort((a, b) => (a.days[0] ?? '').localeCompare(b.days[0] ?? ''))[0];
  if (!first) return undefined;
  const [run] = dayRuns(first.days);
  return run && `${runText(run, today)}（${whoText(first.period)}）`;
}

/** A follow-up moving the visit just past a period (「22号去呢」) is told the period it left. */
const LOOK_BACK_DAYS = 10;

function lastQuiet(periods: readonly QuietPeriod[], before: string, today: string): string | undefined {
  // The whole run is named, so its days are read further back than the days it may have ended on.
  const from = addDays(before, -LOOK_AHEAD_DAYS);
  const recent = addDays(before, -LOOK_BACK_DAYS);
  const to = addDays(before, -1);
  const last = periods
    .map((period) => ({ period, days: periodDays(period, from, to) }))
    .filter((hit) => (hit.days.at(-1) ?? '') >= recent)
    .sort((a, b) => (b.days.at(-1) ?? '').localeCompare(a.days.at(-1) ?? ''))[0];
  if (!last) return undefined;
  const run = dayRuns(last.days).at(-1);
  return run && `${runText(run, today)}（${whoText(last.period)}）`;
}

function periodLength(range: DateRange): number {
  let days = 0;
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days += 1;
  return days;
}

/** 「各县区的安静期汇总一下」: the whole calendar, whatever day it is. */
const SUMMARY = /汇总|列(?:一下|出来|个表)|各(?:县区|区县|县|区)|都有哪些|全部/;
/** 「潞城区自己还另外定了安静期吗」: the county's own periods, beside the city's. */
const OWN_PERIOD = /单独|另外|另行|自己|自行|专门/;
/** 「有这事吗」「是真的吗」: what someone said of a period, asked to be checked. */
export const HEARSAY = /有这(?:回)?事|是真的|属实/;

/** 「离下一个安静期还有几天」「还有多少天到安静期」. */
const DAYS_LEFT = /还有(?:几|多少)天|(?:几|多少)天(?:后|以后)?(?:到|开始)/;

/** The days to the next period not yet begun, said first; inside one, that it is on now. */
function daysLeft(ahead: readonly QuietPeriod[], today: string): string {
  // A county's own period on now is that county's, not everyone's.
  const on = ahead.filter((period) => validity(period).from <= today);
  const where = on.some((period) => period.scope === 'citywide')
    ? ''
    : [...new Set(on.map((period) => period.jurisdiction))].join('、');
  const now = on.length ? `现处于${where}企业安静期；` : '';
  const next = ahead.find((period) => validity(period).from > today);
  if (!next) return now;
  const from = validity(next).from;
  return `${now}${now ? '下一个' : ''}还有${daysBetween(today, from)}天（${day(from, today)}起）。`;
}

/** Whether a county set periods of its own, and which, with the city's it also keeps. */
function ownPeriods(whom: string, periods: readonly QuietPeriod[], today: string, source: string): string {
  const ahead = periods.filter((period) => validity(period).to >= today);
  const city = ahead.filter((period) => period.scope === 'citywide');
  const local = ahead.filter((period) => period.scope !== 'citywide');
  const cityText = city.length
    ? `全市统一的企业安静期${city.map((p) => wholeText(p, today)).join('、')}`
    : '';
  if (local.length === 0)
    return `没有。${whom}未单独制定企业安静期${cityText ? `，适用${cityText}` : ''}${source}。`;
  const also = cityText ? `；另适用${cityText}` : '';
  return `有。${whom}单独制定的企业安静期为${local.map((p) => wholeText(p, today)).join('、')}${also}${source}。`;
}

/** 「屯留区这个月哪几天是安静期？」: the calendar expanded over the asked dates, or the periods ahead. */
/** 「去……现场」「要入企检查」: a visit, not only a date, in a calendar question. */
const VISIT_TOLD = /去[^，。？?]{0,16}(?:现场|检查|查|看看|看一下|采样)|现场检查|入企/;
const LEVEL_RULE: Record<string, string> = {
  county: '县区级入企执法检查由各分局主要负责人审批（第5条）',
  city: '市级入企执法检查由市生态环境局主要负责人或分管局领导审批（第5条）',
};
const HEAD_RULE = '企业安静期内确需现场检查的，须报请本级行政执法主体主要负责人批准（第10条）';

export function calendarAnswer(text: string, facts: CaseFacts, ctx: AnswerContext): PolicyAnswer {
  const { today } = ctx;
  const { whom, periods } = audience(text, facts, ctx);
  const source = `（据本局企业安静期日历，${asOf(today)}）`;
  // 「目前定的安静期汇总一下」: 目前 is as of now, not a day asked about.
  const now = NOW.test(text) && !SUMMARY.test(text);
  const dates = facts.dates ?? (now ? { from: today, to: today } : undefined);
  const asks = /有没有|有安静期吗|定了?[^，。？?]{0,4}安静期[吗么]/.test(text) || HEARSAY.test(text);
  const own = whom && !facts.enterprise && OWN_PERIOD.test(text);
  let answer: string;
  if (!dates && own) {
    answer = ownPeriods(whom, periods, today, source);
  } else if (dates) {
    const inside = periods
      .map((period) => ({ period, days: periodDays(period, dates.from, dates.to) }))
      .filter((hit) => hit.days.length > 0);
    const when = runText(dates, today);
    const next = nextQuiet(periods, dates.to > today ? dates.to : today, today);
    const ended = dates.from === dates.to ? lastQuiet(periods, dates.from, today) : undefined;
    const found = inside.map((hit) => daysText(hit.period, hit.days, today)).join('、');
    const listing = (dates.from !== dates.to && WHICH_DAYS.test(text)) || (!whom && WHICH_PLACES.test(text));
    // 「12月有安静期吗」: a span only partly quiet is not 「处于」 one.
    // Without a place the periods cover different places, so one of them must cover it all.
    const length = periodLength(dates);
    const whole = whom
      ? new Set(inside.flatMap((hit) => hit.days)).size >= length
      : inside.some((hit) => hit.days.length >= length);
    const has = /有没有|有[^，。？?]{0,6}安静期[吗么]/.test(text) || HEARSAY.test(text);
    answer = inside.length
      ? listing
        ? `${when}，${whom}企业安静期为${found}${source}。`
        : whole && !has
          ? `是。${when}处于${whom}企业安静期：${found}${source}。`
          : `${has ? '有' : '部分日期是'}。${when}，${whom}企业安静期为${found}${source}。`
      : `不是。${when}不在${whom}企业安静期内${ended ? `；此前的企业安静期${ended}已结束` : ''}${next ? `；最近的企业安静期为${next}` : ''}${source}。`;
  } else {
    const ahead = periods.filter((period) => validity(period).to >= today);
    answer = ahead.length
      ? `${asks ? '有。' : ''}${DAYS_LEFT.test(text) ? daysLeft(ahead, today) : ''}${whom ? `${whom}适用的` : '本局日历登记的'}企业安静期为${ahead.map((p) => wholeText(p, today)).join('、')}${source}。`
      : `${asks ? '没有。' : ''}${whom || '本局日历'}目前没有已登记的企业安静期${source}。`;
  }
  // 「12月25号去现场，还算安静期吗」: a visit told, so what the period asks of it follows, with 第10条.
  if (dates && VISIT_TOLD.test(text) && /^(?:是|部分日期是)。/.test(answer))
    answer = answer.replace(/。$/, `；${HEAD_RULE}。`);
  // Outside the period a visit told is approved as any other, by its level (第5条).
  const level = LEVEL_RULE[facts.level ?? ''];
  if (dates && VISIT_TOLD.test(text) && answer.startsWith('不是。') && level)
    answer = answer.replace(/。$/, `；${level}。`);
  // Of a visit told, the period is 第10条's: its tag stands beside the first mention.
  if (dates && VISIT_TOLD.test(text) && !answer.includes('第10条'))
    answer = answer.replace(/企业安静期(内)?/, '企业安静期$1（第10条）');
  if (/谁定|谁制定|多长/.test(text))
    answer = `企业安静期由市、县（区）政府制定，实施方案未规定时长；${answer}`;
  return {
    answer,
    citations: cite([
      { clause: '10', about: '结合市、县（区）政府制定的“企业安静期”工作相关要求' },
      ...(answer.includes('（第5条）') ? [{ clause: '5' as const, about: '入企执法检查审批' }] : []),
    ]),
    outOfScope: false,
  };
}

/** Words of a reason to enter that the notices' exemption lists use. */
const REASON_TERMS = [
  '投诉',
  '举报',
  '信访',
  '媒体',
  '曝光',
  '案件',
  '查处',
  '上级',
  '专项整治',
  '执法检查',
  '隐患',
  '整改',
  '环境保护',
  '突发',
  '事故',
  '法定时限',
  '核查',
  '督办',
  '交办',
];

export const EXEMPTION_ASKED = /算不算|算是|属不属于|是否属于|是不是|属于|能不能算|可以算/;

/** 「安静期内因为举报去查算不算例外？」: the local notices' own exemptions decide, 第10条 still applies. */
export function exemptionAnswer(text: string, facts: CaseFacts, ctx: AnswerContext): PolicyAnswer {
  const { whom, periods } = audience(text, facts, ctx);
  const current = periods.filter((period) => validity(period).to >= ctx.today);
  const listed = noticeExemptions(current);
  const terms = REASON_TERMS.filter((term) => text.includes(term));
  const match = listed.find((exemption) => terms.some((term) => exemption.includes(term)));
  const bases = [...new Set(current.filter((p) => p.exemptions?.length).map((p) => p.basis))].join('、');
  const head = '确需现场检查的，仍须按程序报请本级行政执法主体主要负责人批准';
  let answer: string;
  if (listed.length === 0) {
    answer = `本局企业安静期日历未登记${whom}当地通知所列的例外情形；${head}，审批表中选择「其他（请说明）」并写明理由（据本局企业安静期日历，${asOf(ctx.today)}）。`;
  } else if (match) {
    answer = `算。${whom}企业安静期通知（${bases}）列明的例外情形包括「${match}」；${head}，审批表中选择该例外情形（据本局企业安静期日历，${asOf(ctx.today)}）。`;
  } else {
    answer = `所述情形不在${whom}企业安静期通知（${bases}）列明的例外情形之内，列明的为：${listed.join('；')}。${head}，审批表中选择「其他（请说明）」并写明理由（据本局企业安静期日历，${asOf(ctx.today)}）。`;
  }
  return {
    answer,
    citations: cite([
      { clause: '10', about: '确需开展现场执法检查的 按程序报请本级行政执法主体主要负责人批准' },
    ]),
    outOfScope: false,
  };
}
