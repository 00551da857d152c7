/** What follows a penalty: who sees the rectification through (第14条), and how (第15条). */
import { shortUnitName } from '../org.js';
import { HANDLED, HOW, LENIENT, SOFT_MEASURE } from './incident-penalty-rules.js';
import type { FactRule, IncidentScene } from './incident-rule.js';

/** The unit that dealt with the case, which 「谁查处，谁督改」 makes see the rectification through. */
function handler(scene: IncidentScene): string {
  const unit = scene.units[0];
  return unit ? shortUnitName(unit.name) : '查处的分局或科室';
}

/** 「罚完就结案不跟了」「罚完还要管吗」: whether the case may be left once the penalty is imposed. */
const AFTER_PENALTY_LEFT =
  /结案|不用再?(?:管|跟)|不再跟|不跟了|不管了|不管整改|还要管|还得管|还管不管|还用管|跟进|跟踪/;
const FIX_HARDSHIP =
  /整改[^。？?]{0,8}(?:困难|难度|吃力)|技术难题|技术(?:上)?(?:有)?(?:困难|难度)|(?:困难|难以)[^。？?]{0,4}整改|改不完|改不动|改不了|整改不完|(?:钱|资金|经费)不(?:够|足)[^。？?]{0,4}(?:改|整改)|整改期间[^。？?]{0,4}(?:钱紧|资金紧|缺钱|没钱)|整改[^。？?]{0,4}(?:钱|资金|经费)(?:不够|不足|紧张|短缺)/;
const WHO_FIXES =
  /谁(?:来)?(?:盯|督|管|负责|跟)|由谁|谁督改|(?:是|归)[^，。？?]{0,8}管还是|督办[^，。？?]{0,4}(?:是|归)|(?:督改|整改|督办)[^，。？?]{0,6}(?:归谁|谁管|谁负责|谁来)/;
/**
 * 「企业投诉我们重复检查，被通报了，该怎么整改」: the bureau's own conduct put right after it was
 * criticised, not an enterprise's violation, which 第14条 and 第15条 see corrected.
 */
const BUREAU_FIXES = /(?:被(?:通报|约谈|问责|点名|通报批评|批评)|投诉我们|对我们)[^？?]*整改/;
/** 「整改方向不明确」「光查不帮」: the direction of a rectification and help with it, 第15条's. */
const DIRECTION =
  /方向不明|改进方向|整改方向|问题根源|只管查处不管帮扶|查而不帮|(?:提供|做)[^，。？?]{0,4}服务|哪些服务|(?:去|来|到)核查(?:时|的时候)|核查(?:时|的时候)[^，。？?]{0,4}(?:注意|要做|做什么)|无从下手|不知道(?:从哪|怎么)(?:下手|改|整改)|不(?:懂|会|知道)(?:怎么|如何)?(?:改|整改)|帮(?:着|忙|企业)?(?:出出?主意|想想?办法|支招)|出出?主意/;
/** 「整改验收谁负责」「销号由谁来」: a stage of the case's full process named brings the process. */
function stages(text: string): string {
  return /验收|销号/.test(text) ? '推行“立案一查处一整改一验收一销号”全流程管理模式，' : '';
}

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
    say: (word, text, scene) =>
      `${/罚/.test(word) ? '罚款处罚后，' : ''}坚持“谁查处，谁督改”，${stages(text)}由${handler(scene)}督促整改，责令当事人改正或限期改正违法行为，不得以罚代管`,
  },
  {
    // 「罚完了就结案不跟了行吗」: whether a penalty ends the case is 第12条's 处罚后跟踪整改效果.
    pattern: HANDLED,
    clause: '12',
    about: '执法机关在处罚后跟踪整改效果，确保环境问题实质性解决',
    // 「罚了款，至今未整改，后续怎么处理」: what follows the penalty too.
    when: new RegExp(`${AFTER_PENALTY_LEFT.source}|未整改|不再整改|后续|如何处理|怎么处理`),
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
    say: () => '应督导企业制定具体可操作的整改计划，跟踪企业整改进展，帮助企业纾困解难',
  },
  {
    pattern: /(?:纠正|整改|改正)/,
    clause: '14',
    about: '对轻微违法不予处罚的，应当履行对当事人的教育义务，确保免罚不免责',
    // 「提醒告诫一下不立案」: a soft measure in place of the fine spares it too.
    when: new RegExp(`不罚|免罚|不予处罚|要不要罚|${SOFT_MEASURE.source}`),
    unless: FIX_HARDSHIP,
    say: (word) => `不予处罚的，仍应履行教育义务，指导及时${word}违法行为，确保免罚不免责`,
  },
  {
    // 「是我们分局查出来的问题」: the unit that found it sees it through.
    pattern: new RegExp(`${WHO_FIXES.source}|查出来?的|整改|督改`),
    clause: '14',
    about: '坚持“谁查处，谁督改”的原则',
    when: new RegExp(`^(?=[^]*(?:整改|督改))(?=[^]*(?:${WHO_FIXES.source}|查出来?的))`),
    unless: HANDLED,
    say: (_word, _text, scene) =>
      scene.units[0]
        ? `${handler(scene)}查处的，由其督促整改，坚持“谁查处，谁督改”`
        : '由查处的单位督促整改，坚持“谁查处，谁督改”',
  },
  {
    // 「整改方向不明确」「光查不帮」: 第15条's guidance, the direction and the plan, asked as such.
    pattern: DIRECTION,
    clause: '15',
    about: '督导企业明确改进方向，制定具体可操作的整改计划',
    unless: FIX_HARDSHIP,
    say: () =>
      '应开展整改核查，深入分析问题根源，督导企业明确改进方向，制定具体可操作的整改计划，跟踪企业整改进展，帮助企业纾困解难',
  },
  {
    // 「整改态度还差」 is what 第12条 weighs, not a rectification to order.
    pattern: /整改(?!态度)/,
    clause: '14',
    about: '实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管',
    // 「去看看整改情况」 is a visit to check rectification, which the case weighs.
    unless: new RegExp(
      `${FIX_HARDSHIP.source}|不罚|免罚|不予处罚|要不要罚|${WHO_FIXES.source}|查出来?的|${HANDLED.source}|整改(?:情况|效果|落实)|回头看|复查|${BUREAU_FIXES.source}`,
    ),
    say: () => '坚持“谁查处，谁督改”，督促企业积极整改，责令当事人限期改正，不得以罚代管',
  },
  {
    // 「市执法队去复查」: checking the rectification is 第15条's 整改核查.
    // Not a fact of a visit: the visit rules weigh a follow-up visit themselves.
    pattern: /复查|回头看/,
    clause: '15',
    about: '开展整改核查，跟踪企业整改进展',
    // Only beside a case decided (「查处的化工厂，市执法队去复查」), not a visit asked about alone.
    when: new RegExp(`^(?=[^]*(?:整改|督改))(?=[^]*(?:${HANDLED.source}|${WHO_FIXES.source}|督改))`),
    // Where hardship or a plan is stated, their line says the same and more.
    unless: new RegExp(`${FIX_HARDSHIP.source}|整改计划|整改方案|帮|未整改`),
    say: (word) => `${word}属整改核查，跟踪企业整改进展`,
  },
  {
    pattern: FIX_HARDSHIP,
    clause: '15',
    about: '帮助企业纾困解难',
    say: (word) =>
      `${/技术/.test(word) ? `对所述${word}` : '整改有实际困难的'}，深入分析问题根源，督导企业制定具体可操作的整改计划，跟踪企业整改进展，帮助企业纾困解难`,
  },
  {
    pattern: /整改/,
    clause: '15',
    about: '开展整改核查，跟踪企业整改进展',
    // 「整改期间要做什么」「整改谁来盯，要做哪些事」: what seeing it through takes.
    when: new RegExp(`(?:整改|${WHO_FIXES.source})[^。？?]*(?:${HOW.source})`),
    unless: new RegExp(`${FIX_HARDSHIP.source}|整改计划|整改方案|${BUREAU_FIXES.source}`),
    say: () => '开展整改核查，督导企业制定具体可操作的整改计划，跟踪企业整改进展，帮助企业纾困解难',
  },
];
