/**
 * The facts of a case about a penalty and what follows it: the violation, intent, a first or minor
 * offence, hardship paying, discretion, coercive measures, repeat offences, rectification.
 */
import type { ClauseId } from '../clauses.js';
import { shortUnitName, type Unit } from '../org.js';
import { VIOLATION, violations } from './stated-facts.js';

/** What the rules may read besides the text: the units the question names. */
export interface IncidentScene {
  units: readonly Unit[];
  /** The branch of the named enterprise's county, where its clues go. */
  local?: Unit;
}

export interface FactRule {
  pattern: RegExp;
  clause: ClauseId;
  about: string;
  visit?: boolean;
  decisive?: boolean;
  /** Only when the question also says this. */
  when?: RegExp;
  /** Not when the question says this. */
  unless?: RegExp;
  say: (word: string, text: string, scene: IncidentScene) => string;
}

/** The unit that dealt with the case, which 「谁查处，谁督改」 makes see the rectification through. */
function handler(scene: IncidentScene): string {
  const unit = scene.units[0];
  return unit ? shortUnitName(unit.name) : '查处的分局或科室';
}

/** 「罚完就结案不跟了」「罚完还要管吗」: whether the case may be left once the penalty is imposed. */
const AFTER_PENALTY_LEFT =
  /结案|不用再?(?:管|跟)|不再跟|不跟了|不管了|不管整改|还要管|还得管|还管不管|还用管/;
const HANDLED =
  /查处了|罚完|(?<!不予|免予|不)处罚了|已处罚|已经处罚|已立案|立案了|罚过|被罚|罚款了|(?<![不处])罚了(?:款)?/;
/** 「说不是故意的」 denies intent: no fact of intent. */
const INTENT = /(?<!不是|并非|没有|不属于|非|无)(?:主观故意|故意|蓄意|恶意)/;
const FINE_HARDSHIP =
  /分期缴纳|延期缴纳|(?:罚款|罚金|罚)[^。？?]{0,12}?(?:确有困难|困难|交不上|交不起|缴不起|缴不上|没钱|罚款减少)|(?:确有困难|困难|交不上|交不起|缴不上)[^，,。？?]{0,8}(?:罚|交|缴)/;
const FIX_HARDSHIP =
  /整改[^。？?]{0,8}(?:困难|难度|吃力)|(?:困难|难以)[^。？?]{0,4}整改|改不完|改不动|改不了|整改不完|(?:钱|资金)不够[^。？?]{0,4}(?:改|整改)/;
const WHO_FIXES =
  /谁(?:来)?(?:盯|督|管|负责|跟)|由谁|谁督改|(?:是|归)[^，。？?]{0,8}管还是|督办[^，。？?]{0,4}(?:是|归)/;
export const HOW =
  /做(?:些|点)?(?:哪些|什么|啥)|干(?:些|点)?(?:什么|啥)|怎么(?:做|办|弄|操作)|咋(?:弄|办|做)|要做|还能做/;
/** 「往轻了裁」「能不能从轻」: a lighter penalty asked for. */
export const LENIENT = /从轻|减轻|往轻|轻罚|少罚|罚轻/;
const AFTER_SPARING =
  /(?:不罚|免罚|不予处罚)[^，。？?]{0,4}(?:以后|之后|后|的话)[^，。？?]{0,3}(?:还要|还得|还需|要做|做什么|干什么)|(?:不罚|免罚|不予处罚)了?[^？?]*(?:就完了|就算了|就行了|不用再?(?:管|跟)|不再跟)/;
/** 「怎么处理」「能不能免罚」: how a violation found is to be dealt with. */
const PUNISH_ASK = /怎么处理|如何处理|怎么办|怎么处置|罚|处罚/;
/** 「罚多少」「处罚时怎么把握裁量」: the benchmark asked after. */
const DISCRETION_ASK = /裁量|罚多少|罚多罚少|罚轻罚重|怎么罚|罚款(?:标准|数额|金额)|处罚标准/;
/** 「处罚的时候」「怎么罚」: a penalty being weighed, not yet imposed. */
const PENALTY_WEIGHED = /(?:处罚|罚款)(?:的时候|时)|怎么罚|如何罚|裁量/;
/** 「查封扣押设备」: the coercive measures 第13条 asks to use with care (not 「停限产」, a weather measure). */
const COERCIVE = /查封|扣押|吊扣|吊销(?:许可|证)|限制生产|停产整治|责令停产/;
/** 「屡查屡犯」「连续两次被查出」: an enterprise found with problems again and again. */
const REPEATED =
  /屡查屡犯|屡次|多次被查出|(?:连续|接连|反复|再次|又一次)[^，。？?]{0,4}(?:被查出|违法|查出)|重大环境问题/;

/** The penalty weighed: each fact in the officer’s word beside the clause that decides it. */
export const PENALTY_RULES: readonly FactRule[] = [
  {
    // 「还没超标」「不是偷排」: a violation denied is none.
    pattern: new RegExp(`(?<!没|未|没有|不|不是|并非)(?:${VIOLATION.source})`),
    clause: '11',
    about: '弄虚作假、偷排偷放、无证排污、超标超总量排放 严重违法问题依法严惩',
    visit: true,
    // A special inspection's focus is a risk to look at, not a violation found.
    // A case already handled is about what follows, unless a lighter penalty for it is asked.
    unless: new RegExp(`^(?![^]*(?:${LENIENT.source}))[^]*(?:${HANDLED.source})|专项`),
    say: (word, text) => violations(word, text),
  },
  {
    pattern: INTENT,
    clause: '13',
    about: '注意区分违法案件是否属于主观故意',
    say: (word) =>
      `${word.includes('故意') ? '' : `${word}违法，`}违法属主观故意的，不适用首违不罚、轻微免罚`,
  },
  {
    // 「还能首违不罚吗」 after a serious violation: the relief is for minor ones.
    pattern: /首违不罚|轻微免罚|免罚|不罚|柔性执法|按轻微违法/,
    clause: '13',
    about: '全面落实首违不罚、轻微免罚制度，注意区分违法案件是否属于主观故意，以及造成的后果影响',
    when: VIOLATION,
    unless: INTENT,
    say: () => '首违不罚、轻微免罚针对轻微违法，须区分是否属于主观故意及后果影响',
  },
  {
    // 「首违」 stated as a fact, not the 「首违不罚」 asked about.
    pattern: /首违(?!不罚)|首次违法|初次违法|第一次违法|头一回违法/,
    clause: '13',
    about: '全面落实首违不罚、轻微免罚制度',
    // 「超标排放，第一次」: a serious violation is not spared for being the first; one already fined was not.
    unless: new RegExp(`${INTENT.source}|${VIOLATION.source}|${HANDLED.source}`),
    say: (word, text) =>
      `${word}${/轻微/.test(text) ? '且情节轻微' : ''}的，落实首违不罚、轻微免罚制度，依法不予处罚`,
  },
  {
    pattern: /轻微违法|情节轻微|违法轻微|问题轻微/,
    clause: '13',
    about: '对轻微违法企业依法不予处罚，给予适度容错空间',
    // 「造假还有偷排，能按轻微违法处理吗」: the relief asked for, not a minor violation stated.
    unless: new RegExp(
      `首违|首次违法|初次违法|第一次违法|头一回违法|故意|蓄意|恶意|${VIOLATION.source}|${HANDLED.source}`,
    ),
    say: (word) => `${word}的，依法不予处罚，给予适度容错空间`,
  },
  {
    // 「头一回、情节轻微，一定要罚吗」: sparing the fine still leaves the duty to educate.
    pattern: /首违(?!不罚)|首次违法|初次违法|第一次违法|情节轻微|轻微违法/,
    clause: '14',
    about: '对轻微违法不予处罚的，应当履行对当事人的教育义务，确保免罚不免责',
    // Only where whether to fine is asked, not 「不予处罚以后还要做什么」, which 第14条 answers alone.
    when: /(?:一定|必须|都得|要不要|该不该|需不需要|还要|还得)罚|罚(?:款)?[吗么]|罚不罚/,
    unless: new RegExp(`${INTENT.source}|${VIOLATION.source}|整改|改正|纠正|${FINE_HARDSHIP.source}`),
    say: () => '不予处罚的，仍应履行对当事人的教育义务，确保免罚不免责',
  },
  {
    // 「免罚以后还得干什么」: what sparing the fine still leaves owed.
    pattern: AFTER_SPARING,
    clause: '14',
    about: '对轻微违法不予处罚的，应当履行对当事人的教育义务，确保免罚不免责',
    unless: /纠正|整改|改正/,
    say: () => '不予处罚的，仍应履行对当事人的教育义务，确保免罚不免责',
  },
  {
    pattern: FINE_HARDSHIP,
    clause: '13',
    about: '对当事人确有困难的，依法依规批准延期、分期缴纳罚款',
    say: (word) =>
      `${/困难|缴纳|减少/.test(word) ? '' : `${word}，`}当事人确有困难的，可以依法依规批准延期、分期缴纳罚款`,
  },
  {
    pattern: LENIENT,
    clause: '12',
    about: '严格遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素',
    say: () => '严格遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素',
  },
  {
    pattern: DISCRETION_ASK,
    clause: '12',
    about: '认真执行省生态环境厅《生态环境行政处罚自由裁量基准》',
    unless: LENIENT,
    say: (word) =>
      `${word.includes('裁量') ? '罚款裁量' : `${word}：`}执行省生态环境厅《生态环境行政处罚自由裁量基准》，遵循“过罚相当”，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素`,
  },
  {
    // 「查出超标，怎么处理」「这算不算可以不罚」: a serious violation's penalty is weighed on the benchmark.
    pattern: VIOLATION,
    clause: '12',
    about: '认真执行省生态环境厅《生态环境行政处罚自由裁量基准》，严格遵循“过罚相当”原则',
    when: PUNISH_ASK,
    unless: new RegExp(`${DISCRETION_ASK.source}|${LENIENT.source}|${HANDLED.source}|专项|${INTENT.source}`),
    say: () => '处罚执行省生态环境厅《生态环境行政处罚自由裁量基准》，做到过罚相当',
  },
  {
    // 「处罚的时候怎么把握」: a penalty comes with an order to put the violation right.
    pattern: PENALTY_WEIGHED,
    clause: '14',
    about: '实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管',
    when: VIOLATION,
    unless: new RegExp(`${HANDLED.source}|整改|改正`),
    say: () => '实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管',
  },
  {
    pattern: COERCIVE,
    clause: '13',
    about: '审慎采取吊扣许可证件，查封、扣押，限制生产、停产整治等措施',
    say: () => '审慎采取吊扣许可证件，查封、扣押，限制生产、停产整治等措施',
  },
  {
    pattern: REPEATED,
    clause: '11',
    about: '对发现重大环境问题的企业提高日常监管频次',
    when: /频次|多查|常去|多去|多跑|加密|盯紧|怎么处理|怎么办/,
    say: (word) => `${/重大/.test(word) ? '' : `${word}的，`}对发现重大环境问题的企业提高日常监管频次`,
  },
];

/** What follows a penalty: who sees the rectification through, and how. */
export const RECTIFY_RULES: readonly FactRule[] = [
  {
    // 「罚完款了」「罚了款但未整改」: a penalty is not the end of the case.
    pattern: HANDLED,
    clause: '14',
    about: '坚持“谁查处，谁督改”，实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管',
    // 「被罚了款，还要做什么」: what a penalty still leaves owed.
    when: /整改|改正|督改|再罚|了事|不管|之后|后面|以后|还要|还得|还需|做什么|干什么/,
    unless: LENIENT,
    say: (word, _text, scene) =>
      `${/罚/.test(word) ? '罚款后' : `${word}的，`}坚持“谁查处，谁督改”，由${handler(scene)}督促整改，责令当事人改正或限期改正违法行为，不得以罚代管`,
  },
  {
    // 「罚完了就结案不跟了行吗」: whether a penalty ends the case is 第12条's 处罚后跟踪整改效果.
    pattern: HANDLED,
    clause: '12',
    about: '执法机关在处罚后跟踪整改效果，确保环境问题实质性解决',
    when: AFTER_PENALTY_LEFT,
    unless: LENIENT,
    say: () => '处罚后须跟踪整改效果，确保环境问题实质性解决',
  },
  {
    // 「罚了款但一直没改」: the rectification is followed up, not fined again.
    pattern: /未整改/,
    clause: '15',
    about: '开展整改核查，跟踪企业整改进展',
    when: HANDLED,
    say: () => '对未整改的，开展整改核查，跟踪企业整改进展',
  },
  {
    pattern: /整改计划|整改方案/,
    clause: '15',
    about: '督导企业制定具体可操作的整改计划',
    unless: FIX_HARDSHIP,
    say: () => '应督导企业制定具体可操作的整改计划，跟踪整改进展',
  },
  {
    pattern: /(?:纠正|整改|改正)/,
    clause: '14',
    about: '对轻微违法不予处罚的，应当履行对当事人的教育义务，确保免罚不免责',
    when: /不罚|免罚|不予处罚|要不要罚/,
    unless: FIX_HARDSHIP,
    say: (word) => `不予处罚的，仍应履行教育义务，指导及时${word}违法行为，确保免罚不免责`,
  },
  {
    pattern: /整改/,
    clause: '14',
    about: '坚持“谁查处，谁督改”的原则',
    when: WHO_FIXES,
    unless: HANDLED,
    say: (_word, _text, scene) => `${handler(scene)}查处的，由其督促整改，坚持“谁查处，谁督改”`,
  },
  {
    pattern: /整改/,
    clause: '14',
    about: '实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管',
    // 「去看看整改情况」 is a visit to check rectification, which the case weighs.
    unless: new RegExp(
      `${FIX_HARDSHIP.source}|不罚|免罚|不予处罚|要不要罚|${WHO_FIXES.source}|${HANDLED.source}|整改(?:情况|效果|落实)|回头看|复查`,
    ),
    say: () => '整改须责令当事人限期改正，不得以罚代管',
  },
  {
    pattern: FIX_HARDSHIP,
    clause: '15',
    about: '帮助企业纾困解难',
    say: () => '整改有实际困难的，督导企业制定具体可操作的整改计划，跟踪整改进展，帮助企业纾困解难',
  },
  {
    pattern: /整改/,
    clause: '15',
    about: '开展整改核查，跟踪企业整改进展',
    // 「整改期间要做什么」「整改谁来盯，要做哪些事」: what seeing it through takes.
    when: new RegExp(`(?:整改|${WHO_FIXES.source})[^。？?]*(?:${HOW.source})`),
    unless: new RegExp(`${FIX_HARDSHIP.source}|整改计划|整改方案`),
    say: () => '开展整改核查，督导企业制定具体可操作的整改计划，跟踪企业整改进展，帮助企业纾困解难',
  },
];
