import { askSentence } from './ask-sentence.js';
import { askPart } from './context-lead.js';
import type { CaseFacts } from './facts.js';

/** Asks that mention a visit yet are not one to weigh as a case: answered by a clause instead. */

/** 「审批表上检查类型勾哪个」「检查方式一栏应勾选哪几项」: a row of the plan form asked, not the visit. */
const PLAN_FORM_ASK =
  /(?:审批表|检查方式|检查类型)[^。？?]{0,16}(?:怎么勾|勾哪|勾什么|勾选哪|应勾选|应当勾选|选哪|怎么选)/;

/** 「专项方案分管局长签了，局长意见还空着」: who has approved a special plan is 第4条's, not a case's fact. */
export const SPECIAL_SIGNED =
  /(?:局长|负责人|政府|领导)[^，。？?]{0,4}(?:已经?|都)?(?:签|批)(?:了|过|准|字|意见)|(?:局长|负责人)(?:意见)?(?:一栏|那栏)?(?:还|尚)?(?:没|未)(?:签|批)|(?:一栏|那栏)(?:还|尚)?空着/;

/** 「老板问能不能进正面清单，咋个进法」: how an enterprise gets listed (第9条), whatever visits it had. */
const JOIN_LIST =
  /(?:进|入|纳入|列入|评上|选进|申请)(?:个)?(?:监督执法)?正面清单(?![的企])|(?:怎么|咋|如何|怎样)(?:个|样)?(?:才能)?(?:进|入|列入|评上)|(?:咋|怎么)个?进法/;

/** 「年度检查计划要不要提前定」: the year's plan (第3条), not one visit to weigh. */
/** 「计划里对它的检查次数有没有个硬数」: the count the plan sets, which 第3条 answers for any enterprise. */
const PLAN_COUNT = /次数|几次|多少次|频次|硬数|上限/;
const YEAR_PLAN = /年度(?:执法)?(?:检查)?计划|年度计划|明年的?(?:检查)?计划/;

/**
 * 「裁量时能把这个考虑进去不」「公示这块有啥要求」「移送表那栏能勾哪些」: an ask about a duty no visit
 * weighs (discretion, disclosure, the warning, the clue form, closing a case, the bureau's own
 * oversight), though the message names an enterprise or a visit.
 */
const DUTY_ASK = /裁量|过罚相当|公示|信息公开|预警|移送表|移送方|销号|稽查|纠错|执法监督/;

/**
 * What a question that names a visit asks instead: the plan form's row, getting an enterprise listed,
 * or the year's plan; undefined when it is a visit.
 */
export function notAVisit(
  question: string,
  facts: CaseFacts,
): 'plan-form' | 'join-list' | 'year-plan' | 'duty' | undefined {
  if (PLAN_FORM_ASK.test(question)) return 'plan-form';
  if (DUTY_ASK.test(askPart(askSentence(question)))) return 'duty';
  if (/正面清单/.test(question) && JOIN_LIST.test(question)) return 'join-list';
  // 「焦化厂今年查了两次，明年计划里对它的检查次数有没有个硬数」: the plan's count asked, whatever enterprise.
  const ask = askPart(askSentence(question));
  if (YEAR_PLAN.test(question) && (!facts.enterprise || (YEAR_PLAN.test(ask) && PLAN_COUNT.test(ask))))
    return 'year-plan';
  return undefined;
}
