import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

const DUTY = '有关科室和单位应将监管中筛选出的涉嫌违法线索及时移交有关分局调查处理；线索移送表见附件3。';

/** 「发现企业数据超标了怎么办」: what to do with a clue found, which 第8条 says goes to the branch. */
const FOUND_WHAT_TO_DO =
  /发现[^，。？]{0,16}(?:超标|异常|违法|问题|线索)[^，。？]*(?:怎么办|如何处理|怎么处理|怎么弄|给谁)/;

export function asksWhatToDoWithClue(text: string): boolean {
  return FOUND_WHAT_TO_DO.test(text);
}

/** 第8条: clues found by remote monitoring go to the branch; 附件3 is the form. */
export function referral(question: Question): Draft {
  if (hasAny(question, 'clue', 'monitoring', 'annex3') || asksWhatToDoWithClue(question.text)) {
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
