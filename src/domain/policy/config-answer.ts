import type { Enterprise, QuietPeriod } from '../org.js';
import { DEFAULT_SETTINGS, quietPeriodsHitting } from '../rules/index.js';
import { cite } from './citations.js';
import type { CaseFacts } from './facts.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/** Questions about the calendar itself, not about what the scheme allows during it. */
const CALENDAR =
  /哪几天|哪些天|什么时候|何时|哪天|几号|起止|日期|多长时间|是不是[^，。？?]{0,6}安静期|是[^，。？?]{0,6}安静期吗|在[^，。？?]{0,4}安静期[^，。？?]{0,2}吗|有没有[^，。？?]{0,4}安静期|有安静期吗|在不在[^，。？?]{0,4}安静期|处于[^，。？?]{0,4}安静期/;
const RULE_ASKED = /能不能|可以|能否|能去|还能|能进|进企业|入企|审批|批准|报批|错峰|怎么/;
const COUNT =
  /查过几次|检查过几次|检查了几次|查了几次|几次检查|查过多少次|检查过多少次|查了多少次|还能再|还能查|还可以查|还能安排/;
const NOW = /现在|目前|今天|当前|本周|这几天/;

/** 12月1日, or 2027年1月4日 outside today's year. */
function day(date: string, today: string): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  const prefix = date.slice(0, 4) === today.slice(0, 4) ? '' : `${year}年`;
  return `${prefix}${month}月${dayOfMonth}日`;
}

function span(period: QuietPeriod, today: string): string {
  return `${day(period.from, today)}至${day(period.to, today)}（${period.jurisdiction}）`;
}

function asOf(today: string): string {
  return `截至${today.slice(0, 4)}年${day(today, today)}`;
}

/** The county a question names, in any of its written forms (潞城区, 潞城). */
function countyNamed(text: string, ctx: AnswerContext): string | undefined {
  const counties = ctx.directory.units.flatMap((unit) => (unit.county ? [unit.county] : []));
  return counties.find((county) => {
    const bare = county.replace(/^长治/, '');
    return text.includes(bare) || text.includes(bare.replace(/[区县市]$/, ''));
  });
}

/** A stand-in enterprise of the county, so the rules' own matching decides which periods apply. */
function ofCounty(county: string): Enterprise {
  return { name: '', uscc: '', county, industry: '', keyPolluter: false, positiveList: false };
}

function calendar(text: string, facts: CaseFacts, ctx: AnswerContext): PolicyAnswer {
  const { today } = ctx;
  const county = countyNamed(text, ctx);
  const target = facts.enterprise ?? (county ? ofCounty(county) : undefined);
  const upcoming = ctx.quietPeriods.filter((period) => period.to >= today);
  const applying = target
    ? upcoming.filter((p) => quietPeriodsHitting(target, p.from, p.to, [p], ctx.directory).length > 0)
    : upcoming.filter((p) => !/全市|市里/.test(text) || p.scope === 'citywide');
  const whom = facts.enterprise?.name ?? county ?? (/全市|市里/.test(text) ? '全市' : '本局日历');
  const source = `（据本局企业安静期日历，${asOf(today)}）`;
  const dates = facts.dates ?? (NOW.test(text) ? { from: today, to: today } : undefined);
  let answer: string;
  if (dates) {
    const inside = applying.filter((p) => p.from <= dates.to && p.to >= dates.from);
    const when =
      dates.from === dates.to ? day(dates.from, today) : `${day(dates.from, today)}至${day(dates.to, today)}`;
    answer = inside.length
      ? `是。${when}处于企业安静期：${inside.map((p) => span(p, today)).join('、')}${source}。`
      : `不是。${when}不在${whom === '本局日历' ? '' : whom}企业安静期内${
          applying[0] ? `；最近的企业安静期为${span(applying[0], today)}` : ''
        }${source}。`;
  } else if (applying.length) {
    const lead = /有没有|有安静期吗/.test(text) ? '有。' : '';
    answer = `${lead}${whom === '本局日历' ? '' : whom}适用的企业安静期为${applying.map((p) => span(p, today)).join('、')}${source}。`;
  } else {
    answer = `${/有没有|有安静期吗/.test(text) ? '没有。' : ''}${whom}目前没有已登记的企业安静期${source}。`;
  }
  if (/谁定|谁制定|多长/.test(text))
    answer = `企业安静期由市、县（区）政府制定，实施方案未规定时长；${answer}`;
  return {
    answer,
    citations: cite([{ clause: '10', about: '结合市、县（区）政府制定的“企业安静期”工作相关要求' }]),
    outOfScope: false,
  };
}

function inspections(text: string, enterprise: Enterprise, ctx: AnswerContext): PolicyAnswer {
  const { today } = ctx;
  const year = today.slice(0, 4);
  const settings = ctx.settings ?? DEFAULT_SETTINGS;
  const cap = enterprise.majorProblem ? settings.majorProblemCap : settings.yearlyCap;
  const count = (ctx.pastInspections ?? []).filter(
    (visit) =>
      visit.uscc === enterprise.uscc && visit.onSite && visit.date.startsWith(year) && visit.date <= today,
  ).length;
  const record = `${asOf(today)}，${enterprise.name}${year}年已现场检查${count}次，本局设定的年度上限为${cap}次`;
  let answer: string;
  if (/还能|还可以/.test(text)) {
    answer =
      count >= cap
        ? `不能，除非系根据投诉举报、转办交办、数据监测等线索或应企业申请实施：${record}，已达上限。`
        : `可以，但须按程序审批：${record}，今年还可现场检查${cap - count}次。`;
  } else {
    answer = `${record}。`;
  }
  return {
    answer,
    citations: cite([
      { clause: '3', about: '合理确定检查比例和次数 不受频次上限限制' },
      ...(enterprise.majorProblem ? [{ clause: '11' as const, about: '提高日常监管频次' }] : []),
    ]),
    outOfScope: false,
  };
}

/**
 * Questions the bureau's own data answers: the quiet-period calendar (「潞城区安静期是哪几天？」)
 * and an enterprise's inspections this year (「示例焦化今年查过几次？」), each with the data's date.
 */
export function answerFromConfig(
  text: string,
  facts: CaseFacts,
  ctx: AnswerContext,
  concepts: ReadonlySet<string>,
): PolicyAnswer | undefined {
  if (concepts.has('quiet') && CALENDAR.test(text) && !RULE_ASKED.test(text) && !concepts.has('onsite')) {
    return calendar(text, facts, ctx);
  }
  if (facts.enterprise && COUNT.test(text)) return inspections(text, facts.enterprise, ctx);
  return undefined;
}
