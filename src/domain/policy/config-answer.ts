import { lastPhrase } from './ask-sentence.js';
import type { Enterprise } from '../org.js';
import { DEFAULT_SETTINGS } from '../rules/index.js';
import { cite } from './citations.js';
import type { CaseFacts } from './facts.js';
import { asksOutreach, outreachAnswer } from './outreach-answer.js';
import { asOf, calendarAnswer, day, EXEMPTION_ASKED, exemptionAnswer, HEARSAY } from './quiet-answer.js';
import { lastVisit, LAST_VISIT_ASKED, visitsOnRecord } from './last-inspection.js';
import { registryAnswer, WHICH_BRANCH } from './registry-answer.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/**
 * 「安静期几号开始」「离安静期还有几天」: the period itself is what the date is asked of. CALENDAR also
 * takes 「几号」「什么时候」 said anywhere beside 安静期 (「安静期那段，党员大会定在几号」), which the lead
 * model may still refuse; these it may not.
 */
const CALENDAR_SURE =
  /安静期[^，。？?\s]{0,4}(?:是|从|到|至)?(?:几号|哪天|哪几天|什么时候|啥时候|何时|起止)|(?:离|到)[^，。？?]{0,6}安静期[^，。？?]{0,4}(?:几|多少)天|(?:几|多少)天[^，。？?]{0,4}安静期|安静期还有(?:几|多少)天/;

/** A calendar ask no reading of the words could take for another. */
export const asksCalendarSurely = (text: string): boolean => CALENDAR_SURE.test(text);

/** Questions about the calendar itself, not about what the scheme allows during it. */
const CALENDAR = new RegExp(
  `${CALENDAR_SURE.source}|(?:下一?个|下次|下一次|最近的?)安静期|(?:离|距|到)[^，。？?]{0,8}安静期[^，。？?]{0,4}(?:几天|多少天|多久)|(?:算不算|受不受|属不属于)[^，。？?]{0,4}安静期|汇总|列(?:一下|出来|个表)|各(?:县区|区县|县|区)|哪(?:家|几家|些)企业|单独|另外|另行|自己还?|哪几天|哪段(?:时间|日子)?|哪些(?:地方|地区|区县|县区|县|区|企业安静期|安静期)|属于[^，。？?]{0,4}安静期|哪些天|什么时候|何时|哪天|几号|起止|日期|多长时间|是不是[^，。？?]{0,6}安静期|是[^，。？?]{0,6}安静期吗|在[^，。？?]{0,4}安静期[^，。？?]{0,2}吗|有没有[^，。？?]{0,4}安静期|有安静期吗|[^能可批查去，,]{2,8}安静期[吗么]|在不在[^，。？?]{0,4}安静期|处于[^，。？?]{0,4}安静期|安静期[^。？?]{0,8}(?:${HEARSAY.source})|离[^，。？?]{0,8}安静期`,
);
/** 「那会有没有安静期 中不中」: whether the visit may go is asked too, which the case answers. */
const RULE_ASKED =
  /能不能|可以|能否|能去|还能|能进|进企业|入企|审批|批准|报批|错峰|怎么|行不行|行吗|行么|[去进]不[去进]|[去进]得了/;
const COUNT =
  /(?:查|去|走访|入企)(?:过|了)?(?:几|多少)(?:次|回|趟)|几(?:次|回)检查|检查(?:的)?次数|查过(?:没有?|吗)|有没有(?:被)?查过|还剩(?:几|多少)|还能再|还能查|还可以查|还能安排/;

/** The count asked beside another ask, taken out so the other is read alone. */
const COUNT_ASK = /[，,]?[^，,。？?]{0,6}(?:查|去|走访|检查)(?:过|了)?(?:几|多少)(?:次|回|趟)[？?]?/g;

function inspections(text: string, enterprise: Enterprise, ctx: AnswerContext): PolicyAnswer {
  const { today } = ctx;
  const year = today.slice(0, 4);
  const settings = ctx.settings ?? DEFAULT_SETTINGS;
  const cap = enterprise.majorProblem ? settings.majorProblemCap : settings.yearlyCap;
  const visits = visitsOnRecord(enterprise, ctx).filter((visit) => visit.date.startsWith(year));
  const count = visits.length;
  const dates = count ? `（${visits.map((visit) => day(visit.date, today)).join('、')}）` : '';
  const record = `${asOf(today)}，${enterprise.name}${year}年已现场检查${count}次${dates}，本局设定的年度上限为${cap}次`;
  const left = Math.max(0, cap - count);
  let answer: string;
  if (/还剩|(?:还能|还可以)[^，。？?]{0,6}(?:几|多少)/.test(text)) {
    // 「还剩几次」 asks the number left, which opens the answer.
    answer = left
      ? `今年还可现场检查${left}次：${record}。`
      : `今年常规现场检查次数已用完，因投诉举报、转办交办、数据监测等线索或应企业申请实施的除外：${record}。`;
  } else if (/还能|还可以/.test(text)) {
    answer =
      count >= cap
        ? `不能，除非系根据投诉举报、转办交办、数据监测等线索或应企业申请实施：${record}，已达上限。`
        : `可以，但须按程序审批：${record}，今年还可现场检查${left}次。`;
  } else if (/查过(?:没有?|吗)|有没有(?:被)?查过/.test(text)) {
    // 「今年被查过没」 asks yes or no first.
    answer = `${count ? '有' : '没有'}。${record}。`;
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
 * Questions the bureau's own data answers: the quiet-period calendar (「潞城区安静期是哪几天？」),
 * the local notices' exemptions (「安静期内因为举报去查算不算例外？」) and an enterprise's inspections this year (「示例焦化今年查过几次？」), each with the data's date.
 */
export function answerFromConfig(
  text: string,
  facts: CaseFacts,
  ctx: AnswerContext,
  concepts: ReadonlySet<string>,
): PolicyAnswer | undefined {
  if (concepts.has('quiet') && /例外/.test(text) && EXEMPTION_ASKED.test(text)) {
    return exemptionAnswer(text, facts, ctx);
  }
  // 「12月10号去现场查，在不在安静期」: a visit told, but its last clause asks the calendar.
  const last = lastPhrase(text) ?? '';
  const calendarAsked =
    (CALENDAR.test(text) && !RULE_ASKED.test(text) && !concepts.has('onsite')) ||
    (CALENDAR.test(last) && !RULE_ASKED.test(last) && /安静期/.test(last));
  if (concepts.has('quiet') && calendarAsked) {
    return freeEntry(text, calendarAnswer(text, facts, ctx));
  }
  const enterprise = facts.enterprise;
  if (enterprise && asksOutreach(text)) return outreachAnswer(enterprise, ctx);
  if (enterprise && LAST_VISIT_ASKED.test(text)) return lastVisit(enterprise, ctx);
  const registry = registryAnswer(text, enterprise, ctx, concepts);
  if (registry) return registry;
  // 「归谁管，今年查过几次」: the branch, then the count, each from the records. After 「归哪个分局」
  // was answered, 「今年查过几回」 asks only the count.
  const branchAnswered = ctx.previous !== undefined && WHICH_BRANCH.test(ctx.previous);
  if (enterprise && WHICH_BRANCH.test(text) && COUNT.test(text) && !branchAnswered) {
    const branch = registryAnswer(text.replace(COUNT_ASK, ''), enterprise, ctx, concepts);
    const count = inspections(text, enterprise, ctx);
    if (branch) return { ...count, answer: `${branch.answer}${count.answer}` };
  }
  // 「因举报还能再去吗」「已经查过两次，还能去吗」 describe a case: the rules weigh its facts.
  const described =
    facts.type !== undefined || facts.stated.visits !== undefined || facts.dates !== undefined;
  if (enterprise && COUNT.test(text) && !described) return inspections(text, enterprise, ctx);
  return undefined;
}

/** 「21号以后是不是就能随便进了」: going in at will, asked of days the calendar answers. */
const ENTER_AT_WILL = /随便(?:进|去|查|入企)|想(?:进|去)就(?:进|去)|不用(?:再)?(?:报|批)就能(?:进|去)/;
const QUIET_VISIT = '企业安静期内确需现场检查的，须报请本级行政执法主体主要负责人批准（第10条）';

function freeEntry(text: string, result: PolicyAnswer): PolicyAnswer {
  if (!ENTER_AT_WILL.test(text) || result.outOfScope) return result;
  const quiet = /企业安静期为|处于/.test(result.answer);
  const answer = quiet
    ? `不是。${result.answer.replace(/^(?:是|部分日期是|有)。/, '').replace(/。$/, '')}；${QUIET_VISIT}。`
    : result.answer.replace(/^不是。/, '是，不在企业安静期内。');
  return { ...result, answer };
}
