import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

const DUTY =
  '坚持“谁查处，谁督改”，实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管，并按“立案一查处一整改一验收一销号”全流程督促整改。';
const EDUCATION = '对轻微违法不予处罚的，应当履行对当事人的教育义务，指导及时纠正违法行为，确保免罚不免责。';
const SERVICE =
  '应开展整改核查，深入分析问题根源，督导企业明确改进方向，制定具体可操作的整改计划，跟踪企业整改进展，帮助企业纾困解难。';

export const STEPS =
  '整改分立案、查处、整改、验收、销号五个环节：坚持“谁查处，谁督改”的原则，推行“立案一查处一整改一验收一销号”全流程管理模式，督促企业积极整改，减少污染后果。';
export const STEPS_ASKED =
  /哪几步|几个?步骤|哪些步骤|哪几个环节|哪些环节|几个环节|流程是什么|流程(?:怎么|如何)走|全流程(?:是|指)/;
/**
 * 第15条's own words: the direction and the plan of a rectification, its roots, helping the enterprise
 * through it, checking it afterwards (「回头看」). 第14条's duty words keep the question there.
 */
const SERVICE_WORDS =
  /改进方向|整改方向|方向不明|问题根源|根源|整改计划|整改方案|(?:提供|做)[^，。？?]{0,4}服务|哪些服务|什么服务|具体可操作|纾困|解难|帮扶|帮助企业|指导|回头看|整改核查|核查整改|只管查处不管帮扶|不知道(?:从哪|怎么)/;
const DUTY_WORDS = /谁查处|谁督改|以罚代管|责令|销号|验收|全流程|谁(?:来)?(?:盯|督|管|负责)/;
/** 「整改计划随便写个大概行不行」「光查不帮行吗」: less than 第15条 asks. */
const SHORT_OF_SERVICE = /随便|大概|笼统|应付|走形式|糊弄|草草|敷衍|只管查处不管帮扶|不帮/;

/** 第14条: who follows up a case and how; 免罚不免责. */
export function rectify(question: Question): Draft {
  if (SERVICE_WORDS.test(question.text) && !DUTY_WORDS.test(question.text)) return guidance(question);
  if (hasAny(question, 'penaltyExempt', 'education')) {
    return {
      answer: EDUCATION,
      cite: [
        { clause: '14', about: EDUCATION },
        { clause: '13', about: question.text },
      ],
    };
  }
  // 「还得帮企业做什么」 asks 第15条's service, not 第14条's duty to follow up.
  if (hasAny(question, 'service')) return guidance(question);
  // 「整改全流程是哪几步」: the five steps, in 第14条's own sentence.
  if (hasAny(question, 'rectify') && STEPS_ASKED.test(question.text)) {
    return { answer: STEPS, cite: [{ clause: '14', about: STEPS }] };
  }
  if (hasAny(question, 'rectify')) {
    return {
      answer: DUTY,
      cite: [
        { clause: '14', about: DUTY },
        { clause: '15', about: SERVICE },
      ],
    };
  }
  return fromBestSentence(question, '14');
}

/** 第15条: the service side of 整改. */
export function guidance(question: Question): Draft {
  // 「整改谁盯着」 asks who follows up, which 第14条's 「谁查处，谁督改」 answers; 「整改计划谁帮着定」
  // names 第15条's own words, which keep it here (and 第14条 would send it back).
  if (
    question.form === 'who' &&
    hasAny(question, 'rectify') &&
    !hasAny(question, 'service') &&
    !SERVICE_WORDS.test(question.text)
  )
    return rectify(question);
  if (hasAny(question, 'rectify', 'service') || SERVICE_WORDS.test(question.text)) {
    const short = question.yesNo && SHORT_OF_SERVICE.test(question.text);
    const verdict = !question.yesNo
      ? ''
      : short
        ? /是不是|是否|对吗|是吗/.test(question.text)
          ? '不是。'
          : '不能。'
        : /要不要|需不需要|用不用|是否需要|[要得]?[^，。？?]{0,6}不[？?]?$/.test(question.text)
          ? '需要。'
          : '';
    return {
      answer: `${verdict}${SERVICE}`,
      cite: [
        { clause: '15', about: SERVICE },
        { clause: '14', about: DUTY },
      ],
    };
  }
  return fromBestSentence(question, '15');
}
