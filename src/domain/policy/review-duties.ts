import type { ClauseId } from '../clauses.js';
import { COERCION_RULE as CAUTION } from './clause-facts.js';
import { CITY as CITY_HEAD, COUNTY as COUNTY_HEAD } from './compose/approval.js';
import { TEAM as PENALTY_POSTED } from './compose/disclosure.js';
import { BY_COUNTY as OUTREACH } from './compose/outreach.js';
import { FEEDBACK, ONE_VISIT, RECORDING } from './compose/procedure.js';

/**
 * What a reviewer, a supervisor or a squad leader tells of an action already taken or proposed, which
 * a clause decides: a duty left undone (记录仪没开、未备案、没写责令改正), a measure beyond the clause
 * (全覆盖、一律停产), or a step the clause asks for and the action took (已报主要负责人批准、非现场核查).
 * Each entry quotes the clause verbatim, so the verdict says why in the scheme's words.
 */
export interface ToldAgainst {
  clause: ClauseId;
  /** The officer's words for the fact; the matched text is named back. */
  said: RegExp;
  /** Only when the message also says this (专项, 罚款, 轻微 …). */
  when?: RegExp;
  unless?: RegExp;
  rule: string;
  /** What the fact is of, named before it when the officer's words leave it out (「专项中“无限期”」). */
  subject?: string;
  /**
   * A head's approval in the quiet period is 第10条's: 'switch' says 第10条 decides when the date is
   * quiet, 'only' that the fact is against a clause only then (a city visit 分管局长 alone may approve).
   */
  quiet?: 'switch' | 'only';
}

/** 第10条, verbatim: what the quiet period asks of an on-site visit. */
export const QUIET_RULE =
  '“企业安静期”时段内，因实际工作需要确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准';

const NOT = '(?:没有|没|未|不再|不|无)';
const PLAN = '实施入企执法检查，应严格履行审批程序，制定检查方案并报行政执法主体负责人审批';
const SPECIAL_SCOPE = '严格限定检查内容和时间周期，避免扩大化或无限期延长检查，坚决杜绝全覆盖、无差别检查';
export const SPECIAL_FILED =
  '专项检查方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准后按照规定备案，并向社会公开';
const ORDER_FIX = '实施处罚时应当责令当事人改正或限期改正违法行为，不得以罚代管';
const EDUCATE = '对轻微违法不予处罚的，应当履行对当事人的教育义务，指导及时纠正违法行为，确保免罚不免责';
const HAND_OVER = '将筛选出的涉嫌违法线索及时移交有关分局调查处理';
const NEGLECT = '及时纠正执法不严格、不规范、不透明、不文明以及不作为、乱作为等问题';
const POSTED = '落实事前、事中、事后公示各项要求';
const SAME_CASE = '实现类案同罚';
const FOLLOW_UP = '开展整改核查……制定具体可操作的整改计划，跟踪企业整改进展';
const POSITIVE = '列入监督执法正面清单，采取减少、免除现场检查等正向激励举措';
const YEARLY_PLAN =
  '结合“双随机、一公开”监管机制要求，科学制定年度执法检查计划，合理确定检查比例和次数，最大限度减少入企检查频次';
const ONE_CHECK = '建立跨部门、跨区域、跨层级的执法检查“综合一次查”协作机制，加强联合检查，避免重复检查';
/** A yearly or standing plan told (年度计划、检查计划草案), not one visit. */
const PLAN_TOLD = /年度[^，。；]{0,8}计划|检查计划|计划（草案）|计划草案/;

/** A special inspection's plan or campaign is what 第4条 decides. */
const SPECIAL = /专项/;
/** A penalty imposed (罚了、作出罚款决定), not one spared. */
const FINED = /(?<!不|免|没|未)罚款|罚了|处罚决定|交了钱|缴清/;
const SPARED = /不予处罚|免予处罚|没罚|不罚|没立案处罚|免罚/;

export const DUTIES_LEFT_UNDONE: readonly ToldAgainst[] = [
  {
    clause: '6',
    said: new RegExp(
      `${NOT}(?:开|开启|打开|使用|用|带)[^，。；]{0,3}(?:执法)?记录仪|(?:执法)?记录仪[^，。；]{0,8}(?:没开|未开|没有开|没带|没用|未使用|仅在|只在)|${NOT}(?:使用|用|开)[^，。；]{0,3}移动执法(?:系统)?|无法回溯|不能回溯|(?:执法)?记录仪[^，。；]{0,6}(?:没电|断电|中断)|(?:没有|无)(?:录像|视频)|移动执法(?:系统)?[^，。；]{0,4}(?:登不上|打不开|用不了)|全程(?:用)?(?:纸质|手写|纸笔)`,
    ),
    rule: RECORDING,
  },
  {
    clause: '6',
    // 「检查结果于检查结束后一个月内书面反馈」: a month is no 及时.
    said: /(?:没有|没|未|不)(?:当场|及时)?(?:向企业)?反馈|(?:不|没|没有|未)(?:跟|向|给|和|对)企业(?:说|讲|通报|反馈|告知)|不告诉企业|(?:季度末|月底|年底|汇总后)[^，。；]{0,10}(?:通知|反馈)|(?:[一二两三四五六\d]+个?(?:月|季度))(?:内|后|以后)?[^，。；]{0,4}反馈/,
    rule: FEEDBACK,
  },
  { clause: '6', said: /分(?:两|三|四|几|多)次(?:入企|进厂|进企业|检查|去)/, rule: ONE_VISIT },
  {
    clause: '5',
    said: new RegExp(
      `${NOT}(?:做|制定|写|报)?[^，。；]{0,2}(?:书面)?(?:检查)?方案|${NOT}(?:报|走|经)审批|${NOT}(?:填|附)?[^，。；]{0,2}审批表|(?:事后|回头)[^，。；]{0,4}补[^，。；]{0,4}(?:审批|批)|不另报`,
    ),
    rule: PLAN,
    // No approval at all in the quiet period is first against 第10条's head's approval.
    quiet: 'switch',
  },
  {
    clause: '5',
    said: /(?:仅|只)(?:有|经|由)?[^，。；]{0,8}(?:分管|副局长)[^，。；]{0,6}(?:签|批|审)|(?:方案|计划)?由(?:分局)?(?:分管)?副局长(?:审批|签批|批准|签字)|(?:一把手|主要负责人|局长)[^，。；]{0,4}(?:没签|未签|空白|空着)|用[^，。；]{0,8}(?:应急|公安|住建|市场监管|自然资源)[^，。；]{0,6}(?:签|批)/,
    when: /分局/,
    unless: SPECIAL,
    rule: COUNTY_HEAD,
    quiet: 'switch',
  },
  {
    clause: '5',
    said: /(?:仅|只)(?:有|经|由)?承办(?:机构|科室)?负责人[^，。；]{0,4}(?:签|批)|分管局长[^，。；]{0,4}(?:栏)?(?:都|也)?(?:空着|空白|没签|未签)/,
    when: /市局|市执法队|市级/,
    rule: CITY_HEAD,
  },
  {
    clause: '10',
    said: /(?:局长|主要负责人|一把手)(?:意见)?[”"]?(?:栏)?(?:还|尚)?(?:空白|空着|没签|未签)/,
    when: /市局|市执法队|市级/,
    unless: SPECIAL,
    rule: QUIET_RULE,
    quiet: 'only',
  },
  {
    clause: '10',
    said: /(?:经|由)?分管(?:副)?局(?:长|领导)[^，。；]{0,4}(?:审批|签批|批准|签字|批)/,
    when: /市局|市执法队|市级/,
    unless: SPECIAL,
    rule: QUIET_RULE,
    quiet: 'only',
  },
  {
    clause: '13',
    said: /(?:处以|作出|给予|拟|要)[^，。；]{0,4}罚款|罚了|顶格|从重/,
    when: /首违|轻微/,
    unless: /偷排|暗管|超标|弄虚作假|无证|不予处罚|不罚|没罚|免罚/,
    rule: '全面落实首违不罚、轻微免罚制度……对轻微违法企业依法不予处罚，给予适度容错空间',
  },
  {
    clause: '4',
    said: /所有[^，。；]{0,8}企业|全部企业|一家不落|挨个|逐家|全覆盖|无差别|另行通知|结束时间[^，。；]{0,4}(?:不定|未定|待定)|无限期|不设(?:期限|结束)|直(?:至|到)[^，。；]{0,8}(?:解决|为止|结束)|全面检查/,
    when: SPECIAL,
    rule: SPECIAL_SCOPE,
    subject: '专项中',
  },
  {
    clause: '4',
    said: new RegExp(
      `${NOT}(?:按规定)?备案|${NOT}(?:对外|向社会)?公开|(?:仅|只)(?:经)?分管[^，。；]{0,6}(?:签|批)`,
    ),
    when: SPECIAL,
    rule: SPECIAL_FILED,
    subject: '专项中',
  },
  {
    clause: '14',
    said: new RegExp(
      `${NOT}(?:写|载明|下|作出)?[^，。；]{0,2}责令(?:限期)?改正|(?:交了钱|缴清|罚完)[^，。；]{0,10}(?:结案|完事|就算|归档|不管)|不再跟进|(?:就|便)?不管整改`,
    ),
    when: FINED,
    rule: ORDER_FIX,
  },
  {
    clause: '14',
    said: new RegExp(`${NOT}(?:做|进行|开展)?(?:任何)?[^，。；]{0,4}(?:教育|提醒告诫)`),
    when: SPARED,
    rule: EDUCATE,
  },
  {
    clause: '15',
    said: /(?:没有|没|未|无)(?:任何)?(?:开展|做|进行)?[^，。；]{0,2}(?:整改核查|复查|整改跟踪|跟踪整改)/,
    when: /整改|罚|改正/,
    rule: FOLLOW_UP,
  },
  {
    clause: '13',
    said: /查封|扣押|一律[^，。；]{0,6}停产|停产整治/,
    when: /轻微|一律|不区分|首违/,
    // 「一刀切」 in the officer's own words is the general requirement's 严防执法“一刀切”, which the rules lead with.
    unless: /一刀切/,
    rule: CAUTION,
  },
  {
    // 「线索移交高新分局……到现在分局没有任何调查处理记录」: the branch left the clue alone, 三（二）'s 不作为.
    clause: 'org-2',
    said: /(?:一直|到现在|至今|迄今)[^，。；]{0,6}(?:没有|没|未)(?:任何)?(?:调查)?(?:处理|查处|调查|核查)(?:记录)?|(?:没有|未)任何(?:调查处理|处理|调查)(?:记录)?|置之不理|不管不问/,
    rule: NEGLECT,
  },
  {
    clause: '8',
    said: /直到[^，。；]{0,10}才(?:移交|移送)|(?:迟迟|拖了[^，。；]{0,4})(?:没|未)?(?:移交|移送)|(?:[一二两三四五六七八九十几多\d]+个?多?(?:月|周|星期|天))[^，。；]{0,4}(?:没有|没|未|不)(?:及时)?(?:移交|移送)/,
    rule: HAND_OVER,
  },
  {
    clause: '7',
    // 「法规与标准科科长：……处罚决定都由本科统一对外公开」: 本科 is the asker's own 法规科.
    said: /法规(?:与标准)?科[^，。；]{0,8}(?:公开|公示|挂网)[^，。；]{0,6}(?:处罚决定)?|(?:处罚决定)[^，。；]{0,8}法规(?:与标准)?科|等法规(?:与标准)?科|(?:网上|网站|外网)[^，。；]{0,6}(?:查不到|看不到|搜不到)|处罚决定[^。；]{0,6}(?:都)?由本科[^，。；]{0,6}(?:公开|公示)/,
    when: /处罚决定/,
    rule: PENALTY_POSTED,
  },
  {
    clause: '7',
    said: /(?:结果|信息)[^，。；]{0,6}(?:没有|没|未|不)(?:对外|向社会)?(?:公开|公示)/,
    unless: SPECIAL,
    rule: POSTED,
  },
  {
    clause: '12',
    said: /(?:罚款|金额|处罚)[^，。；]{0,8}(?:(?:差了|相差)[^，。；]{0,4}|悬殊|不一样|差距)/,
    when: /情节[^，。；]{0,4}(?:相同|相似|一样|相近)/,
    rule: SAME_CASE,
  },
  {
    clause: '2',
    said: /不再以县区为单位|(?:普法对象|对象)[^，。；]{0,2}(?:仅限|只限|只有)/,
    rule: OUTREACH,
  },
  {
    clause: '9',
    // 「今年对它现场检查了4次，都是例行检查」: visits made, not only planned.
    said: /(?:安排|计划)[^，。；]{0,6}(?:[3-9３-９]|三|四|五|多)次[^，。；]{0,4}(?:现场)?检查|(?:检查|查|去)了(?:[3-9３-９]|三|四|五|六|好几|多)(?:次|回|趟)/,
    when: /正面清单/,
    rule: POSITIVE,
  },
  {
    // 「正面清单企业与其他企业同频次检查」「白名单企业照常查」: no incentive left for the listed.
    clause: '9',
    said: /正面清单[^，。；]{0,12}(?:同频次|同样(?:的)?频次|相同频次|一样(?:的)?频次|照常|一视同仁|不作区分|不区分)/,
    rule: POSITIVE,
  },
  {
    // 「重点排污单位每季度现场检查一次」「每月查一遍」: a yearly plan that visits by the calendar, not by need.
    clause: '3',
    said: /(?:每(?:个)?(?:季度|月|周|星期))[^，。；]{0,8}(?:现场)?(?:检查|查|去)[^，。；]{0,2}(?:一次|一遍|一回|[1-9]次)?/,
    when: PLAN_TOLD,
    rule: YEARLY_PLAN,
  },
  {
    // 「各科室分别制定计划、分别入企」: visits not joined up, so the enterprise is checked twice.
    clause: '3',
    said: /(?:各(?:个)?(?:科室|部门|单位)|各自)[^，。；]{0,8}分别(?:制定|安排|入企|检查|进厂|去)[^，。；]{0,10}|分别入企/,
    when: PLAN_TOLD,
    rule: ONE_CHECK,
  },
  {
    // 「方案经分管副局长审批后实施」: a special plan needs the head's approval, which 分管 alone is not.
    clause: '4',
    said: /(?:经|由|报)分管(?:副)?局(?:长|领导)[^，。；]{0,4}(?:审批|签批|批准|签字)(?:后|即)?[^，。；]{0,4}(?:实施|开展)?/,
    when: SPECIAL,
    unless: /主要负责人|(?<!副|分管)局长(?:审批|批准|签批|同意|签字)|县级以上人民政府/,
    rule: SPECIAL_FILED,
    subject: '专项中',
  },
];

/** Steps a clause asks for and the action took, which make it compliant when nothing above is told. */
export const STEPS_TAKEN: readonly ToldAgainst[] = [
  {
    // 「是否超频次」 asked of a visit on a clue or the enterprise's request: 第3条's exemption decides it.
    clause: '3',
    said: /投诉举报|群众举报|举报|转办交办|转办|交办|数据监测|自动监控|应企业申请|企业[^，。；]{0,4}申请/,
    when: /频次|超频|次数|第[三四五六3-6]次/,
    rule: '根据投诉举报、转办交办、数据监测等非现场手段发现线索确需实施检查，或者应企业申请实施执法检查的，可以不受频次上限限制',
  },
  {
    clause: '8',
    said: /(?:填了?|填写)[^，。；]{0,6}移送表|(?:及时)?移交[^，。；]{0,2}[\u4e00-\u9fff]{0,4}分局/,
    when: /数据|监控|用电|用能|线索/,
    rule: HAND_OVER,
  },
  {
    clause: '6',
    said: /移动执法系统全程|全程(?:使用)?移动执法|记录仪(?:视频|录像)?完整|全过程留痕/,
    rule: RECORDING,
  },
  {
    clause: '8',
    said: /(?:没去|不去|未去|不进)(?:现场|企业|厂)|远程核实|非现场(?:方式|核查|检查)?/,
    rule: '大力推行非现场、无感式执法',
  },
  {
    clause: '4',
    said: /(?:已|已经)(?:按规定)?备案[^，。；]{0,12}公开|(?:已|已经)[^，。；]{0,8}(?:向社会|对外)公开/,
    when: SPECIAL,
    rule: SPECIAL_FILED,
  },
  {
    clause: '14',
    said: /教育告诫|整改指导|(?:开展|进行|做了|有)[^，。；]{0,4}教育/,
    when: SPARED,
    rule: EDUCATE,
  },
  {
    clause: '5',
    said: /(?:已|已经)(?:报|经)?[^，。；]{0,12}(?:主要负责人|局长)[^，。；]{0,4}(?:审批|批准|同意|签|批)|(?<!副)(?:主要负责人|局长)(?:已|已经)(?:审批|批准|签批|同意|签字|批)|(?<!副)局长(?:批准件|签批件|审批件)|(?:经|有|附有)[^，。；]{0,6}(?<!副)局长(?:审批|批准|签批|签字)/,
    rule: PLAN,
    quiet: 'switch',
  },
  {
    clause: '13',
    said: /提醒告诫|行政指导/,
    when: /轻微/,
    rule: '运用提醒告诫、行政指导等柔性措施，积极引导企业守法',
  },
];
