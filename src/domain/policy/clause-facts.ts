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
// 「当场口头要求全线停产」「责令它先停产」: an order to stop production is 停产整治 in the officer's words
// (not 「停产限产」, a weather measure).
// 「把罐车扣了」「扣车」: 扣押 in the officer's words.
export const COERCIVE_MEASURES =
  /查封|扣押|吊扣|停产整治|限制生产|把(?:那|这|其|他们的?)?(?:台|个|辆|套)?(?:车|车辆|罐车|货车|设备|货|泵|水泵|抽水泵|机器|管子)(?:当场|先|直接|给)?扣(?:了|下|住)?|扣(?:车|设备|泵)|(?:要求|责令|勒令|命令|让(?=企业|它|他们|其))(?:企业|它|他们|其)?(?:全线|全部|立即|马上|先)?停产(?!限产)/;
/** 第13条's sentence on them, verbatim. */
export const COERCION_RULE = '审慎采取吊扣许可证件，查封、扣押，限制生产、停产整治等措施';

/** A violation stated, not denied (「不是偷排」) nor only near (「快超标了」). */
export const STATED_VIOLATION = new RegExp(
  `(?<!没|未|没有|不|不是|并非|快|快要|将要|接近)(?:${VIOLATION.source})`,
);

/** A fine or its payment told (罚款、缴纳、交不起), not 交办 or 提交. */
const PAYING = '(?:罚|缴|(?<![提转移递上])交(?![办叉流通接]))';

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
    words: /(?:企业|公司|厂)[^，。？?\s]{0,6}申请|申请我们|来函/,
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
    // 「专项检查延期到明年3月」「整改计划延期」: with no fine or payment told, what is put off is not a fine.
    words: new RegExp(
      `(?<=${PAYING}[\\s\\S]*)(?:延期|分期)(?:缴纳|交)?(?:罚款)?|(?:延期|分期)(?=[\\s\\S]*${PAYING})(?:缴纳|交)?(?:罚款)?`,
    ),
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
  /** 「12345转来的」「上级交办」「媒体曝光」: a clue 第3条 frees from the cap, in words the complaint family lacks. */
  clueTrigger: {
    words:
      /上级交办|转办交办|省厅交办|督察交办|转办|交办|批转|领导批示|信访|来信来访|12345|12369|热线|群众反映|居民反映|村民反映|网上反映|媒体曝光|网络舆情|舆情/,
    clause: '3',
    says: (word) => `因${word}发现线索确需实施的检查，${NOT_CAPPED}`,
    about: '根据投诉举报、转办交办、数据监测等非现场手段发现线索确需实施检查的，可以不受频次上限限制',
  },
  /** 「用电数据看出」「无人机巡查发现」「排污许可执行报告里」: 第8条's sources of a clue. */
  offSiteSource: {
    words:
      /排污许可执行报告|排污许可(?=数据|平台|系统)|自动监控|在线监控|在线监测|机动车尾气|尾气|用电用能|用电|无人机巡查|无人机|遥感监测|遥感/,
    clause: '8',
    says: (word) => `${word}等发现的异常情况，筛选出的涉嫌违法线索应及时移交有关分局调查处理`,
    about:
      '收集梳理排污许可、自动监控、机动车尾气、用电用能、无人机巡查等发现的异常情况，并将筛选出的涉嫌违法线索及时移交有关分局调查处理',
  },
  /** 「非现场」「远程看」「调阅材料」: a check made without entering, which 第8条 asks for. */
  offSiteMethod: {
    words: /非现场|远程|调阅(?:材料|资料|台账)?|书面核查|资料核查/,
    clause: '8',
    says: (word) =>
      `${/^(?:非现场|远程)$/.test(word) ? `${word}检查` : word}符合大力推行非现场、无感式执法的要求`,
  },
  /** 「专项方案报谁批」「专项延期」: a special plan goes up on 附件1's form. */
  specialForm: {
    words: /专项[^，。？?]{0,10}?(?:方案|计划)/,
    clause: 'annex-1',
    says: () => '专项检查方案报批时填写《专项执法检查审批表》',
    about: '专项执法检查审批表 承办机构负责人意见 分管局长意见 局长意见',
  },
  /** 「故意拔了探头」: 第13条 weighs whether a violation was intended. */
  intent: {
    words: /主观故意|故意|蓄意|明知/,
    clause: '13',
    says: (word) =>
      `${word === '主观故意' ? '' : `所述${word}，`}应区分违法是否属于主观故意以及造成的后果影响，不适用轻微免罚`,
    about: '注意区分违法案件是否属于主观故意，以及造成的后果影响',
  },
  /** 「首违」「情节轻微」「初次违法」: 第13条's relief, in the officer's word. */
  firstOffence: {
    words: /首次违法|初次违法|第一次违法|首违|情节轻微|轻微违法/,
    clause: '13',
    says: (word) => `${word}的，落实首违不罚、轻微免罚制度，可依法不予处罚`,
    about: '全面落实首违不罚、轻微免罚制度',
  },
  /** 「不予处罚了」: 第14条 still asks the lesson be taught. */
  unpunished: {
    words: /不予处罚|免予处罚|免于处罚|(?<!轻微)免罚(?!不免责)/,
    clause: '14',
    says: (word) => `${word}的，仍应履行教育义务，指导及时纠正违法行为，确保免罚不免责`,
    about: '对轻微违法不予处罚的，应当履行对当事人的教育义务，指导及时纠正违法行为，确保免罚不免责',
  },
  /** 「罚款下了」「报处罚」: 第12条's discretion and the follow-up after a penalty. */
  penalty: {
    words: /罚款|(?<!不予|免予|免于|不|以)处罚/,
    clause: '12',
    says: (word) => `${word}应执行自由裁量基准，做到过罚相当，处罚后跟踪整改效果`,
    about: '裁量基准要求在处罚时严格遵循“过罚相当”原则，执法机关在处罚后跟踪整改效果',
  },
  /** 「整改」「复查」「整改方案」: 第15条's rectification check. */
  rectification: {
    // Rectification told as a step or its state, not 「整改态度」 weighed in a fine.
    words:
      /整改核查|整改计划|整改方案|整改效果|整改进展|整改验收|(?<!重)复查|整改(?=没|不|完|好|到位|情况|困难|难|了|中)/,
    clause: '15',
    says: (word) =>
      `${word === '整改核查' ? '应开展整改核查，' : `所述${word}，应开展整改核查，`}督导企业制定具体可操作的整改计划，跟踪整改进展`,
    about: '开展整改核查，制定具体可操作的整改计划，跟踪企业整改进展',
  },
  /** 「联合检查」「会同」「一次进门」: several units at one enterprise, which 第3条 folds into one visit. */
  jointVisit: {
    words:
      /联合检查|联合执法|联合行动|联合|会同|一起去|一起查|一块(?:去|进厂|进|查)|一同去|一次进门|一次(?:性)?进厂|合并成一次|各查各的|重复检查|都(?:要|打算|准备|计划|想)去/,
    clause: '3',
    says: (word) =>
      /联合|一次进门/.test(word)
        ? `${word}应按“综合一次查”协作机制开展，避免重复检查`
        : `所述${word}，应通过“综合一次查”协作机制加强联合检查，避免重复检查`,
    about: '建立跨部门、跨区域、跨层级的执法检查“综合一次查”协作机制，加强联合检查，避免重复检查',
  },
  /** 「年度计划」: 第3条's yearly plan. */
  yearlyPlan: {
    words: /年度执法检查计划|年度检查计划|年度计划|年度/,
    clause: '3',
    says: (word) =>
      `${word.endsWith('计划') ? word : `${word}执法检查计划`}应结合“双随机、一公开”监管机制要求科学制定，合理确定检查比例和次数`,
    about: '结合“双随机、一公开”监管机制要求，科学制定年度执法检查计划，合理确定检查比例和次数',
  },
  /** 「没报审批」「检查方案」: 第5条's plan and approval of any visit. */
  visitApproval: {
    words: /检查方案|审批(?!表)/,
    clause: '5',
    says: () => '实施入企执法检查，应制定检查方案并报行政执法主体负责人审批',
    about: '实施入企执法检查，应严格履行审批程序，制定检查方案并报行政执法主体负责人审批',
  },
  /** 「公示」「公开」: 第7条's publication duty. */
  publication: {
    words: /公示|信息公开|(?:处罚决定|处罚结果|检查结果)[^，。？?]{0,4}(?:公开|挂网)/,
    clause: '7',
    says: (word) => `所述${word}，应严格落实行政执法公示制度，行政处罚决定等信息由市执法队负责公开`,
    about: '严格落实行政执法公示制度，市执法队负责行政处罚决定等信息的信息公开',
  },
  /** 「培训」「集中宣传」: part 三（三）'s training and publicity. */
  trainingPublicity: {
    // 「集中培训」「行业培训」 of enterprises are 第2条's own forms of 普法.
    words: /业务培训|(?<!集中|行业)培训|集中宣传|(?<!普法)宣传/,
    clause: 'org-3',
    says: (word) => `所述${word}，实施方案要求加强环境执法检查业务学习培训和宣传引导`,
    about: '加强环境执法检查业务学习培训，要通过各种形式，广泛宣传',
  },
  /** 「一刀切」「教育引导」「告诫说理」: part 一's graduated enforcement. */
  graduated: {
    words: /一刀切|教育引导|告诫说理|普法宣传|渐进式/,
    clause: 'general',
    says: () => '推行“普法宣传—教育引导—告诫说理—行政处罚—监督整改”渐进式执法，严防执法“一刀切”',
    about: '推行“普法宣传—教育引导—告诫说理—行政处罚—监督整改”渐进式执法，严防执法“一刀切”',
  },
  discretion: {
    words: /自由裁量基准|裁量基准/,
    clause: '12',
    says: () => '罚款执行省生态环境厅《生态环境行政处罚自由裁量基准》，做到过罚相当',
  },
} satisfies Record<string, ClauseFact>;
