import { COERCION_RULE } from '../clause-facts.js';
import { askSentence } from '../ask-sentence.js';
import { VIOLATION } from '../stated-facts.js';
import { AT_WILL } from '../form.js';
import { fromBestSentence } from './fallback.js';
import { rectify } from './rectify.js';
import { hasAny, type Draft, type Question } from './types.js';

const EXEMPTION =
  '执行省生态环境厅《生态环境轻微违法行为不予处罚事项清单》，落实首违不罚、轻微免罚，并注意区分违法是否属于主观故意以及造成的后果影响；不予处罚的，仍应履行对当事人的教育义务，确保免罚不免责。';
const DISCRETION =
  '处罚应执行省生态环境厅《生态环境行政处罚自由裁量基准》，遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素，避免处罚畸轻畸重。';

const EDUCATION = '对轻微违法不予处罚的，应当履行对当事人的教育义务，指导及时纠正违法行为，确保免罚不免责。';
/** 「不罚以后还要做什么」「不予处罚就不用管了吗」: what follows an exemption. */
const AFTER_EXEMPTION = /以后|之后|还要|还需|还得|不用管|不管了|完事|就完了/;
const MUST_PUNISH =
  /(?:必须|一定|要不要|需不需要|是否要|是否需要|应不应该|应该|该|得|要)(?:给予|进行|作出)?(?:处罚|罚款|罚)|罚不罚|处不处罚/;

/** A fault told as first or put right on the spot: 「属首次，当场重新张贴」. */
const PUT_RIGHT = /首次|头一回|第一次|当场(?:就)?(?:改|整改|改正|补|重新)/;

/**
 * 「仅发现标识牌脱落，属首次，当场重新张贴，此措施是否妥当」: a coercive measure for a minor fault, or a first
 * one put right, is no case for it (不妥 to 「妥当吗」, else 不应); a serious violation still may be.
 */
export function measureTooHeavy(text: string, serious: boolean): string | undefined {
  if (!/轻微/.test(text) && (serious || !PUT_RIGHT.test(text))) return undefined;
  return /妥当|合适|妥否|妥不妥/.test(text) ? '不妥' : '不应';
}

/** 第13条: 首违不罚 and 轻微免罚, coercive measures, and paying a fine late or in parts. */
export function flexible(question: Question): Draft {
  if (hasAny(question, 'latePayment')) {
    const rule = '对当事人确有困难的，可以依法依规批准延期、分期缴纳罚款。';
    const answer = question.yesNo ? `可以，但须当事人确有困难并依法依规批准。${rule}` : rule;
    return { answer, cite: [{ clause: '13', about: answer }] };
  }
  if (hasAny(question, 'coercive')) {
    const rule = `应${COERCION_RULE}。`;
    // 「随便查封吗」「一刀切停产行吗」 ask for the very thing 审慎 rules out.
    const unrestrained = AT_WILL.test(question.text);
    const slight = measureTooHeavy(question.text, VIOLATION.test(question.text));
    const verdict = unrestrained ? '不能，' : slight ? `${slight}，` : '可以，但';
    const answer = question.yesNo ? `${verdict}${rule}` : rule;
    return { answer, cite: [{ clause: '13', about: answer }] };
  }
  if (hasAny(question, 'penaltyExempt', 'education')) {
    // 「可以」 only answers a question whether not punishing is allowed, not one about its effects.
    const asksMay = /(?:能|可以|可不可以|能不能|能否)(?:不罚|免罚|不予处罚|不处罚)/.test(question.text);
    // 「首次违法必须罚吗」: not when 首违不罚 applies.
    const asksMust = question.yesNo && MUST_PUNISH.test(question.text);
    // What is owed after not punishing is 第14条's: 教育义务, 免罚不免责.
    if (!asksMay && !asksMust && AFTER_EXEMPTION.test(question.text)) {
      return {
        answer: EDUCATION,
        cite: [
          { clause: '14', about: EDUCATION },
          { clause: '13', about: question.text },
        ],
      };
    }
    return {
      answer: asksMay
        ? `可以，对轻微违法企业依法不予处罚，但须属于首违不罚、轻微免罚的情形。${EXEMPTION}`
        : asksMust
          ? `不需要，属于首违不罚、轻微免罚情形的，依法不予处罚。${EXEMPTION}`
          : EXEMPTION,
      cite: [
        { clause: '13', about: '首违不罚 轻微免罚 不予处罚事项清单 主观故意 后果影响' },
        { clause: '14', about: '轻微违法不予处罚 教育义务 免罚不免责' },
      ],
    };
  }
  // 「罚款罚多少有规定吗」: how much is 第12条's benchmark.
  if (hasAny(question, 'discretion')) return discretion(question);
  // 「台账缺了两页，能罚不」: the scheme names no violation's penalty; it says when none is imposed and how one is weighed.
  if (question.yesNo && asksPunishment(question.text)) return whetherPunished(question.text);
  // 「罚款了，就可以不管整改了吗」: what follows a fine is 第14条's, 不得以罚代管.
  if (hasAny(question, 'rectify') && !hasAny(question, 'coercive')) return rectify(question);
  return fromBestSentence(question, '13');
}

/** 「能罚吗」「要不要罚」「可以罚款吗」「罚不罚」: whether a violation told is to be punished at all. */
export const WHETHER_PUNISHED =
  /(?:能|可以|能不能|可不可以|能否|可否|要不要|该不该|需不需要|用不用|应不应该?)(?:给予|进行)?(?:处)?罚(?!多少|几)|罚不罚|处不处罚|(?<![不免纳交缴])罚(?:款)?(?:吗|么|不[？?]?$)/;

/**
 * 「企业台账缺了两页，要不要罚」: whether an enterprise's violation is punished is 第13条's (首违不罚、轻微免罚),
 * though the question shares few words with it; 「交通违章能罚款吗」 names no enterprise's affair.
 */
const ENTERPRISE_FAULT =
  /企业|公司|厂|单位|台账|标识|标志牌|危废|排放|排污|超标|治污|违法|问题|扬尘|苫盖|记录不全/;
export function asksPunishment(question: string): boolean {
  return WHETHER_PUNISHED.test(askSentence(question)) && ENTERPRISE_FAULT.test(question);
}

/** 「需要，但……」 to 「要不要罚」, 「可以，但……」 to 「能罚吗」. */
function whetherPunished(text: string): Draft {
  const verdict = /要不要|该不该|需不需要|用不用|应不应/.test(askSentence(text)) ? '需要' : '可以';
  const exempt = '属于首违不罚、轻微免罚情形的，依法不予处罚';
  const weighed =
    '处罚的，执行省生态环境厅《生态环境行政处罚自由裁量基准》，遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素';
  return {
    answer: `${verdict}，依法处罚；但${exempt}，并注意区分违法是否属于主观故意以及造成的后果影响（第13条）；${weighed}（第12条）。`,
    cite: [
      { clause: '13', about: '首违不罚 轻微免罚 不予处罚 主观故意 后果影响' },
      { clause: '12', about: weighed },
    ],
  };
}

const CASE_HANDLING = ['案件事实清楚', '违法证据充分', '法律适用准确', '裁量范围得当'];

/** 第12条: the provincial discretion benchmark and 过罚相当. */
/** 「是不是罚得越狠越好」「方案要求一律从轻吗」: a fine set by severity alone, against 过罚相当. */
export const ONE_WAY =
  /越(?:狠|重|多|严|高|轻|少)越好|往死里|顶格|罚到顶|按最高(?:额|限|标准)|一律(?:从轻|从重|从宽|减轻|顶格|最高)|(?:都|全部|统统)(?:从轻|从重|顶格)|畸轻畸重/;

/** The verdict against a one-way fine in the words asked: 「合适吗」 is 不妥, 「是不是」 不是. */
export function againstOneWay(text: string): string {
  if (/合适|妥/.test(text)) return '不妥';
  if (/是不是|是否|是这样|对吗|对不对|是吗|这样吗/.test(text)) return '不是';
  return '不能';
}

/** 「先普法教育再罚」「先提醒后处罚」: education asked to come before the penalty. */
export const EDUCATE_FIRST =
  /(?:先[^，。？?]{0,8}(?:普法|教育|提醒|告诫|说理)|提醒告诫)[^，。？?]{0,6}(?:再|才|后|然后)(?:罚|处罚)/;
const SEVERE_FIRST =
  '对弄虚作假、偷排偷放、无证排污、超标超总量排放、不正常运行治污设施、未落实重污染天气管控停限产措施等方面的严重违法问题依法严惩';

/** 「无证排污的也得先普法教育再罚吗」: a serious violation is punished severely, not taught first (第11条). */
export function severeFirst(text: string): Draft {
  const verdict = /是不是|是否|对吗|是吗/.test(text) ? '不是' : '不需要';
  return { answer: `${verdict}，${SEVERE_FIRST}（第11条）。`, cite: [{ clause: '11', about: SEVERE_FIRST }] };
}

/** 「证据还不全，能先把处罚下了吗」: a penalty before the case is made out. */
export const EVIDENCE_SHORT =
  /(?:证据|事实)[^，。？?]{0,4}(?:不全|不足|不够|不充分|没(?:收集|取|查)?(?:全|清|到位)|未(?:查清|固定))/;

export function evidenceFirst(): Draft {
  const list = CASE_HANDLING.join('、');
  return {
    answer: `不能，须严格做到${list}，方可依法处罚（第12条）。`,
    cite: [{ clause: '12', about: list }],
  };
}

export function discretion(question: Question): Draft {
  if (ONE_WAY.test(question.text)) {
    const answer = `${question.yesNo ? `${againstOneWay(question.text)}，` : ''}${DISCRETION}`;
    return { answer, cite: [{ clause: '12', about: DISCRETION }] };
  }
  // 「对案件办理有哪些要求」 asks the four requirements, before the weighing of 过罚相当.
  // 「一家罚得多一家罚得少，中不中」 is answered by 类案同罚: not as it is.
  const unlike = /罚款差距较大|罚得不一样|差距/.test(question.text);
  if (unlike && question.yesNo) {
    const answer = `不能，执行省生态环境厅《生态环境行政处罚自由裁量基准》，应做到${CASE_HANDLING.join('、')}，实现类案同罚。`;
    return { answer, cite: [{ clause: '12', about: CASE_HANDLING.join('、') }] };
  }
  // 「裁量要做到哪几点」: the four requirements of a case handled.
  if (/做到|哪几点|几点要求|哪几条要求/.test(question.text) && !/过罚相当|类案同罚/.test(question.text)) {
    const list = CASE_HANDLING.join('、');
    const answer = `办理案件须做到${list}，实现类案同罚。`;
    return { answer, cite: [{ clause: '12', about: list }] };
  }
  // 「是不是讲过罚相当？类案同罚也要吗」: both asked, both said.
  if (/过罚相当/.test(question.text) && /类案同罚/.test(question.text)) {
    const answer = `${question.yesNo ? '是，' : ''}${DISCRETION.replace(/。$/, '')}；办理案件须做到${CASE_HANDLING.join('、')}，实现类案同罚。`;
    return { answer, cite: [{ clause: '12', about: `${DISCRETION} 类案同罚` }] };
  }
  if (/案件|办案|类案|证据|事实|一模一样|同案|依法依规|差距/.test(question.text) || unlike) {
    const list = CASE_HANDLING.join('、');
    const asked = /几/.test(question.text)
      ? `办理案件的要求共${CASE_HANDLING.length}个方面：${list}`
      : `办理案件须做到${list}`;
    const answer = `执行省生态环境厅《生态环境行政处罚自由裁量基准》，${asked}，实现类案同罚。`;
    return { answer, cite: [{ clause: '12', about: CASE_HANDLING.join('、') }] };
  }
  if (hasAny(question, 'discretion', 'fine')) {
    return { answer: DISCRETION, cite: [{ clause: '12', about: DISCRETION }] };
  }
  return fromBestSentence(question, '12');
}
