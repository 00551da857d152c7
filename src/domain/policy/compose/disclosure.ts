import { fromBestSentence } from './fallback.js';
import { hasAny, lead, type Draft, type Question } from './types.js';

const LEGAL = '法规与标准科负责执法主体、执法人员、执法事项、执法依据等信息的信息公开';
export const TEAM = '市执法队负责行政处罚决定等信息的信息公开';

const RANDOM = '双随机抽查应结合“双随机、一公开”监管机制要求';
/** 「检查结果」「查完一批」: what an inspection found, posted after it. */
const RESULTS = /(?:检查|抽查|执法)的?结果|查完|检查情况/;

const SEVERE = /弄虚作假|偷排偷放|偷排|无证排污|超标超总量排放|超标排放|不正常运行治污设施/;

/** 第7条's own rule, for what the postings must do rather than who posts them. */
const SYSTEM =
  '严格落实行政执法公示制度，落实事前、事中、事后公示各项要求，确保信息全面、准确、清晰，接受公众监督';
/** 「公示要在哪几个阶段做」「是不是只在事后公示」「公示这块有啥要求」 */
const SYSTEM_ASK =
  /阶段|环节|事前|事中|事后|(?:有|提)(?:啥|什么|哪些)要求|怎么要求|公示制度|只(?:在|是)[^，。？?]{0,8}公示/;

/** 第7条: which office publishes which enforcement information. */
export function disclosure(question: Question): Draft {
  if (question.form !== 'who' && SYSTEM_ASK.test(question.text)) {
    // 「是不是只在事后公示就完了」「事后就不用再公示了吧」: a posting left out is what is asked.
    const short = /只|不用|不必|不需要|省|免/.test(question.text);
    const word = !short ? '需要' : /是不是/.test(question.text) ? '不是' : '不可以';
    return { answer: lead(question, word, `${SYSTEM}（第7条）。`), cite: [{ clause: '7', about: SYSTEM }] };
  }
  const penalty = /处罚/.test(question.text);
  const staff = /主体|人员|事项|依据/.test(question.text);
  // 「谁负责公示」: 公示 is the clause's own word (强化入企检查信息公示), said beside 信息公开.
  const posted = /公示/.test(question.text) ? '（公示）' : '';
  let answer: string;
  if (penalty && !staff) answer = `${TEAM}${posted}`;
  else if (staff && !penalty) answer = `${LEGAL}${posted}`;
  else if (hasAny(question, 'disclose', 'legalSection', 'enforcementTeam')) answer = `${LEGAL}，${TEAM}`;
  else return fromBestSentence(question, '7');
  // 「抽查结果要不要公示」: an inspection's results fall under the before, during and after postings.
  if (RESULTS.test(question.text)) answer = `${answer}，落实事前、事中、事后公示各项要求`;
  // 「双随机抽查结果挂不挂出去」: the random draw is published under 第3条's 「双随机、一公开」.
  if (/双随机|随机抽查/.test(question.text) && !SEVERE.test(question.text))
    return {
      answer: lead(question, '需要', `${answer}（第7条）；${RANDOM}（第3条）。`),
      cite: [
        { clause: '7', about: answer },
        { clause: '3', about: RANDOM },
      ],
    };
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
