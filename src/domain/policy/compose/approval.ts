import { TRIGGER_CONCEPTS } from '../concepts-triggers.js';
import { extraSigner, namedApprover, type ApproverRoles } from './named-approver.js';
import { hasAny, type Draft, type Question } from './types.js';

export const CITY = '市级入企执法检查由市生态环境局主要负责人或分管局领导审批';
export const COUNTY = '县区级入企执法检查由各分局主要负责人审批';
const PROCEDURE = /手续|程序|流程/;
const PROCEDURE_RULE = '实施入企执法检查，应严格履行审批程序，制定检查方案并报行政执法主体负责人审批：';

/** 「不签字能去查吗」「不审批能查吗」: going without the approval 第5条 requires. */
/** 「不写检查方案直接去」「方案还没做能先去吗」: going without the plan 第5条 requires. */
const PLAN_SKIPPED =
  /(?:没|未|不)(?:有)?报批|先去后(?:批|补)|(?:回来|事后|之后|过后|完了)(?:再)?补(?:办)?(?:个|一下)?(?:手续|审批|方案|批)|先斩后奏|不(?:写|做|定|制定|出|报)(?:检查)?方案|没(?:有)?(?:写|做|定|制定)?(?:检查)?方案|(?:检查)?方案(?:还)?(?:没|未)(?:写|做|定|制定|出)|来不及(?:写|做|定|制定)?(?:检查)?方案/;

/** 「要不要先写检查方案」「还得做个方案吗」: whether a plan is needed at all. */
const PLAN_NEEDED =
  /(?:要不要|需不需要|需要|用不用|是否|必须|[也还先]?(?:要|得))(?:先)?(?:写|做|制定|定|出)(?:个|一份)?(?:检查)?方案/;

/** The clue the message says set the visit off, in the officer's word (信访, 转办, 在线监测…). */
const TRIGGER_WORDS = [
  ...TRIGGER_CONCEPTS.complaint,
  ...TRIGGER_CONCEPTS.referral,
  ...TRIGGER_CONCEPTS.monitoring,
].sort((a, b) => b.length - a.length);
function triggerOf(text: string): string | undefined {
  // 「没有举报」: a trigger denied is none.
  return TRIGGER_WORDS.find(
    (word) => text.includes(word) && !new RegExp(`(?:没有?|不是|并非|无)${word}`).test(text),
  );
}
const TRIGGER_LINE = (word: string) =>
  `所述${word}属确需实施检查的线索，可以不受频次上限限制，但仍须制定检查方案并经审批（第3条）。`;

/**
 * 「审批是不是也能省了」「能不能跳过报批」「不用走审批」「无需报批」: the approval itself dropped;
 * 「用不用走审批」「需不需要报批」 only ask.
 */
const APPROVAL_DROPPED =
  /(?:审批|报批|批准|签字)[^，。？?]{0,6}(?:省|免|跳过|不走)|(?:省|免|跳过|不走|(?<![需用必])(?:不用|不必|不需要)走|(?:无需|用不着)走)(?:了|掉|去)?(?:审批|报批|签字)|(?:(?<![需用必])(?:不用|不必|不需要)|无需|用不着)(?:报批|审批)/;

/** Whether the ask is to visit without the plan or the approval, whatever case the message tells. */
export function skipsApproval(ask: string): boolean {
  return (PLAN_SKIPPED.test(ask) || APPROVAL_DROPPED.test(ask)) && !/整改|专项/.test(ask);
}

const WITHOUT = new RegExp(
  `不(?:签字|审批|批|报批|报审批|报请审批|经审批|经批准)|没(?:有)?(?:签字|审批|批)|未经|${PLAN_SKIPPED.source}|${APPROVAL_DROPPED.source}`,
);

/** 第5条's approvers of a city inspection: the bureau's main head or the supervising deputy. */
const CITY_APPROVERS: ApproverRoles = [
  [/主要负责人|一把手|主要领导|(?<![副分])局长|分管|副局长/g, true],
  [/科长|队长|主任|承办机构负责人|科室负责人/g, false],
];
/** A county inspection: the branch's main head alone. */
const COUNTY_APPROVERS: ApproverRoles = [
  [/主要负责人|一把手|主要领导|(?<!副)局长|分局长/g, true],
  [/分管|副局长|科长|队长|股长|所长/g, false],
];

/** 「分局能去企业查吗」: whether a unit may visit, which it may once approved. */
const MAY_VISIT = /(?:能|可以|能否|可否)[^，。？批]{0,4}(?:去|到|进|上门|入企)/;

function mayVisit(question: Question): boolean {
  return question.yesNo && MAY_VISIT.test(question.text) && !/批|审/.test(question.text);
}

/** 「大气环境科的分管局领导为副局长乙（示例）」: the people behind the roles, when the unit is known. */
export function people(question: Question): string {
  const who = question.approvers;
  if (!who) return '';
  if (!who.supervisor) return `；${who.unit}主要负责人为${who.head}`;
  return `；${who.unit}的分管局领导为${who.supervisor}，市生态环境局主要负责人为${who.director ?? '局长'}`;
}

/** 第5条: who approves an ordinary inspection, by the level of the unit that carries it out. */
export function approval(question: Question): Draft {
  let rule: string;
  const supervisor = hasAny(question, 'supervisor');
  const trigger = triggerOf(question.text);
  if (question.yesNo && WITHOUT.test(question.text)) {
    rule = `不能。实施入企执法检查应严格履行审批程序，制定检查方案报行政执法主体负责人审批：${CITY}，${COUNTY}。`;
    // 「刚接到信访，不写方案直接去行不行」: the clue frees the visit from the cap, not from the plan.
    if (trigger) rule = `${rule.replace(/。$/, '（第5条）。')}${TRIGGER_LINE(trigger)}`;
  } else if (PROCEDURE.test(question.text) && !question.yesNo) {
    // 「去企业检查要走什么程序」「需要哪些手续」: the procedure, then who approves at the level asked.
    const who =
      question.level === 'city' ? CITY : question.level === 'county' ? COUNTY : `${CITY}，${COUNTY}`;
    rule = `${PROCEDURE_RULE}${who}${people(question)}。`;
  } else if (question.yesNo && PLAN_NEEDED.test(question.text)) {
    // 「入企检查前到底要不要先写检查方案」: the plan is asked, whoever then approves it.
    const who =
      question.level === 'city' ? CITY : question.level === 'county' ? COUNTY : `${CITY}，${COUNTY}`;
    rule = `需要。实施入企执法检查应制定检查方案，报行政执法主体负责人审批：${who}${people(question)}。`;
  } else if (question.level === 'city') {
    const named = question.yesNo
      ? (namedApprover(question.text, CITY_APPROVERS) ?? extraSigner(question.text))
      : undefined;
    const may = !named && mayVisit(question) ? '可以，但须经审批：' : '';
    rule = `${named ? `${named}。` : may}${CITY}${people(question)}。`;
  } else if (question.level === 'county') {
    const named = question.yesNo
      ? (namedApprover(question.text, COUNTY_APPROVERS) ?? extraSigner(question.text))
      : undefined;
    const may = !named && mayVisit(question) ? '可以，但须经审批：' : '';
    rule = `${named ? `${named}。` : may}${COUNTY}${supervisor ? '，分管局领导不能代替' : ''}${people(question)}。`;
  } else if (
    question.yesNo &&
    /要不要|需不需要|需要|用不用|是否|必须|[也还](?:要|得)|(?:要|得)(?:写|做|制定|报)/.test(question.text)
  ) {
    rule = `需要。实施入企执法检查应制定检查方案，报行政执法主体负责人审批：${CITY}，${COUNTY}${people(question)}。`;
  } else {
    // No level asked: both rules, then the people of the asker's own unit when the directory knows it.
    rule = `${CITY}，${COUNTY}${people(question)}。`;
  }
  const form = hasAny(question, 'form', 'annex2');
  const freed = trigger && rule.includes(TRIGGER_LINE(trigger));
  return {
    answer: rule,
    cite: [
      { clause: '5', about: rule },
      ...(freed
        ? [{ clause: '3' as const, about: '因投诉举报、转办交办、数据监测等线索确需实施的检查' }]
        : []),
      ...(form ? [{ clause: 'annex-2' as const, about: `审批意见 ${question.text}` }] : []),
    ],
    offerApproval: true,
  };
}
