import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

const LEGAL = '法规与标准科负责执法主体、执法人员、执法事项、执法依据等信息的信息公开';
const TEAM = '市执法队负责行政处罚决定等信息的信息公开';

const SEVERE = /弄虚作假|偷排偷放|偷排|无证排污|超标超总量排放|超标排放|不正常运行治污设施/;

/** 第7条: which office publishes which enforcement information. */
export function disclosure(question: Question): Draft {
  const penalty = /处罚/.test(question.text);
  const staff = /主体|人员|事项|依据/.test(question.text);
  // 「谁负责公示」: 公示 is the clause's own word (强化入企检查信息公示), said beside 信息公开.
  const posted = /公示/.test(question.text) ? '（公示）' : '';
  let answer: string;
  if (penalty && !staff) answer = `${TEAM}${posted}`;
  else if (staff && !penalty) answer = `${LEGAL}${posted}`;
  else if (hasAny(question, 'disclose', 'legalSection', 'enforcementTeam'))
    answer = `${LEGAL}，${TEAM}${posted}`;
  else return fromBestSentence(question, '7');
  // 「偷排的案子罚了，处罚决定谁公开」: the violation stated is 第11条's.
  const severe = SEVERE.exec(question.text)?.[0];
  if (!severe) return { answer: `${answer}。`, cite: [{ clause: '7', about: answer }] };
  return {
    answer: `${answer}（第7条）；${severe}属严重违法问题，应依法严惩（第11条）。`,
    cite: [
      { clause: '7', about: answer },
      { clause: '11', about: '严重违法问题依法严惩' },
    ],
  };
}
