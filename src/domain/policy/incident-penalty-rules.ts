/**
 * The facts of a case about a penalty and what follows it: the violation, intent, a first or minor
 * offence, hardship paying, discretion, coercive measures, repeat offences, rectification.
 */
import { CLAUSE_FACTS, COERCION_RULE, COERCIVE_MEASURES, STATED_VIOLATION } from './clause-facts.js';
import { ONE_WAY } from './compose/penalty.js';
import { ruleOf, type FactRule } from './incident-rule.js';
import { VIOLATION, violations } from './stated-facts.js';

export type { FactRule, IncidentScene } from './incident-rule.js';

/** 「去年被罚过，这次又超标」: a penalty in the enterprise's history, where a new violation is the case. */
const PAST = '(?=[^]*(?:这次|这回|又|再次))(?:去年|前年|以前|之前|上次|上回|此前|曾经?|过去)';
/** The penalty's words; the history that makes them an earlier year's is checked only where they occur. */
const IMPOSED =
  '(?:查处了|查处的|罚完|(?<!不予|免予|不)处罚了|已处罚|已经处罚|已立案|立案了|罚过|被罚|罚款了|(?<![不处])罚了(?:款)?|处以罚款|作出(?:罚款)?处罚|已缴纳罚款)';
export const HANDLED = new RegExp(`(?=${IMPOSED})(?<!${PAST}[^，。？?]{0,8})${IMPOSED}`);
/** 「明年还按原来年度计划的次数来吗」: whether the count planned still holds after a serious violation. */
export const KEEP_COUNT =
  /按(?:原来|原先|以前|原)(?:的)?(?:年度)?(?:计划)?(?:的)?(?:检查)?(?:次数|频次)|(?:次数|频次)(?:要不要|能不能|可不可以|是否)?(?:增加|提高|加密)/;
/** 「要不要多去几趟」「频次要不要往上提」: how often the enterprise is to be checked from now on. */
const FREQUENCY_ASK = new RegExp(`频次|多查|常去|多去|多跑|加密|${KEEP_COUNT.source}`);
/** 「态度挺好」「主动报告了」「超标就两天」: what weighs a penalty down on 第12条's benchmark. */
export const MITIGATING =
  /态度(?:也|还)?(?:挺|很|比较|还|也)?(?:好|不错|还行|可以|积极|诚恳)|持续(?:的)?时间(?:也)?(?:不长|很短|较短|短)|时间不长|(?:主动|积极)(?:报告|整改|改正|停产|配合)|主动[^，。？?、]{1,4}报告|及时处置|当场改正|(?:及时|马上|立即)改正|数据(?:也|已经?)?恢复|(?:只|就|才|仅)(?:有|[^，。？?\d一二两三几半]{1,3}?)?[一二两三几半\d]+(?:个)?(?:天|小时|分钟|晚上?|夜|会儿)|[一二两三几半\d]+(?:个)?小时|不小心|不是故意/;
/** 「整改态度还差」: the attitude, good or bad, that 第12条 weighs. */
const ATTITUDE = /(?:整改)?态度/;
const ATTITUDE_ONLY = /^(?:整改)?态度$/;
/** 「同类违法」「罚款差距较大」「统一裁量尺度」「邻县一家只罚了2万」: like cases fined alike (第12条). */
export const LIKE_CASES =
  /类案|罚款差距|畸轻畸重|畸重|畸轻|统一裁量|裁量尺度|裁量不一致|裁量不统一|罚得不一样|(?:邻县|隔壁县|别的县|其他县区?|别家|人家|另一家)[^，。？?]{0,8}(?:只|才)罚了?/;
/** 「是不是肯定不罚」: whether sparing is certain, which the list and the facts decide. */
export const CERTAIN_SPARE = /(?:肯定|一定|保证|绝对)(?:会|能|可以)?(?:不罚|免罚|不予处罚|不处罚)/;
/** 「提醒告诫一下算了」「教育一下」「不立案」: a soft measure in place of a penalty. */
export const SOFT_MEASURE = /提醒告诫|告诫|约谈|教育一下|批评教育|不立案/;
/** 「说不是故意的」 denies intent: no fact of intent. */
const INTENT =
  /(?<!不是|并非|没有|不属于|非|无)(?<!(?:(?<!是)不是|并非|没有|不属于|非|无)主观)(?:主观故意|故意|蓄意|恶意)/;
/** 「分期缴纳」「罚款交不起」「困难…缴不上」: hardship paying a fine (第13条). */
const FINE_HARDSHIP =
  /分期缴纳|延期缴纳|(?:罚款|罚金|罚)[^。？?]{0,12}?(?:确有困难|困难|交不上|交不起|缴不起|缴不上|没钱|罚款减少)|(?:确有困难|困难|交不上|交不起|缴不上)[^，,。？?]{0,8}(?:罚|交|缴)/;

export const HOW =
  /做(?:些|点)?(?:哪些|什么|啥)|干(?:些|点)?(?:什么|啥)|怎么(?:做|办|弄|操作)|咋(?:弄|办|做)|要做|还能做/;
/** 「往轻了裁」「能不能从轻」: a lighter penalty asked for. */
export const LENIENT = /从轻|减轻|往轻|轻罚|少罚|罚轻/;
const AFTER_SPARING =
  /(?:不罚|免罚|不予处罚)[^，。？?]{0,4}(?:以后|之后|后|的话)[^，。？?]{0,3}(?:还要|还得|还需|要做|做什么|干什么)|(?:不罚|免罚|不予处罚)了?[^？?]*(?:就完了|就算了|就行了|不用再?(?:管|跟)|不再跟|还用管|还要管|还得管|要不要管|还管不管|跟进|跟踪|不管整改|不管了|(?:啥|什么)(?:也|都)不用(?:做|干|管)|(?:接下来|下一步)[^，。？?]{0,4}(?:做|干))/;
/** 「怎么处理」「能不能免罚」: how a violation found is to be dealt with. */
const PUNISH_ASK = /怎么处理|如何处理|怎么办|怎么处置|罚|处罚/;
/** 「罚多少」「处罚时怎么把握裁量」: the benchmark asked after. */
const DISCRETION_ASK = /裁量|罚多少|罚多罚少|罚轻罚重|怎么罚|罚款(?:标准|数额|金额)|处罚标准/;
/** 「处罚的时候」「怎么罚」: a penalty being weighed, not yet imposed. */
const PENALTY_WEIGHED = /(?:处罚|罚款)(?:的时候|时)|怎么罚|如何罚|裁量/;
/** 「查封扣押设备」: the coercive measures 第13条 asks to use with care (not 「停限产」, a weather measure). */
const COERCIVE = new RegExp(`${COERCIVE_MEASURES.source}|吊销(?:许可|证)|责令停产`);
/** 「首违不罚那次……今天复查又没盖」「还是同一个问题」「不是头一回了」: the same violation again. */
const REOFFENCE =
  /又(?:没(?:盖|改|整改|装|开|弄好)|出现|犯了?|违法)|还是[^，。？?]{0,8}没(?:记|改|盖|整改|弄)|还是同一个问题|同一(?:个)?问题(?:又|再)|不是(?:第一次|首次|头一回)(?:了)?|(?:已经|上次|之前)[^，。？?]{0,8}首违不罚(?:过|了)/;
/** 「屡查屡犯」「连续两次被查出」: an enterprise found with problems again and again. */
const REPEATED =
  /屡查屡犯|屡次|多次被查出|(?:连续|接连|反复|再次|又一次)[^，。？?]{0,4}(?:被查出|违法|查出)|重大环境问题/;

/** 「主动打电话报告……及时处置……约2小时」: every weighing fact stated, in the officer's words and order. */
function mitigating(text: string): string {
  const words = [...text.matchAll(new RegExp(MITIGATING.source, 'g'))].map((match) =>
    match[0].replace(/^(?:只|就|才|仅)(?:有)?/, ''),
  );
  // 「主动打电话报告」 already says 「主动报告」.
  const within = (short: string, long: string) => {
    let at = 0;
    for (const char of long) if (char === short[at]) at += 1;
    return at === short.length;
  };
  const kept = words.filter(
    (word, i) => !words.some((other, j) => j !== i && other !== word && within(word, other)),
  );
  return [...new Set(kept)].join('、');
}

/** The penalty weighed: each fact in the officer’s word beside the clause that decides it. */
export const PENALTY_RULES: readonly FactRule[] = [
  // 「还没超标」「不是偷排」: a violation denied is none. Several violations are said together.
  ruleOf(CLAUSE_FACTS.seriousViolation, {
    visit: true,
    // A special inspection's focus is a risk to look at, not a violation found. A violation already
    // handled is still named (the answer ranks it after what follows it).
    unless: CLAUSE_FACTS.special.words,
    say: (word, text) => violations(word, text),
  }),
  {
    // 「查实偷排，以后能不能多查」: a serious problem found raises the frequency, asked of the days after.
    pattern: STATED_VIOLATION,
    clause: '11',
    about: '对发现重大环境问题的企业提高日常监管频次',
    when: FREQUENCY_ASK,
    unless: new RegExp(`${REPEATED.source}|${CLAUSE_FACTS.special.words.source}`),
    say: () => '对发现重大环境问题的企业提高日常监管频次',
  },
  {
    // 「上次首违不罚了，这回又没盖，还能不罚不」: a violation again is no first one.
    pattern: REOFFENCE,
    clause: '13',
    about: '首违不罚 首次违法',
    say: (word) => `所述${word}，不属于首次违法，不适用首违不罚`,
  },
  {
    pattern: INTENT,
    clause: '13',
    about: '注意区分违法案件是否属于主观故意',
    say: (word) =>
      `${word.includes('故意') ? '' : `${word}违法，`}违法属主观故意的，不适用首违不罚、轻微免罚`,
  },
  {
    // 「还能首违不罚吗」「提醒告诫一下算了」 after a serious violation: the relief is for minor ones.
    pattern: new RegExp(
      `首违不罚|轻微免罚|免罚|不罚|柔性执法|按轻微违法|首违|首次违法|${SOFT_MEASURE.source}`,
    ),
    clause: '13',
    about: '全面落实首违不罚、轻微免罚制度，注意区分违法案件是否属于主观故意，以及造成的后果影响',
    when: STATED_VIOLATION,
    unless: new RegExp(`${INTENT.source}|${CERTAIN_SPARE.source}`),
    // The officer's 「首次违法」 or 「提醒告诫」 said with the rule that weighs it.
    say: (_word, text) => {
      const soft = text.match(new RegExp(SOFT_MEASURE.source, 'g')) ?? [];
      const said = [...new Set([/首次违法|首违(?!不罚)/.exec(text)?.[0], ...soft].filter(Boolean))];
      return `${said.length ? `所述${said.join('、')}，` : ''}首违不罚、轻微免罚针对轻微违法，须区分是否属于主观故意及后果影响`;
    },
  },
  {
    // 「是不是肯定不罚」: the list and the facts decide, not a promise.
    pattern: CERTAIN_SPARE,
    clause: '13',
    about:
      '认真执行省生态环境厅《生态环境轻微违法行为不予处罚事项清单》，注意区分违法案件是否属于主观故意，以及造成的后果影响',
    say: () =>
      '是否不予处罚，须对照省生态环境厅《生态环境轻微违法行为不予处罚事项清单》，区分是否属于主观故意以及造成的后果影响',
  },
  {
    // 「首违不罚了，后面还要不要跟进」: the relief already given, which 第13条 allows minor violations.
    pattern: /首违不罚|轻微免罚|免罚|不予处罚/,
    clause: '13',
    about: '全面落实首违不罚、轻微免罚制度，对轻微违法企业依法不予处罚，给予适度容错空间',
    when: /(?:首违不罚|轻微免罚|免罚|不予处罚)了/,
    unless: new RegExp(`${VIOLATION.source}|${INTENT.source}|轻微违法|情节轻微|首次违法|首违(?!不罚)`),
    say: (word) => `${word}适用于轻微违法，对轻微违法企业依法不予处罚，给予适度容错空间`,
  },
  {
    // 「首违」 stated as a fact, not the 「首违不罚」 asked about.
    pattern: /首违(?!不罚)|首次违法|初次违法|第一次违法|头一回违法/,
    clause: '13',
    about: '全面落实首违不罚、轻微免罚制度',
    // 「超标排放，第一次」: a serious violation is not spared for being the first; one already fined was not.
    unless: new RegExp(`${INTENT.source}|${VIOLATION.source}|${HANDLED.source}`),
    say: (word, text) =>
      // 「按啥清单判断」: the list that decides is named.
      `${word}${/轻微/.test(text) ? '且情节轻微' : ''}的，${/清单|依据|标准/.test(text) ? '对照省生态环境厅《生态环境轻微违法行为不予处罚事项清单》，' : ''}落实首违不罚、轻微免罚制度，依法不予处罚`,
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
    when: /(?:一定|必须|都得|要不要|该不该|需不需要|还要|还得)(?:立案)?(?:处)?罚|罚(?:款)?[吗么]|罚不罚/,
    // Where 改正 and 不罚 are both said, the rectification rule says the same with the correction.
    unless: new RegExp(
      `${INTENT.source}|${VIOLATION.source}|整改|纠正|${FINE_HARDSHIP.source}|^(?=[^]*改正)(?=[^]*(?:不罚|免罚|不予处罚|要不要罚))`,
    ),
    say: () => '不予处罚的，仍应履行对当事人的教育义务，确保免罚不免责',
  },
  {
    // 「免罚以后还得干什么」: what sparing the fine still leaves owed.
    pattern: AFTER_SPARING,
    clause: '14',
    about: '对轻微违法不予处罚的，应当履行对当事人的教育义务，确保免罚不免责',
    unless: /纠正|整改|改正/,
    say: () => '对轻微违法不予处罚的，应当履行对当事人的教育义务，确保免罚不免责',
  },
  // Hardship paying is read in more words than its name (「罚款交不起」「困难…缴不上」).
  ruleOf(CLAUSE_FACTS.fineHardship, { pattern: FINE_HARDSHIP }),
  {
    pattern: LENIENT,
    clause: '12',
    about: '严格遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素',
    say: () => '严格遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素',
  },
  {
    // 「两家同类违法罚得差一大截」: like cases are fined alike.
    pattern: LIKE_CASES,
    clause: '12',
    about: '严格做到案件事实清楚、违法证据充分、法律适用准确、裁量范围得当，实现类案同罚',
    say: () =>
      '同类违法应执行省生态环境厅《生态环境行政处罚自由裁量基准》，裁量范围得当，实现类案同罚，避免处罚畸轻畸重',
  },
  {
    // 「老板态度还行」「主动报告了」: what the benchmark weighs, where no lighter penalty is asked as such.
    pattern: new RegExp(`${MITIGATING.source}|${ATTITUDE.source}`),
    clause: '12',
    about: '综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素',
    // 「违法才一天」: the violation need not be named for its length to weigh; a first or minor one
    // is spared on 第13条 instead.
    when: new RegExp(`${VIOLATION.source}|(?<!首次|第一次|初次|轻微)违法(?!行为不予处罚)`),
    unless: new RegExp(`${LENIENT.source}|${LIKE_CASES.source}`),
    // 「就坏了半天」「态度挺好」 said back beside the factor it is; a fine asked at one extreme is 畸轻畸重.
    say: (word, text) =>
      `${ATTITUDE_ONLY.test(word) ? '' : `所述${mitigating(text)}，`}处罚执行省生态环境厅《生态环境行政处罚自由裁量基准》，遵循“过罚相当”原则，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素${ONE_WAY.test(text) ? '，避免处罚畸轻畸重' : ''}`,
  },
  {
    pattern: DISCRETION_ASK,
    clause: '12',
    about: '认真执行省生态环境厅《生态环境行政处罚自由裁量基准》',
    // Facts that weigh the penalty stated: their line names the benchmark already.
    unless: new RegExp(
      `${LENIENT.source}|${LIKE_CASES.source}|^(?=[^]*(?:${VIOLATION.source}|违法))(?=[^]*(?:${MITIGATING.source}|${ATTITUDE.source}))`,
    ),
    say: (word) =>
      `${word.includes('裁量') ? '罚款裁量' : `${word}：`}执行省生态环境厅《生态环境行政处罚自由裁量基准》，遵循“过罚相当”，综合考虑违法行为的性质、持续时间、危害程度及整改态度等因素`,
  },
  {
    // 「查出超标，怎么处理」「这算不算可以不罚」: a serious violation's penalty is weighed on the benchmark.
    pattern: VIOLATION,
    clause: '12',
    about: '认真执行省生态环境厅《生态环境行政处罚自由裁量基准》，严格遵循“过罚相当”原则',
    // 「去年被罚过，这次又超标」: an earlier penalty is no penalty weighed now.
    when: new RegExp(`(?=${PUNISH_ASK.source})(?<!${PAST}[^，。？?]{0,8})(?:${PUNISH_ASK.source})`),
    unless: new RegExp(
      `${DISCRETION_ASK.source}|${LENIENT.source}|${HANDLED.source}|专项|${INTENT.source}|${LIKE_CASES.source}|${CERTAIN_SPARE.source}|${MITIGATING.source}|${ATTITUDE.source}`,
    ),
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
    // 「只罚款不责令改正行不行」「决定书没写责令改正」: a fine never replaces the order to correct.
    pattern: /以罚代管|(?:没|未|不)(?:有)?(?:写|下|提|作出?|开)?(?:责令改正|责令整改|责令限期改正)/,
    clause: '14',
    about: '实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管',
    decisive: true,
    // 「今天要立案，有人说罚款就行了」: the case filed for a fine is named with the duty it carries.
    say: (_word, text) =>
      `${/立案/.test(text) ? '立案罚款时，' : ''}罚款不能代替责令改正，实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管`,
  },
  {
    // 「未发现下游受影响」「没造成污染」: the consequence 第13条 asks to weigh.
    pattern:
      /(?:未|没有?)(?:发现|造成|产生)[^，。？?]{0,6}(?:影响|后果|危害|污染)|无(?:明显)?(?:后果|危害)|(?:后果|影响)(?:不大|轻微|较小)/,
    clause: '13',
    about: '注意区分违法案件是否属于主观故意，以及造成的后果影响',
    when: /罚|立案|裁量/,
    unless: INTENT,
    say: (word) => `所述${word}，处罚时注意区分违法案件是否属于主观故意，以及造成的后果影响`,
  },
  {
    pattern: COERCIVE,
    clause: '13',
    about: COERCION_RULE,
    say: () => COERCION_RULE,
  },
  {
    pattern: REPEATED,
    clause: '11',
    about: '对发现重大环境问题的企业提高日常监管频次',
    when: /频次|多查|常去|多去|多跑|加密|盯紧|怎么处理|怎么办/,
    say: (word) => `${/重大/.test(word) ? '' : `${word}的，`}对发现重大环境问题的企业提高日常监管频次`,
  },
];
