import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

const DUTY = '有关科室和单位应将监管中筛选出的涉嫌违法线索及时移交有关分局调查处理；线索移送表见附件3。';

/** 第8条: clues found by remote monitoring go to the branch; 附件3 is the form. */
export function referral(question: Question): Draft {
  if (hasAny(question, 'clue', 'monitoring', 'annex3')) {
    return {
      answer: DUTY,
      cite: [
        { clause: '8', about: '涉嫌违法线索及时移交有关分局调查处理' },
        { clause: 'annex-3', about: `涉嫌环境违法线索移送表 ${question.text}` },
      ],
    };
  }
  return fromBestSentence(question, '8');
}
