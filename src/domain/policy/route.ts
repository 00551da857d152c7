/** Which path a question takes: a visit to weigh, a unit's rule, a form, a section's clue. */
import { COERCIVE_MEASURES } from './clause-facts.js';
import type { ClauseId } from '../clauses.js';
import { CAP_ASK } from './case-asks.js';
import { asksWhatToDoWithClue } from './compose/referral.js';
import type { Concept } from './concepts.js';
import type { CaseFacts } from './facts.js';
import { askClause } from './near-miss-asks.js';
import { retrieve } from './retrieve.js';
import { ASPECTS, isCovered, UNIT_CONCEPTS } from './scope.js';

/** Only a question about visiting or checking an enterprise is a case for the inspection rules. */
export const INSPECTION = /查|入企|现场|执法|实地|上门|走访|看看|采样|专项|过一遍|摸个?底/;
/** 「还能去吗」「能去现场查吗」「还能第三次进厂吗」: whether a visit may go ahead. */
const VISIT_ASK =
  /(?:能|可以|还能|能不能|可不可以|要不要)(?:再|直接|马上|立即|现在)?(?:第?[一二两三四五六七八九十\d]+(?:次|趟|回))?(?:去|到|过去|进|上门|入企)(?!.*自己)|现场[查检]?[^，。？]{0,3}[吗么]/;
/** 「行不行」 asks about a visit only where the question speaks of one, not of a fine paid in parts. */
const BARE_ASK = /行不行|能这么干/;
const VISIT_WORD = /去|现场|入企|上门|检查|查(?:企业|厂|公司)|进(?:企业|厂)/;

/** 「问：不去现场先预警行不行」: the ask is a warning sent (第1条), whatever visit the message mentions. */
export const WARNING_ASK =
  /先预警提醒[^，。？?；;]{0,6}(?:行不行|可以吗|行吗|可否|妥否|能不能|吗)|(?:能不能|可不可以|可否|能否)[^，。？?；;]{0,4}先预警提醒/;

/** 「整改完成」「改造完了」「已经整改到位」: a rectification reported done. */
const RECTIFIED =
  /(?:整改|改造|改)(?:已经?)?(?:完成|完了|完毕|好了|到位|结束)|已(?:经)?(?:完成|整改到位)[^，。？?]{0,6}(?:整改|改造)/;
/** 「还用去现场核查吗」「要不要再去复查」: whether it must still be checked. */
const RECHECK_ASK =
  /(?:还|再)(?:用|要|得|需要)?(?:不用)?(?:去|到)?(?:现场)?(?:核查|复查|核实|验收|看看?)|(?:要不要|需不需要|用不用|是否需要)(?:再)?(?:去|到)?(?:现场)?(?:核查|复查|核实|验收|看)/;

/** 「检查方案报分管副局长审批即可」「检查方案要报谁批」「方案签字后报局长吗」: the plan's approver asked. */
const PLAN_APPROVAL_ASK =
  /检查方案[^。？?]{0,16}(?:审批|报批|签批|(?:报|找|请)(?:分管)?(?:副?局长|局领导|主要负责人|一把手|谁))[^。]{0,16}(?:即可|就行|就可以|还是|吗|么|谁)/;

export function asksVisit(question: string): boolean {
  // 「算不算检查次数」 asks 第3条's count of the visit, whatever clue or help brought it.
  if (CAP_ASK.test(question)) return true;
  // 「我们中心自己能直接去企业查吗」 asks whether the section goes itself, which 第8条 answers.
  if (/自[己行]/.test(question)) return false;
  // 「能不能上门帮他定整改计划」: a visit to help with a rectification is 第15条's service, not an inspection.
  if (/(?:上门|去|到)[^，。？?]{0,4}帮/.test(question)) return false;
  // 「企业报了整改完成，还用去现场核查吗」: checking a rectification reported done is 第15条's 整改核查, not a visit.
  if (RECTIFIED.test(question) && RECHECK_ASK.test(question)) return false;
  // 「检查方案我签字后，报分管副局长审批即可，还是必须报局长」: who approves the visit's plan, whatever
  // clue or form brought it, is asked of the visit.
  if (PLAN_APPROVAL_ASK.test(question)) return true;
  // 「查完……结果攒到年底出，行不行」 speaks of a visit done, not of one to make.
  // 「去年」「过去」 are times, not a visit.
  const visitWord = VISIT_WORD.test(question.replace(/(?:反馈)?检查结果|检查结束|查完|去年|过去/g, ''));
  return VISIT_ASK.test(question) || (BARE_ASK.test(question) && visitWord);
}
/**
 * 「环评科能直接去企业检查吗」: a unit, a visit and nothing else stated. No case to weigh, and the
 * rule asked is 第5条's approval, whatever clause shares the words 现场检查.
 */
export function visitByUnit(question: string, facts: CaseFacts, concepts: ReadonlySet<Concept>): boolean {
  return (
    facts.level !== undefined &&
    VISIT_WORD.test(question) &&
    /能|可以|行不行|行吗|批|审|手续|程序|流程/.test(question) &&
    [...concepts].every((concept) => ASPECTS.has(concept) || UNIT_CONCEPTS.has(concept))
  );
}
/**
 * 「送法入企是市局搞还是分局搞」: 普法 with nothing but units and asks beside it is 第2条's, though the
 * units' words weigh for 第5条.
 */
export function asksOutreachDuty(concepts: ReadonlySet<Concept>): boolean {
  return (
    concepts.has('publicLaw') &&
    [...concepts].every(
      // 「普法多久全覆盖」: 第2条's own 全覆盖 of the key enterprises, not a blanket inspection.
      (concept) =>
        concept === 'publicLaw' ||
        concept === 'blanket' ||
        ASPECTS.has(concept) ||
        UNIT_CONCEPTS.has(concept),
    )
  );
}
/**
 * 「检查方案要写哪些内容」: what a plan holds is the rows of its form, 附件1 for a special inspection's,
 * 附件2 for a visit's; a rectification plan is not one.
 */
const PLAN_CONTENTS =
  /(?:检查|专项|入企)?(?:方案|计划)[^，。？?]{0,6}(?:写|填|包括|包含|列)(?:哪些|些什么|什么|些啥|啥)|(?:方案|计划)的?(?:内容|要素)(?:有|包括)?(?:哪些|什么|啥)/;
export function planForm(question: string, concepts: ReadonlySet<Concept>): ClauseId | undefined {
  if (!PLAN_CONTENTS.test(question) || /整改/.test(question)) return undefined;
  return concepts.has('special') ? 'annex-1' : 'annex-2';
}
/** 「监控中心发现企业数据超标了怎么办」: a section that finds a clue hands it to the branch (第8条). */
export function sectionFindsClue(question: string, facts: CaseFacts): boolean {
  const unit = facts.unit;
  return unit?.kind === 'section' && !unit.name.includes('执法队') && asksWhatToDoWithClue(question);
}

/**
 * 「分局去企业检查谁批？」 states no more than a level and a visit: it asks 第5条's rule, which names
 * every level's approver, not for a case to be weighed.
 */
export function onlyWhoApproves(form: string, facts: CaseFacts): boolean {
  return (
    form === 'who' &&
    !facts.enterprise &&
    !facts.dates &&
    facts.type === undefined &&
    facts.quiet === undefined &&
    facts.positiveList === undefined
  );
}

/** 「随机抽查的检查结果需要公开吗」「检查结果谁负责公示」: results posted are 第7条's, not the feedback of 第6条. */
const RESULTS_POSTED =
  /结果[^，。？?]{0,10}(?:公开|公示|公布|挂网|上网|挂出去)|(?:公开|公示|公布)[^，。？?]{0,6}(?:检查|抽查)结果/;
export function asksResultsPosted(question: string): boolean {
  return RESULTS_POSTED.test(question) && !/反馈|告诉|告知|跟企业说/.test(question);
}

/**
 * 「能不能吊扣它的许可证件」「可以直接查封吗」: whether one of 第13条's coercive measures may be taken,
 * in the scheme's own words, however much the question reads like a licensing one.
 */
const COERCION_ASKED = new RegExp(
  `(?:能不能|可不可以|能否|可否|可以|能)[^，。？?]{0,8}(?:${COERCIVE_MEASURES.source})|(?:${COERCIVE_MEASURES.source})[\\s，,]{0,2}(?:行不行|行吗|可以吗|能行吗|中不中)`,
);
export function asksCoercion(question: string): boolean {
  return COERCION_ASKED.test(question);
}

/** Words that ask about a form itself: its rows, boxes and filling in. */
const FORM_WORDS = /表|栏|勾|填|附件|选项|写/;
/**
 * 「附件2检查方式勾的现场检查，到了现场是不是得全程用移动执法系统」: the form is told first, but the
 * clause that asks names another clause's subject and no form; that clause answers.
 */
export function askedBesideForm(question: string): ClauseId | undefined {
  const ask = askClause(question);
  if (ask === question || FORM_WORDS.test(ask)) return undefined;
  const found = retrieve(ask);
  const top = found.hits[0]?.clause;
  const subject = found.query.concepts.some(
    (concept) => !ASPECTS.has(concept) && !UNIT_CONCEPTS.has(concept),
  );
  return top && !top.startsWith('annex-') && subject && isCovered(found, ask) ? top : undefined;
}
