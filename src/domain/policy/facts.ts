import { shortUnitName, type Directory, type Enterprise, type Level, type Unit } from '../org.js';
import type { DateRange, InspectionMethod, InspectionType } from '../rules/index.js';
import type { Concept } from './concepts.js';
import { branchFor } from './case-context.js';
import {
  enterpriseByGroup,
  enterpriseByPlace,
  enterpriseInCounty,
  placeShort,
} from './enterprise-by-place.js';
import { visitDates, withoutPastDates } from './visit-dates.js';
import { statedFacts, type StatedFacts } from './stated-facts.js';

/** What an officer's question says about an inspection; `undefined` where the question is silent. */
export interface CaseFacts {
  level?: Level;
  /** A unit the question names, e.g. 潞城分局 or 大气科. */
  unit?: Unit;
  enterprise?: Enterprise;
  type?: InspectionType;
  /** Every trigger stated, strongest first (「转办来的信访线索」 is both 转办交办 and 投诉举报). */
  triggers?: InspectionType[];
  methods?: InspectionMethod[];
  quiet?: boolean;
  positiveList?: boolean;
  dates?: DateRange;
  /** The risk a special inspection targets, as written (超标排放, 危废…). */
  focus?: string;
  /** The question plans a visit (去, 打算, 准备…) rather than asking about a rule. */
  planned: boolean;
  /** History, length, joint visit and the like, as the officer states them. */
  stated: StatedFacts;
  /** Every unit the question names, first named first (「市执法队和潞城分局都要去」). */
  units: Unit[];
  /** The branch of the named enterprise's county. */
  local?: Unit;
}

/** Strongest first: a complaint that arrives by 转办 is still a complaint for 第3条. */
const TRIGGERS: readonly [Concept, InspectionType][] = [
  ['complaint', 'complaint'],
  ['monitoring', 'monitoring'],
  ['enterpriseRequest', 'enterprise-request'],
  ['referral', 'referral'],
  ['clue', 'referral'],
  ['special', 'special'],
  ['random', 'random'],
];

/** Who carries the inspection out, as the question first names it. */
const LEVELS: Partial<Record<Concept, Level>> = {
  county: 'county',
  city: 'city',
  section: 'city',
  enforcementTeam: 'city',
  legalSection: 'city',
};
/** 「去现场」「打算」: someone plans a visit; 「去年」「到底」「想问」 are not plans. */
const PLAN_WORDS = /去(?!年)|到(?![底期])|赴|前往|打算|准备|计划|安排|想(?!问|了解|知道)|拟/;
// 「那时全市安静期已经结束了」「安静期都过了」: the officer holds the day to be outside it.
const NOT_QUIET =
  /(?:不|没|未)在[^，。？]{0,4}安静期|非安静期|安静期(?:外|以外|之外|结束后)|安静期(?:已经?|都|早就?|就)?(?:结束|过去?)了/;
// 「在不在正面清单上」「是不是正面清单企业」 ask; they say nothing either way.
const NOT_LISTED =
  /(?<!在)(?:不|没|没有|未)在[^，。？]{0,4}正面清单|非正面清单|(?<!是)(?:不是|不属于)[^，。？]{0,4}正面清单|(?:没列入|没有列入|未列入|没进)[^，。？]{0,4}正面清单/;
const FOCUS =
  /超标排放|危废非法处置|危险废物|危废|偷排偷放|偷排|无证排污|重污染天气|扬尘|VOCs|挥发性有机物|污水|废水|废气|固废|噪声/i;

/** 长治示例钢铁集团有限公司 is also written 示例钢铁集团 or 示例钢铁. */
function enterpriseNames(enterprise: Enterprise): string[] {
  const core = enterprise.name.replace(/(?:股份)?有限(?:责任)?公司$/, '').replace(/^长治市?/, '');
  return [enterprise.name, enterprise.shortName, core, core.replace(/集团$/, '')].filter(
    (name): name is string => !!name && name.length >= 3,
  );
}

/** 长治市生态环境局潞城分局 is written 潞城分局; 大气环境科 is written 大气科; the county 潞城区 means its branch. */
function unitNames(unit: Unit): string[] {
  const short = shortUnitName(unit.name);
  const names = [unit.name, short, short.replace(/生态环境|环境/g, '')];
  if (unit.county) names.push(unit.county, placeShort(unit.county));
  if (short.includes('执法队')) names.push('执法队', '市执法队', '支队', '执法支队');
  if (short.startsWith('环境影响评价')) names.push('环评科');
  // 机动车排气污染防治检测中心 is called by its last words, with or without the vehicles.
  if (short.endsWith('检测中心')) names.push('检测中心', '机动车检测中心', '尾气检测中心', '机动车中心');
  return names.filter((name) => name.length >= 2);
}

/** Written forms per unit or enterprise; the registry is plain data, read but never changed. */
const nameCache = new WeakMap<object, string[]>();

/** The item whose name, in any written form, is the longest one found in the text. */
function longestNamed<T extends object>(
  text: string,
  items: readonly T[],
  namesOf: (item: T) => string[],
): T | undefined {
  let best: T | undefined;
  let length = 0;
  for (const item of items) {
    let names = nameCache.get(item);
    if (!names) nameCache.set(item, (names = namesOf(item)));
    for (const name of names) {
      if (name.length > length && text.includes(name)) [best, length] = [item, name.length];
    }
  }
  return best;
}

/** How many of the registry's enterprises the text names. */
function namedCount(text: string, enterprises: readonly Enterprise[]): number {
  return enterprises.filter((enterprise) => {
    let names = nameCache.get(enterprise);
    if (!names) nameCache.set(enterprise, (names = enterpriseNames(enterprise)));
    return names.some((name) => text.includes(name));
  }).length;
}

/** Every unit named in the text, each by its longest written form, in the order they appear. */
function allNamed(text: string, units: readonly Unit[]): Unit[] {
  const found: { unit: Unit; at: number }[] = [];
  for (const unit of units) {
    let names = nameCache.get(unit);
    if (!names) nameCache.set(unit, (names = unitNames(unit)));
    const at = Math.min(...names.map((name) => text.indexOf(name)).filter((i) => i >= 0));
    if (Number.isFinite(at)) found.push({ unit, at });
  }
  return found.sort((a, b) => a.at - b.at).map((hit) => hit.unit);
}

/** 「我们屯留」「咱们潞城分局」「本局执法队」: the asker's own unit, named after 我们. */
const OWN_UNIT = /(?:我们|咱们|俺们|我局|本)(?:的)?([\u4e00-\u9fff]{2,8})/;

/** 「移交给屯留分局」「转办线索给潞城分局」: the unit a clue goes to. */
const HANDED_TO = /(?:移交|移送|转办|转交|推送|推|交)(?:线索)?(?:给|到|至)([^，。？?；]{2,8}?分局)/;

/** A call made to ask; 「群众打电话举报」 is how a complaint came in, not how the check is made. */
const CALL = /电话(?!举报|投诉|反映)|问询/;
/** 「刚接到一个电话，说……」「来电反映」: a call received brings a clue; it is no check made by phone. */
// 「老板自己打电话叫我们去看看」: the enterprise's call asks for the visit; it is no check by phone.
// 「周边群众多次打电话」: calls that keep coming in are complaints too.
const RECEIVED_CALL =
  /(?:企业|厂里|厂家|对方|群众|村民|居民|老板)(?:自己|主动|多次|反复|一直|都)?(?:打(?:了|个)?电话|来电)(?:叫|让|请|约|说|要)?|(?:接到|接了|接|来了?|打来了?|打进来)(?:一个|一通|个|了)?(?:群众|匿名|举报|投诉)?(?:的)?(?:电话|来电)|来电|电话(?:里|中)?(?:说|称|讲|反映|通知|告知)/g;

/** 「调了用电数据，发现……，21号就进厂查了」: what the off-site look found sent the officers on site. */
const ON_SITE_AFTER =
  /(?:发现|查到|看到|显示|怀疑)[^。？?]*?(?:就|随后|然后|之后|马上|立即|才)(?<!不)(?:进厂|入企|到现场|去现场|上门|去厂里|到厂里)(?:查|检查|核查|核实|看)/;

function methodsOf(question: string, concepts: ReadonlySet<Concept>): InspectionMethod[] | undefined {
  const text = question.replace(RECEIVED_CALL, '');
  if (ON_SITE_AFTER.test(text)) return ['on-site'];
  // 「书面申请我局……开展执法检查」 is a written request, not a check on paper.
  if (
    concepts.has('offsite') ||
    /资料|书面(?!申请|报告|来函|函|意见|异议)|线上/.test(text) ||
    CALL.test(text)
  ) {
    return [CALL.test(text) ? 'inquiry' : 'document-review'];
  }
  if (/采样/.test(text)) return ['sampling'];
  if (concepts.has('onsite') || /去.{0,8}(?:企业|公司|厂)/.test(text)) return ['on-site'];
  return undefined;
}

function levelOf(concepts: readonly Concept[], unit: Unit | undefined): Level | undefined {
  if (unit) return unit.level;
  for (const concept of concepts) if (LEVELS[concept]) return LEVELS[concept];
  return undefined;
}

export interface Registry {
  today: string;
  directory: Directory;
  enterprises: readonly Enterprise[];
}

/**
 * Facts the wording alone gives; with a registry also the unit, the enterprise and the dates.
 * `found` is the question's concepts in the order they appear.
 */
export function extractFacts(text: string, found: readonly Concept[], registry?: Registry): CaseFacts {
  const concepts = new Set(found);
  const named =
    registry &&
    (longestNamed(text, registry.enterprises, enterpriseNames) ??
      enterpriseByPlace(text, registry.enterprises) ??
      enterpriseByGroup(text, registry.enterprises));
  // An enterprise's name contains its county (长治示例…), so units are looked for without it.
  const unitText = named ? text.replace(named.name, '') : text;
  const units = registry ? allNamed(unitText, registry.directory.units) : [];
  const stated = statedFacts(text);
  // 「对示例钢铁、示例焦化三家一起查」: one unit's round of several enterprises is no joint visit.
  if (stated.joint && units.length < 2 && registry && namedCount(text, registry.enterprises) >= 2)
    delete stated.joint;
  // 「上党分局和市执法队一起去」: the first unit named carries the visit out.
  // 「监控中心发现…转办线索给屯留分局，分局据此去现场核查」: the branch handed the clue makes the visit.
  const handedTo = HANDED_TO.exec(unitText)?.[1];
  // 「监控中心推过来的线索，我们屯留这月已经去过一回了」: the unit that says 我们 is the one going.
  const own = OWN_UNIT.exec(unitText)?.[1];
  const receiver =
    registry &&
    ((handedTo ? longestNamed(handedTo, registry.directory.units, unitNames) : undefined) ??
      (own ? longestNamed(own, registry.directory.units, unitNames) : undefined));
  const unit =
    stated.joint && units.length >= 2
      ? units[0]
      : (receiver ?? (registry && longestNamed(unitText, registry.directory.units, unitNames)));
  // 「平顺分局明天去陶瓷厂」: the unit's county narrows a trade word to one enterprise.
  const county = unit && 'county' in unit ? unit.county : undefined;
  const enterprise =
    named ?? (registry && county ? enterpriseInCounty(text, county, registry.enterprises) : undefined);
  const facts: CaseFacts = { planned: PLAN_WORDS.test(text), stated, units };
  const level = levelOf(found, unit);
  if (level) facts.level = level;
  if (unit) facts.unit = unit;
  if (enterprise) facts.enterprise = enterprise;
  const local = enterprise && registry && branchFor(registry.directory, enterprise.county);
  if (local) facts.local = local;
  const type = TRIGGERS.find(([concept]) => concepts.has(concept))?.[1];
  if (type) facts.type = type;
  const triggers = [...new Set(TRIGGERS.filter(([concept]) => concepts.has(concept)).map(([, t]) => t))];
  if (triggers.length > 1) facts.triggers = triggers;
  const methods = methodsOf(text, concepts);
  if (methods) facts.methods = methods;
  if (NOT_QUIET.test(text)) facts.quiet = false;
  else if (concepts.has('quiet')) facts.quiet = true;
  if (NOT_LISTED.test(text)) facts.positiveList = false;
  else if (concepts.has('positiveList')) facts.positiveList = true;
  const dates = registry && visitDates(withoutPastDates(text), registry.today);
  if (dates) facts.dates = dates;
  const focus = FOCUS.exec(text)?.[0];
  if (focus) facts.focus = focus;
  return facts;
}

const allNames = new WeakMap<object, string[]>();

/** Every written form of the directory's units and places and the registry's enterprises. */
export function registryNames(registry: Registry): string[] {
  let names = allNames.get(registry.directory);
  if (!names) {
    names = [
      ...registry.directory.units.flatMap(unitNames),
      ...registry.enterprises.flatMap(enterpriseNames),
    ].filter((name) => name.length >= 2);
    allNames.set(registry.directory, names);
  }
  return names;
}

/** A described case names an enterprise or a date, or has someone planning a visit with some facts. */
export function isDescribedCase(facts: CaseFacts): boolean {
  if (facts.enterprise || facts.dates) return true;
  // A unit and a visit alone (「环评科能直接去企业检查吗」「市局想搞个专项检查」) ask the rule: a visit on
  // site is any visit, and a special inspection is a case once it says what it targets.
  const situation =
    (facts.type !== undefined && (facts.type !== 'special' || facts.focus !== undefined)) ||
    facts.quiet !== undefined ||
    facts.positiveList !== undefined ||
    (facts.methods !== undefined && facts.methods.some((method) => method !== 'on-site'));
  if (facts.level !== undefined && facts.planned && situation) return true;
  // 「企业主动申请…在正面清单上…还能去吗」: two facts of the visit describe it without a unit or a date.
  const stated = [
    facts.type !== undefined,
    facts.quiet !== undefined,
    facts.positiveList !== undefined,
    facts.stated.visits !== undefined,
    !!facts.stated.majorProblem,
    facts.stated.violation !== undefined,
  ].filter(Boolean).length;
  return facts.planned && stated >= 2;
}
