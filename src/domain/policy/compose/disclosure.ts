import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

const LEGAL = '法规与标准科负责执法主体、执法人员、执法事项、执法依据等信息的信息公开';
const TEAM = '市执法队负责行政处罚决定等信息的信息公开';

/** 第7条: which office publishes which enforcement information. */
export function disclosure(question: Question): Draft {
  const penalty = /处罚/.test(question.text);
  const staff = /主体|人员|事项|依据/.test(question.text);
  let answer: string;
  if (penalty && !staff) answer = `${TEAM}。`;
  else if (staff && !penalty) answer = `${LEGAL}。`;
  else if (hasAny(question, 'disclose', 'legalSection', 'enforcementTeam')) answer = `${LEGAL}，${TEAM}。`;
  else return fromBestSentence(question, '7');
  return { answer, cite: [{ clause: '7', about: answer }] };
}
