import { askSentence } from './ask-sentence.js';
import { askPart } from './context-lead.js';
import type { ClauseId } from '../clauses.js';
import type { CaseFacts } from './facts.js';
import { retrieve } from './retrieve.js';
import { isCovered } from './scope.js';

/** Asks that mention a visit yet are not one to weigh as a case: answered by a clause instead. */

/** 「审批表上检查类型勾哪个」「检查方式一栏应勾选哪几项」: a row of the plan form asked, not the visit. */
const PLAN_FORM_ASK =
  /(?:审批表|检查方式|检查类型)[^。？?]{0,16}(?:怎么勾|勾哪|勾什么|勾选哪|应勾选|应当勾选|选哪|怎么选|填哪|要填哪|填什么|填啥|写哪)/;

/**
 * 「专项方案分管局长签了，局长意见还空着」「分局局长签行不行」「方案要报到哪一级批」: who approves a special
 * plan, signed or proposed, is 第4条's, not a case's fact.
 */
export const SPECIAL_SIGNED =
  /(?:局长|负责人|政府|领导)[^，。？?]{0,4}(?:已经?|都)?(?:签|批)(?:了|过|准|字|意见)|(?:局长|负责人)(?:意见)?(?:一栏|那栏)?(?:还|尚)?(?:没|未)(?:签|批)|(?:一栏|那栏)(?:还|尚)?空着|(?:局长|负责人|领导)(?:来|直接)?(?:签|批)(?:字|批)?(?:行不行|可不可以|可以吗|行吗|够不够|够吗|就行吗?)|报(?:到|给)?哪一?级(?:审)?批/;

/** 「老板问能不能进正面清单，咋个进法」: how an enterprise gets listed (第9条), whatever visits it had. */
const JOIN_LIST =
  /(?:进|入|纳入|列入|评上|选进|申请)(?:个)?(?:监督执法)?正面清单(?![的企])|(?:怎么|咋|如何|怎样)(?:个|样)?(?:才能)?(?:进|入|列入|评上)|(?:咋|怎么)个?进法/;

/** 「年度检查计划要不要提前定」: the year's plan (第3条), not one visit to weigh. */
/** 「计划里对它的检查次数有没有个硬数」: the count the plan sets, which 第3条 answers for any enterprise. */
const PLAN_COUNT = /次数|几次|多少次|频次|硬数|上限/;
const YEAR_PLAN = /年度(?:执法)?(?:检查)?计划|年度计划|明年的?(?:检查)?计划/;

/**
 * 「裁量时能把这个考虑进去不」「公示这块有啥要求」「移送表那栏能勾哪些」: an ask about a duty no visit
 * weighs (discretion, disclosure, the warning, the clue form, a case's full process, the bureau's
 * own oversight, part 三's organisation and publicity), though the message names an enterprise or a visit.
 */
const DUTY_ASK =
  /裁量|过罚相当|公示|信息公开|负责公开|预警|移送表|移送方|销号|全流程|稽查|纠错|执法监督|细化(?:工作)?(?:措施)?|工作专班|组织领导|落实(?:工作)?责任|社会关切|舆论|舆情|宣传/;

/** 「这么弄可以吗」「一共有哪几步」: an ask that points back at what was just said, naming no duty itself. */
const POINTING_ASK =
  /这么|这样|如此|哪几步|几个步骤|几步|哪些环节|有啥要求|有什么要求|咋弄|怎么弄|可以吗|行吗|行不行|中不中|妥不妥|对不对/;
/** What someone proposed (「有人说公示只要事后挂一下」「想按全流程管理来走」), up to the ask. */
const PROPOSED = /(?:说|主张|提出|认为|觉得|建议|想|打算|准备)(?!明|法|清)[^。！!？?]*$/;

/**
 * The part of the ask sentence a duty is read in: its last phrase, or, when that only points back
 * (「这么弄可以吗」), what was proposed before it, else the phrase before it too.
 */
export function dutyScope(sentence: string): string {
  const ask = askPart(sentence);
  if (!POINTING_ASK.test(ask)) return ask;
  const proposed = PROPOSED.exec(sentence)?.[0];
  if (proposed) return proposed;
  const parts = sentence.split(/[，,；;。！!？?\s]+/).filter(Boolean);
  return parts.slice(-2).join('，');
}

/**
 * What a question that names a visit asks instead: the plan form's row, getting an enterprise listed,
 * or the year's plan; undefined when it is a visit.
 */
export function notAVisit(
  question: string,
  facts: CaseFacts,
): 'plan-form' | 'join-list' | 'year-plan' | 'duty' | undefined {
  if (PLAN_FORM_ASK.test(question)) return 'plan-form';
  if (DUTY_ASK.test(dutyScope(askSentence(question)))) return 'duty';
  if (/正面清单/.test(question) && JOIN_LIST.test(question)) return 'join-list';
  // 「焦化厂今年查了两次，明年计划里对它的检查次数有没有个硬数」: the plan's count asked, whatever enterprise.
  const ask = askPart(askSentence(question));
  if (YEAR_PLAN.test(question) && (!facts.enterprise || (YEAR_PLAN.test(ask) && PLAN_COUNT.test(ask))))
    return 'year-plan';
  return undefined;
}

/** 「立案了，想按全流程管理来走，一共有哪几步」: the duty asked is read in the ask's own words, not the case's. */
export function dutyClause(question: string): ClauseId | undefined {
  const scope = dutyScope(askSentence(question));
  const found = retrieve(scope);
  return isCovered(found, scope) ? found.hits[0]?.clause : undefined;
}
