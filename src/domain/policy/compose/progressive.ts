import type { Draft } from './types.js';

/**
 * 一、总体要求's 渐进式执法 asked (「渐进式执法是哪几步」「到底是个啥顺序」): its five steps lead;
 * a penalty the question weighs beside it (「超标一次就直接罚对吗」「首次违法也得先罚」) is 第13条's.
 */
const STEPS = '推行“普法宣传—教育引导—告诫说理—行政处罚—监督整改”渐进式执法，严防执法“一刀切”';
const ASKED =
  /渐进式[^，。？?]{0,12}(?:是什么|是啥|什么意思|哪几步|几步|哪些步|顺序|步骤|怎么(?:理解|执行|搞)|指什么)/;

export function progressiveAsked(text: string): boolean {
  return ASKED.test(text);
}

export function progressive(text: string): Draft {
  const penalty = /罚|首次违法|首违|第一次/.test(text);
  const steps = `渐进式执法包括普法宣传、教育引导、告诫说理、行政处罚、监督整改五个步骤：${STEPS}（总体要求）`;
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
