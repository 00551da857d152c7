import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

const EXEMPTION =
  '执行省生态环境厅《生态环境轻微违法行为不予处罚事项清单》，落实首违不罚、轻微免罚，并注意区分违法是否属于主观故意以及造成的后果影响；不予处罚的，仍应履行对当事人的教育义务，确保免罚不免责。';
const DISCRETION =
  '处罚应执行省生态环境厅《生态环境行政处罚自由裁量基准》，遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素，避免处罚畸轻畸重。';

/** 第13条: 首违不罚 and 轻微免罚, coercive measures, and paying a fine late or in parts. */
export function flexible(question: Question): Draft {
  if (hasAny(question, 'latePayment')) {
    const rule = '对当事人确有困难的，可以依法依规批准延期、分期缴纳罚款。';
    const answer = question.yesNo ? `可以，但须当事人确有困难并依法依规批准。${rule}` : rule;
    return { answer, cite: [{ clause: '13', about: answer }] };
  }
  if (hasAny(question, 'coercive')) {
    const rule = '应审慎采取吊扣许可证件，查封、扣押，限制生产、停产整治等措施。';
    const answer = question.yesNo ? `可以，但${rule}` : rule;
    return { answer, cite: [{ clause: '13', about: answer }] };
  }
  if (hasAny(question, 'penaltyExempt', 'education')) {
    // 「可以」 only answers a question whether not punishing is allowed, not one about its effects.
    const asksMay = /(?:能|可以|可不可以|能不能|能否)(?:不罚|免罚|不予处罚|不处罚)/.test(question.text);
    return {
      answer: asksMay ? `可以，但须属于首违不罚、轻微免罚的情形。${EXEMPTION}` : EXEMPTION,
      cite: [
        { clause: '13', about: '首违不罚 轻微免罚 不予处罚事项清单 主观故意 后果影响' },
        { clause: '14', about: '轻微违法不予处罚 教育义务 免罚不免责' },
      ],
    };
  }
  return fromBestSentence(question, '13');
}

/** 第12条: the provincial discretion benchmark and 过罚相当. */
export function discretion(question: Question): Draft {
  if (hasAny(question, 'discretion', 'fine')) {
    return { answer: DISCRETION, cite: [{ clause: '12', about: DISCRETION }] };
  }
  return fromBestSentence(question, '12');
}
