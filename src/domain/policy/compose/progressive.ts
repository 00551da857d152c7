import type { Draft } from './types.js';

/**
 * 一、总体要求's 渐进式执法 asked (「渐进式执法是哪几步」「到底是个啥顺序」「是不是就是先普法再罚」):
 * its five steps lead; a penalty the question weighs beside it (「超标一次就直接罚对吗」) is 第13条's.
 * The three steps of 第12条's 渐进式执法模式 answer it asked of discretion (「裁量过程中的渐进式」).
 */
const STEPS = '推行“普法宣传—教育引导—告诫说理—行政处罚—监督整改”渐进式执法，严防执法“一刀切”';
const ASKED =
  /渐进式[^，。？?]{0,12}(?:是什么|是啥|什么意思|哪几步|几步|哪些步|顺序|步骤|怎么(?:理解|执行|搞)|指什么|是不是|就是|是否|对吗|对不对)/;
const OF_DISCRETION = /裁量|执法模式/;
const DISCRETION_STEPS = '裁量过程中，强调“教育引导—行政处罚—监督整改”的渐进式执法模式';

export function progressiveAsked(text: string): boolean {
  return ASKED.test(text);
}

export function progressive(text: string): Draft {
  if (OF_DISCRETION.test(text)) {
    return {
      answer: `渐进式执法模式包括教育引导、行政处罚、监督整改三步：${DISCRETION_STEPS}（第12条）。`,
      cite: [{ clause: '12', about: DISCRETION_STEPS }],
    };
  }
  const penalty = /罚|首次违法|首违|第一次/.test(text);
  // 「是不是就是先普法、不行再罚」: the order asked is the scheme's, so yes, with its steps.
  const confirm = /是不是|就是|是否|对吗|对不对/.test(text) && !/首次违法|首违|第一次|直接/.test(text);
  const steps = `${confirm ? '是的，' : ''}渐进式执法包括普法宣传、教育引导、告诫说理、行政处罚、监督整改五个步骤：${STEPS}（总体要求）`;
  const lines = penalty
    ? `${steps}；首次违法、危害后果轻微并及时改正的，落实首违不罚、轻微免罚，不应一律直接处罚（第13条）`
    : steps;
  return {
    answer: `${lines}。`,
    cite: [
      { clause: 'general', about: STEPS },
      ...(penalty ? [{ clause: '13' as const, about: '首违不罚 轻微免罚' }] : []),
    ],
  };
}
