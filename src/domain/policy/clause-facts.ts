import type { ClauseId } from '../clauses.js';
import { VIOLATION, violation } from './stated-facts.js';

/**
 * The facts an officer states of a case (「举报来的」「双随机抽中的」「专项里」「正面清单上的」), each
 * once: the officer's words for it, the clause that decides it, and what that clause says of it.
 * Two uses read the table: the background named beside the asked clause (stated-context.ts) and
 * the incident rules (incident-*-rules.ts), each adding its own conditions beside the fact.
 */
export interface ClauseFact {
  /** The officer's words for the fact. */
  words: RegExp;
  clause: ClauseId;
  /** What the clause says of the fact, short, naming it in the officer's word. */
  says: (word: string) => string;
  /** The scheme's own sentence the line rests on, which the quote should support. */
  about?: string;
}

const NOT_CAPPED = '可以不受频次上限限制';

/** 第13条's coercive measures, which it asks to take with care, by name. */
export const COERCIVE_MEASURES = /查封|扣押|吊扣|停产整治|限制生产/;
/** 第13条's sentence on them, verbatim. */
export const COERCION_RULE = '审慎采取吊扣许可证件，查封、扣押，限制生产、停产整治等措施';

/** A violation stated, not denied (「不是偷排」) nor only near (「快超标了」). */
export const STATED_VIOLATION = new RegExp(
  `(?<!没|未|没有|不|不是|并非|快|快要|将要|接近)(?:${VIOLATION.source})`,
);

export const CLAUSE_FACTS = {
  seriousViolation: {
    words: STATED_VIOLATION,
    clause: '11',
    says: violation,
    about: '弄虚作假、偷排偷放、无证排污、超标超总量排放 严重违法问题依法严惩',
  },
  positiveList: {
    words: /监督执法正面清单|正面清单|白名单|守法模范企业/,
    clause: '9',
    says: (word) => `${word}企业的正向激励为减少、免除现场检查`,
  },
  quietPeriod: {
    words: /企业安静期|安静期/,
    clause: '10',
    says: (word) => `${word}内确需现场检查的，须报请本级行政执法主体主要负责人批准`,
  },
  special: {
    words: /专项(?:执法)?检查|专项/,
    clause: '4',
    says: (word) => `${word}须聚焦环境风险突出的领域，严格限定检查内容和时间周期`,
  },
  notCapped: {
    words: /不受频次(?:上限)?(?:限制)?|频次上限/,
    clause: '3',
    says: (word) =>
      `因投诉举报、转办交办、数据监测等线索或应企业申请实施的检查，${word.startsWith('不受') ? word : `不受${word}`}`,
  },
  complaint: {
    // An enterprise's own complaint about the bureau (「企业投诉检查过多」「投诉到市局」) is no clue.
    words:
      /投诉举报|举报投诉|信访举报|群众举报|举报|(?<!(?:企业|公司|老板|厂家|厂里)[^，。？?的]{0,2})投诉(?!到|说|[^，。？?]{0,4}(?:检查|执法|我们))/,
    clause: '3',
    says: (word) => `因${word}发现线索确需实施的检查，${NOT_CAPPED}`,
    about: '根据投诉举报、转办交办、数据监测等非现场手段发现线索确需实施检查的，可以不受频次上限限制',
  },
  firmRequest: {
    words: /企业[^，。？?\s]{0,6}申请/,
    clause: '3',
    says: () => `应企业申请实施的检查，${NOT_CAPPED}`,
  },
  randomDraw: {
    words: /双随机/,
    clause: '3',
    says: (word) => `${word}抽查纳入年度执法检查计划，合理确定检查比例和次数`,
    about: '结合“双随机、一公开”监管机制要求，合理确定检查比例和次数',
  },
  fewerChecks: {
    words: /减少入企检查频次|综合一次查/,
    clause: '3',
    says: (word) =>
      word === '综合一次查'
        ? '通过跨部门、跨区域、跨层级的“综合一次查”协作机制加强联合检查，避免重复检查'
        : `合理确定检查比例和次数，最大限度${word}`,
  },
  minorRelief: {
    words: /首违不罚|轻微免罚/,
    clause: '13',
    says: (word) => `${word}按省生态环境厅《生态环境轻微违法行为不予处罚事项清单》落实`,
  },
  handover: {
    words: /线索移交|移交/,
    clause: '8',
    says: (word) => `${word === '移交' ? '涉嫌违法线索' : ''}${word}有关分局调查处理`,
  },
  cityLeader: {
    words: /分管局领导|分管副局长|分管局长/,
    clause: '5',
    says: (word) => `市级入企执法检查由市生态环境局主要负责人或${word}审批`,
  },
  branchHead: {
    words: /分局主要负责人/,
    clause: '5',
    says: (word) => `县区级入企执法检查由各${word}审批`,
  },
  fineHardship: {
    words: /(?:延期|分期)(?:缴纳|交)?(?:罚款)?/,
    clause: '13',
    // 「罚款交不起」 is said back before the rule; 「分期缴纳」「确有困难」 are the clause's own words.
    says: (word) =>
      `${/困难|缴纳|减少|延期|分期/.test(word) ? '' : `${word}，`}当事人确有困难的，可以依法依规批准延期、分期缴纳罚款`,
    about: '对当事人确有困难的，依法依规批准延期、分期缴纳罚款',
  },
  recorder: {
    words: /执法记录仪|记录仪|移动执法/,
    clause: '6',
    says: () => '现场检查全程使用移动执法系统，充分利用执法记录仪，全过程留痕',
    about: '现场检查全程使用移动执法系统，充分利用执法记录仪',
  },
  oneCheckList: {
    words: /一表通查|一证式/,
    clause: '6',
    says: () => '推行排污许可“一证式”检查，简单事项“一表通查”，实现“一次检查、全面体检”',
  },
  discretion: {
    words: /自由裁量基准|裁量基准/,
    clause: '12',
    says: () => '罚款执行省生态环境厅《生态环境行政处罚自由裁量基准》，做到过罚相当',
  },
} satisfies Record<string, ClauseFact>;
