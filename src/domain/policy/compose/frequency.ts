import type { InspectionType } from '../../rules/index.js';
import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

export const EXEMPT_RULE =
  '根据投诉举报、转办交办、数据监测等非现场手段发现线索确需实施检查，或者应企业申请实施执法检查的，可以不受频次上限限制';

const SEVERE =
  '对弄虚作假、偷排偷放、无证排污、超标超总量排放、不正常运行治污设施、未落实重污染天气管控停限产措施等方面的严重违法问题依法严惩。';

/** The words of 第3条 for each trigger it frees from the cap. */
export const EXEMPT_TRIGGERS: Partial<Record<InspectionType, string>> = {
  complaint: '因投诉举报发现线索确需实施的检查',
  referral: '因转办交办发现线索确需实施的检查',
  monitoring: '因数据监测发现线索确需实施的检查',
  'enterprise-request': '应企业申请实施的执法检查',
};

/**
 * The yes or no on the cap: 「受不受限」 is answered 受/不受, 「算不算次数」 算/不算, and
 * 「超了上限还能去吗」 能/不能 (a trigger of 第3条 frees the visit from the cap, 双随机 does not).
 */
function capVerdict(text: string, capped: boolean): string | undefined {
  if (/(?:可以|能|可否|能否)不受/.test(text)) return capped ? '不可以' : '可以';
  if (/会不会|会超/.test(text)) return capped ? '会' : '不会';
  if (/算不算|算不算数|计不计|算次数吗|算进/.test(text)) return capped ? '算' : '不算';
  if (/受不受|限不限|受.{0,8}限制?吗|有没有上限/.test(text)) return capped ? '受' : '不受';
  if (/能|可以|行不行|行吗/.test(text)) return capped ? '不能' : '可以';
  return capped ? undefined : '不受';
}

const SPENT =
  /用完|用光|用尽|满了|已满|到(?:了)?上限|达(?:到)?上限|超(?:过|出)?(?:了)?(?:计划)?(?:次数|上限)/;

function capAnswer(question: Question): Draft {
  const exempt = question.type && EXEMPT_TRIGGERS[question.type];
  if (exempt) {
    const answer = `${question.yesNo ? `${capVerdict(question.text, false) ?? '不受'}。` : ''}可以不受频次上限限制：${exempt}属于第3条所列情形。`;
    return { answer, cite: [{ clause: '3', about: EXEMPT_RULE }] };
  }
  if (question.type === 'random' || question.type === 'special') {
    const kind = question.type === 'random' ? '双随机抽查' : '专项检查';
    // 「双随机抽查能去吗」 without the cap in view is no question of the cap: no verdict.
    const said = question.yesNo && hasAny(question, 'cap') ? capVerdict(question.text, true) : undefined;
    const verdict = said ? `${said}。` : '';
    const answer = `${verdict}${kind}不属于第3条所列可以不受频次上限限制的情形（投诉举报、转办交办、数据监测等线索或应企业申请），应合理确定检查比例和次数，最大限度减少入企检查频次。`;
    return { answer, cite: [{ clause: '3', about: `合理确定检查比例和次数 ${EXEMPT_RULE}` }] };
  }
  // 「哪些检查不算频次」 asks the list of 第3条's exemptions, which then opens the answer.
  if (question.form === 'list') return exemptList();
  const { yearlyCap, majorProblemCap } = question.settings;
  const local =
    question.form === 'quantity'
      ? `实施方案未规定具体次数，本局设定每家企业每年现场检查上限为${yearlyCap}次（发现重大环境问题的企业为${majorProblemCap}次）；`
      : '实施方案未规定具体次数，';
  // 「计划里的次数用完了，没举报没线索，能不能再去」: a visit 第3条 does not free, asked of a spent count.
  const spent = question.yesNo && SPENT.test(question.text) ? '不能。' : '';
  const answer = `${spent}${local}要求合理确定检查比例和次数、最大限度减少入企检查频次；因投诉举报、转办交办、数据监测等线索或应企业申请实施的检查，可以不受频次上限限制。`;
  return {
    answer,
    cite: [
      { clause: '3', about: `合理确定检查比例和次数 ${EXEMPT_RULE}` },
      ...(hasAny(question, 'majorProblem')
        ? [{ clause: '11' as const, about: '重大环境问题 提高日常监管频次' }]
        : []),
    ],
  };
}

const YEAR_PLAN = /年度(?:执法)?(?:检查)?计划|年度计划/;
const JOINT = '，并通过“综合一次查”加强联合检查，避免重复检查';
const MORE_VISITS =
  /每家(?:企业)?都|一家不落|一个不落|全都查|所有企业都|全部企业都|挨个|越多越|都查一遍|都排上|多查几(?:次|遍|回)/;
const PLAN_NEEDED = /要不要|需不需要|是否需要|用不用|该不该|(?:提前|先)(?:定|制定|排)/;

/** 「哪些情况可以不受频次上限限制，列清楚」: 第3条's exemptions, whatever case the message also tells. */
export const EXEMPT_LIST_ASK =
  /(?:哪些|哪几种|哪几类|什么)(?:情况|情形|检查)[^，。？?]{0,10}(?:不受|不算|不计)[^，。？?]{0,4}频次|(?:不受|不算|不计)[^，。？?]{0,6}频次[^，。？?]{0,8}(?:哪些|哪几种|哪几类|什么情况|什么情形|的情形|的情况)/;

export function exemptList(): Draft {
  const answer =
    '根据投诉举报、转办交办、数据监测等非现场手段发现线索确需实施的检查，以及应企业申请实施的执法检查，可以不受频次上限限制（第3条）。';
  return { answer, cite: [{ clause: '3', about: EXEMPT_RULE }] };
}

/** 第3条: the yearly plan, the cap and who is free of it, and 综合一次查. */
export function frequency(question: Question): Draft {
  // 「可能重复查，年度计划要不要提前定」 asks the plan; 综合一次查 is said with it.
  if (hasAny(question, 'joint') && !(hasAny(question, 'plan') && YEAR_PLAN.test(question.text))) {
    // 「两个科能不能一起去查」 asks for the joint visit the rule wants; 「分开查」 for the repeat it avoids.
    // 「各查各的企业意见很大，跟他们搞联合检查」: what is proposed is said last.
    const at = (pattern: RegExp) => Math.max(-1, ...[...question.text.matchAll(pattern)].map((m) => m.index));
    const together = question.yesNo ? at(/一起|一块|联合|合并|同去|综合一次查/g) : -1;
    const apart = question.yesNo ? at(/分开|分别|各查各|各去各/g) : -1;
    const verdict = together > apart ? '可以，' : apart >= 0 ? '不能，' : '';
    const answer = `${verdict}应通过跨部门、跨区域、跨层级的“综合一次查”协作机制加强联合检查，避免重复检查。`;
    return { answer, cite: [{ clause: '3', about: '综合一次查 联合检查 避免重复检查' }] };
  }
  // 「双随机抽查比例多少」 asks the yearly plan; 双随机 weighs on the cap only when the cap is asked.
  const planOnly = question.type === 'random' && !hasAny(question, 'cap');
  if (hasAny(question, 'cap') || (question.type && !planOnly)) return capAnswer(question);
  if (hasAny(question, 'plan', 'random')) {
    // 「可能重复查同一批企业」: the plan is also where 综合一次查 avoids repeated visits.
    const joint = /重复|联合|多头/.test(question.text) ? JOINT : '';
    const plan = `应结合“双随机、一公开”监管机制要求，科学制定年度执法检查计划，合理确定检查比例和次数，最大限度减少入企检查频次${joint}。`;
    // 「每家企业都排上查一遍，越多越保险」 asks for the opposite of 最大限度减少.
    const verdict = question.yesNo
      ? MORE_VISITS.test(question.text)
        ? '不能，'
        : PLAN_NEEDED.test(question.text)
          ? '需要，'
          : ''
      : '';
    return { answer: `${verdict}${plan}`, cite: [{ clause: '3', about: plan }] };
  }
  return fromBestSentence(question, '3');
}

/** 第11条: what is punished severely, and whose inspections become more frequent. */
export function focus(question: Question): Draft {
  if (hasAny(question, 'majorProblem', 'cap')) {
    const raised =
      question.form === 'quantity'
        ? `，本局设定其年度现场检查上限为${question.settings.majorProblemCap}次（一般企业为${question.settings.yearlyCap}次）`
        : '';
    const answer = `对发现重大环境问题的企业，应提高日常监管频次${raised}。`;
    return {
      answer,
      cite: [
        { clause: '11', about: answer },
        { clause: '3', about: EXEMPT_RULE },
      ],
    };
  }
  // 「哪些违法要从严处理」「偷排要严惩吗」: the list of 第11条's serious violations, quoted.
  if (question.form === 'list' || (question.form === 'yes-no' && hasAny(question, 'severe'))) {
    return { answer: SEVERE, cite: [{ clause: '11', about: SEVERE }] };
  }
  return fromBestSentence(question, '11');
}
