/**
 * Facts of a case that other clauses decide: a risk worth a warning (第1条), 送法入企 (第2条), who
 * publishes what (第7条), conduct the bureau must correct (三（二）), publicity (三（三））.
 */
import { shortUnitName } from '../org.js';
import { CLAUSE_FACTS } from './clause-facts.js';
import { ruleOf, type FactRule, type IncidentScene } from './incident-rule.js';

/** 第1条's sections and units, which the scheme charges with warning enterprises at risk. */
export const WARNING_UNITS =
  /自然生态保护科|水生态环境科|大气环境科|土壤生态环境科|环境影响评价与排放管理科|综合行政执法队|生态环境监控中心|机动车排气污染防治检测中心/;

/** 「还没超标」「往上走」「提个醒」: a risk found before any violation. */
const RISK =
  /预警提醒|提个醒|提醒一下|风险提示|违法风险|风险(?:挺|很|比较)?大|苗头|还没(?:到)?(?:超标|违法)|快(?:要)?超标|接近(?:超标|限值)|往上走|上升趋势/;
/** 第1条's warning, by the listed section the question names. */
function warned(_word: string, _text: string, scene: IncidentScene): string {
  const section = scene.units.find((unit) => WARNING_UNITS.test(unit.name));
  return `${section ? `${shortUnitName(section.name)}属第1条所列科室和单位，` : ''}应充分利用智能化监管平台，对存在违法风险的企业及时预警提醒，引导企业加强源头预防，消除违法风险`;
}
/** 「以案说法」「专题讲座」「讲讲新法」: 送法入企 in its forms. */
const OUTREACH =
  /送法入企|执法普法|普法|以案说法|以案释法|一案一说|讲讲?新法|入企讲法|专题讲座|讲座|宣讲|座谈式答疑|座谈/;
/** 「决定书要上网公示」「执法人员信息要公示」: what is published. */
const PUBLISHED = /公示|公开|上网|挂网|对外公布|对外发布/;
/** 公示 is 第7条's own word (强化入企检查信息公示), said beside 信息公开 when the officer uses it. */
const posted = (text: string) => (/公示/.test(text) ? '（公示）' : '');
const MISCONDUCT = /(?:检查|执法)(?:不规范|不文明|不严格|不透明)|乱作为|不作为/;

/**
 * 「用电几乎为零……先预警还是直接移交」「超标1小时，发个预警就算了，不用移交吧」: the data already shows a
 * violation and a warning is weighed against handing the clue on. 第1条 warns of a risk; a violation
 * found is 第8条's clue, which goes to the branch. Not 「还没超标」, a risk only.
 */
const FOUND =
  /(?<!没|未|不|没有|不会|防止|快|快要|将要|即将|可能)超标(?!风险)|(?:用电|电量|电流)[^，。？?]{0,6}(?:为零|为0|是零|没有)|停运|停用|(?:治污|除尘|治理)设施[^，。？?]{0,4}没开|不正常运行|一条直线|直线|弄虚作假|造假|偷排/;
export const WARNING_OR_CLUE = new RegExp(
  `^(?=[^]*(?:${FOUND.source}))(?=[^]*(?:移交|移送|转交))(?=[^]*(?:预警|提个醒|提醒一下))`,
);

export const OTHER_CLAUSE_RULES: readonly FactRule[] = [
  // 「以后多去几趟，还是照双随机的频次」: the random draw sets its own proportion and count.
  ruleOf(CLAUSE_FACTS.randomDraw, {
    when: /多查|常去|多去|多跑|加密|提高(?:检查|监管)?频次/,
    // 「又接到举报，再去算不算频次」 asks the cap, which the visit rules weigh.
    unless: /举报|投诉|算不算|计不计/,
  }),
  // 「经群众举报查实偷排，后续能否提高检查频次」: a check a complaint calls for is not held to the cap.
  ruleOf(CLAUSE_FACTS.complaint, {
    when: /(?:提高|增加|加大|加密)[^，。？?]{0,4}(?:检查|监管)?频次|多查|多去|常去|多跑/,
    unless: CLAUSE_FACTS.randomDraw.words,
  }),
  {
    pattern: RISK,
    clause: '1',
    about: '对存在违法风险的企业及时预警提醒，引导企业加强源头预防，消除违法风险',
    unless: new RegExp(`重污染天气|${WARNING_OR_CLUE.source}`),
    // A risk not yet a violation is warned of before anything else.
    decisive: true,
    say: warned,
  },
  // A violation the data shows: the warning follows the clue handed on, which the ask's words put first.
  {
    pattern: RISK,
    clause: '1',
    about: '对存在违法风险的企业及时预警提醒',
    when: WARNING_OR_CLUE,
    say: warned,
  },
  {
    // 「去现场检查，顺便讲讲新法」: 第2条 counts the visit itself as a chance to teach the law.
    pattern: OUTREACH,
    clause: '2',
    about: '利用现场执法检查等契机，开展授课式、座谈式答疑、执法普法服务',
    visit: true,
    when: /检查/,
    say: (word) => `${word}可利用现场执法检查等契机开展，采取以案说法、座谈式答疑等形式入企讲法`,
  },
  {
    pattern: OUTREACH,
    clause: '2',
    about: '“执法普法、送法入企”工作以县区为单位，组成专业普法团队，定期开展专题讲座',
    unless: /检查/,
    // 「重点企业有没有全覆盖，按全市算还是按县算」: the reach asked is said with the county as its unit.
    say: (word, text) =>
      /覆盖|重点企业/.test(text)
        ? `${word}以县区为单位开展，以全市重点企业为重点普法对象，${/培训/.test(text) ? '采取集中培训、行业培训等形式，' : ''}力争做到每年全市重点企业全覆盖`
        : `${word}属“执法普法、送法入企”，以县区为单位，组成专业普法团队，可采取专题讲座、以案说法、座谈式答疑等形式`,
  },
  {
    pattern: /处罚决定|决定书/,
    clause: '7',
    about: '市执法队负责行政处罚决定等信息的信息公开',
    when: PUBLISHED,
    say: (_word, text) => `市执法队负责行政处罚决定等信息的信息公开${posted(text)}`,
  },
  {
    pattern: /执法人员|执法主体|执法事项|执法依据/,
    clause: '7',
    about: '法规与标准科负责执法主体、执法人员、执法事项、执法依据等信息的信息公开',
    when: PUBLISHED,
    say: (_word, text) =>
      `法规与标准科负责执法主体、执法人员、执法事项、执法依据等信息的信息公开${posted(text)}`,
  },
  {
    pattern: MISCONDUCT,
    clause: 'org-2',
    about: '及时纠正执法不严格、不规范、不透明、不文明以及不作为、乱作为等问题',
    say: (word) => `所述${word}，局里应落实层级监督和内部纠错，及时纠正执法不严格、不规范等问题`,
  },
  {
    pattern: /宣传[^，。？?]{0,10}(?:政策|规范|营商环境)|典型经验/,
    clause: 'org-3',
    about: '广泛宣传规范涉企执法检查、助力优化营商环境的重要意义、政策措施和典型经验',
    decisive: true,
    say: () => '应广泛宣传规范涉企执法检查、助力优化营商环境的重要意义、政策措施和典型经验',
  },
];
