import type { Level } from '../../org.js';
import { offSiteSource } from '../case-stated.js';
import { AT_WILL } from '../form.js';
import { people } from './approval.js';
import { hasAny, type Draft, type Question } from './types.js';

/** 「要批吗」「用报局长吗」: whether an approval is needed, answered 需要 or 不需要. */
const NEED = /需要|要不要|需不需要|用不用|是否需要|须|要报|[要得][^，。？]{0,10}批|用(?:报|批|审批|请示|签)/;
/** 「什么时候还能进企业」 asks for the one exception 第10条 makes, not for 错峰. */
const EXCEPTION = /什么时候|何时|什么情况|哪些情况|例外|还能|能进|可以进|特殊情况|怎么办|出了|发现/;

const RULE =
  '“企业安静期”时段内因实际工作需要确需开展现场执法检查的，须按程序报请本级行政执法主体主要负责人批准';

const WHO: Record<Level | 'both', string> = {
  city: '市级即市生态环境局主要负责人',
  county: '县区级即分局主要负责人',
  both: '市级为市生态环境局主要负责人，县区级为分局主要负责人',
};

/** 「潞州分局主要负责人为…」: the person 第10条's approval goes to, when the unit is known. */
function mainHead(question: Question): string {
  const who = question.approvers;
  if (!who) return '';
  return who.supervisor === undefined
    ? people(question)
    : `；市生态环境局主要负责人为${who.director ?? '局长'}`;
}

/**
 * 「调台账」「打电话问问」 check without a visit; 「去企业现场看看台账」 is still a visit, unless the
 * question says it is not (「去企业查资料，不去现场」).
 */
function withoutVisit(question: Question): boolean {
  if (!hasAny(question, 'offsite')) return false;
  return !hasAny(question, 'onsite') || /非现场|不(?:进|去|到|上|入)/.test(question.text);
}

/** 第10条, with 第5条 naming the main head of each level. */
export function quiet(question: Question): Draft {
  if (withoutVisit(question)) {
    // 「调自动监控数据看看」: the officer's own words for what is looked at, with 第8条.
    const source = offSiteSource(question.text);
    const what = source ? `调取${source}` : '调阅资料台账、电话问询、在线数据核查等';
    const rule = `第10条的报批要求针对“企业安静期”内的现场执法检查，即确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准（第10条）；${what}属非现场检查，不是现场执法检查，不在此列，符合大力推行非现场、无感式执法的要求（第8条）。`;
    const answer = question.yesNo ? `${NEED.test(question.text) ? '不需要' : '可以'}。${rule}` : rule;
    return {
      answer,
      cite: [
        { clause: '10', about: RULE },
        { clause: '8', about: question.text },
      ],
    };
  }
  if (hasAny(question, 'approve', 'head', 'supervisor')) {
    // 分管局领导 may approve an ordinary city inspection (第5条), but is not the 主要负责人 第10条 names.
    const supervisor = hasAny(question, 'supervisor');
    const rule = `${RULE}（${WHO[question.level ?? 'both']}）${supervisor ? '；分管局领导不是主要负责人，不能代替批准' : ''}${mainHead(question)}。`;
    const answer = !question.yesNo ? rule : `${supervisor ? '不能' : '需要'}。${rule}`;
    return {
      answer,
      cite: [
        { clause: '10', about: RULE },
        { clause: '5', about: answer },
      ],
      offerApproval: true,
    };
  }
  if (!question.yesNo && EXCEPTION.test(question.text)) {
    const answer = `“企业安静期”内只有一种例外：因实际工作需要确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准（${WHO.both}）后开展；其余检查应“错峰”安排。`;
    return { answer, cite: [{ clause: '10', about: RULE }], offerApproval: true };
  }
  if (
    /谁定|制定|什么是|是什么|什么意思|错峰|多长|多久/.test(question.text) ||
    !(question.yesNo || hasAny(question, 'onsite'))
  ) {
    const answer = '“企业安静期”按市、县（区）政府制定的相关要求执行，期间应科学合理安排“错峰”执法检查。';
    return { answer, cite: [{ clause: '10', about: '政府制定 企业安静期 错峰' }] };
  }
  return {
    // 「安静期里是不是能随便进」: not at will; only what work truly needs, on the head's approval.
    answer: question.yesNo
      ? `${AT_WILL.test(question.text) ? '不能，不得随意入企，' : '能，但'}须因实际工作需要确需开展，并按程序报请本级行政执法主体主要负责人批准（${WHO[question.level ?? 'both']}）。`
      : `${RULE}。`,
    cite: [{ clause: '10', about: RULE }],
    offerApproval: true,
  };
}
