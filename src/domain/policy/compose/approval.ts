import { hasAny, lead, type Draft, type Question } from './types.js';

const CITY = '市级入企执法检查由市生态环境局主要负责人或分管局领导审批';
const COUNTY = '县区级入企执法检查由各分局主要负责人审批';

/** 第5条: who approves an ordinary inspection, by the level of the unit that carries it out. */
export function approval(question: Question): Draft {
  let rule: string;
  if (question.level === 'city') {
    rule = hasAny(question, 'supervisor') ? lead(question, '可以', `${CITY}。`) : `${CITY}。`;
  } else if (question.level === 'county') {
    rule = `${COUNTY}。`;
  } else if (question.yesNo && /要不要|需不需要|需要|用不用|是否|必须/.test(question.text)) {
    rule = `需要。实施入企执法检查应制定检查方案，报行政执法主体负责人审批：${CITY}，${COUNTY}。`;
  } else {
    rule = `${CITY}，${COUNTY}。`;
  }
  const form = hasAny(question, 'form', 'annex2');
  return {
    answer: rule,
    cite: [
      { clause: '5', about: rule },
      ...(form ? [{ clause: 'annex-2' as const, about: `审批意见 ${question.text}` }] : []),
    ],
    offerApproval: true,
  };
}
