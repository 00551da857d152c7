import type { Level } from '../../org.js';
import { hasAny, lead, type Draft, type Question } from './types.js';

const RULE =
  '“企业安静期”时段内因实际工作需要确需开展现场执法检查的，须按程序报请本级行政执法主体主要负责人批准';

const WHO: Record<Level | 'both', string> = {
  city: '市级即市生态环境局主要负责人',
  county: '县区级即分局主要负责人',
  both: '市级为市生态环境局主要负责人，县区级为分局主要负责人',
};

/** 第10条, with 第5条 naming the main head of each level. */
export function quiet(question: Question): Draft {
  if (hasAny(question, 'offsite')) {
    const answer = '第10条的报批要求针对“企业安静期”内的现场执法检查，非现场检查不在此列。';
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
    const supervisor = hasAny(question, 'supervisor') ? '；分管局领导不是主要负责人，不能代替批准' : '';
    const answer = `${RULE}（${WHO[question.level ?? 'both']}）${supervisor}。`;
    return {
      answer,
      cite: [
        { clause: '10', about: RULE },
        { clause: '5', about: answer },
      ],
      offerApproval: true,
    };
  }
  if (
    /谁定|制定|什么是|是什么|什么意思|错峰|多长|多久/.test(question.text) ||
    !(question.yesNo || hasAny(question, 'onsite'))
  ) {
    const answer = '“企业安静期”按市、县（区）政府制定的相关要求执行，期间应科学合理安排“错峰”执法检查。';
    return { answer, cite: [{ clause: '10', about: '政府制定 企业安静期 错峰' }] };
  }
  return {
    answer: lead(question, '可以', `${RULE}。`),
    cite: [{ clause: '10', about: RULE }],
    offerApproval: true,
  };
}
