import { formRowLabels } from './compose/annex.js';
import { literal } from './literal.js';
import { CONCEPTS, type Concept } from './concepts.js';
import { askedForm } from './form.js';
import { retrieve } from './retrieve.js';
import { ASPECTS, isCovered } from './scope.js';
import { findConcepts, normalize } from './tokenize.js';

/** 「那市级的呢？」「如果是举报呢？」: a question that leans on the one before it. */
const ELLIPTICAL = /^(?:那么?|如果|要是|假如|若是?|换成|改成|还有)|呢[？?。]?$|^[^，,]{0,4}呢[，,]/;
/** 「县里的呢 也是报局长？」「延期交呢，行不行」: the fact that replaces, then an ask of its own. */
const FACT_THEN_ASK = /^([^，,。？?\s]{1,12})呢[\s，,]+(\S.*)$/;
/** 「县里也一样？」「这张表也是这几级？」: the same ask of something else. */
const ALSO = /也(?:一样|是这|这样|同样|得|要|是|能|可以|算|照)|同样(?:吗|[？?]|$)|一样吗|一样[？?]?$/;
/**
 * A follow-up this short that names no subject of the scheme goes on from the last question, when it
 * asks something the scheme speaks of (「要多久」「要公开吗」) or to go or to report (「还能去吗」);
 * 「食堂几点开饭」「好的，谢谢」 ask nothing of it and are read alone.
 */
const SHORT = 14;
const BARE_ASK =
  /(?:能|可以|还能|还可以)去|去不去|(?:要不要|用不用|需不需要)报|报不报|批不批|还用报|还得报|算不算|另有什么要求|查|过一遍|勾|填|\d{1,2}[日号]/;
/** 「批了以后还要干什么？」: no subject of its own, going on from the last answer. */
const GOING_ON =
  /^(?:批了|查了|罚了|批完|查完|罚完|审完|办完|发现问题|然后|之后|以后|还要|还得|再|另外|同样)/;
const OWN_ASK = /什么|谁|吗|几|多少|多久|多长|哪|怎么|如何|能不能|可不可以|要不要|需不需要/;
/** 「他家呢，示例医药」: a lead-in that only points back, before the fact that replaces. */
const POINTING = /^(?:那么?)?(?:他|她|它|这|那)?(?:家|个|边)?呢[，,]/;
const LEADING = /^(?:那么?)?(?:如果是?|要是|假如|若是?|换成|改成|还有)?|(?:的)?呢[？?。]?$/g;

/** 「它今年查了几次」「这家企业」「他家」: the enterprise or unit the previous question named. */
const PRONOUN =
  /它们?|他家|她家|该企业|该公司|该单位|这家(?:企业|公司|厂)?|那家(?:企业|公司|厂)?|这个企业|这个公司/;

/** Concepts that take each other's place: a follow-up naming one drops the previous question's others. */
const SLOTS: readonly (readonly Concept[])[] = [
  ['city', 'county', 'section', 'enforcementTeam', 'legalSection'],
  ['complaint', 'referral', 'monitoring', 'enterpriseRequest', 'random', 'special', 'clue', 'plan'],
  ['onsite', 'offsite'],
  ['annex1', 'annex2', 'annex3'],
  ['head', 'supervisor', 'unitHead'],
  ['fine', 'latePayment', 'penaltyExempt', 'coercive'],
];

/** 「那市里的呢？」「县里呢？」: a bare place word in a follow-up names the level it stands for. */
function bareLevel(own: string): string {
  if (/^(?:市里|市上|市局|市本级)$/.test(own)) return '市级';
  if (/^(?:县里|区里|县区|区县|下面|基层)$/.test(own)) return '县区级';
  return own;
}

/** Removes every form of the concepts, longest first at each position, as the concept scan reads them. */
function without(text: string, concepts: readonly Concept[]): string {
  const forms = concepts.flatMap((concept) => [...CONCEPTS[concept]]).sort((a, b) => b.length - a.length);
  const escaped = forms.map(literal);
  return text.replace(new RegExp(escaped.join('|'), 'g'), '');
}

const FULL_DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/g;
const HAS_FULL_DATE = /\d{1,2}月\d{1,2}[日号]/;
const BARE_DAY = /(?<![月\d])(\d{1,2})[日号]/g;
const HAS_BARE_DAY = /(?<![月\d])\d{1,2}[日号]/;

/**
 * A date in the follow-up replaces the previous question's: 「改到11月30号呢」. A bare day (「22号去呢」)
 * takes the previous date's month.
 */
function replaceDates(own: string, earlier: string): [string, string] {
  const month = /(\d{1,2})月\d{1,2}[日号]/.exec(earlier)?.[1];
  if (month && !HAS_FULL_DATE.test(own) && HAS_BARE_DAY.test(own))
    own = own.replace(BARE_DAY, `${month}月$1日`);
  // 「过了12月20日，12月22日去呢」: the day passed is a landmark, the other the day asked about.
  if ((own.match(FULL_DATE) ?? []).length > 1)
    own = own.replace(/(?:等)?过了(?:\d{1,2}月)?\d{1,2}[日号](?:以后|之后)?[，,]?/, '');
  if (HAS_FULL_DATE.test(own)) earlier = earlier.replace(FULL_DATE, '');
  return [own, earlier];
}

/**
 * The previous question without its own ask, when the follow-up brings one: 「转办的线索，去查之前要
 * 审批吗」 then 「频次上限受不受限」 keeps 「转办的线索」. A question of one clause is kept whole.
 */
function factsOf(previous: string): string {
  const clauses = previous.replace(/[？?。]+$/, '').split(/[，,；]/);
  const last = clauses.at(-1) ?? '';
  const asks = OWN_ASK.test(last) || askedForm(last) !== 'open';
  return clauses.length > 1 && asks ? clauses.slice(0, -1).join('，') : clauses.join('，');
}

/**
 * 「县里的呢 也是报局长？」 → 「县区级，也是报局长？」. A fact the ask says again (「举报的呢，举报来的
 * 还能去吗」) is read once, in the ask.
 */
function factThenAsk(fact: string, ask: string): string {
  const head = bareLevel(fact.replace(LEADING, '').replace(/的$/, ''));
  const said = findConcepts(normalize(head));
  const asked = new Set(findConcepts(normalize(ask)));
  return said.length > 0 && said.every((concept) => asked.has(concept)) ? ask : `${head}，${ask}`;
}

/** 「潞城那家钢铁」「那个焦化厂」: an enterprise pointed at by its trade, one word of its name. */
const BY_TRADE =
  /(?:(?:(?!的)[\u4e00-\u9fff]){2}(?:那|这)(?:家|个)|(?:那|这)(?:家|个))([\u4e00-\u9fff]{2})(?:厂|公司|企业|(?=的|呢|[，,？?\s]|$))/;

/**
 * 「焦化今年查几次」「焦化厂今年被查了几次」「焦化那家」: a terse ask opens with the trade word, shorthand for the
 * one enterprise of that trade. With 厂 only where the bureau's records are asked: 「焦化厂今年查过两次
 * 了，能不能再去」 may tell of any coking plant.
 */
const LEADING_TRADE =
  /^([\u4e00-\u9fff]{2})(?:(?=今年|去年|上次|最近|查过|查了|被查|被罚|有没有|在不在|是不是|归哪|归谁|那家|这家|[，,\s])|(?:厂|公司)(?=[^，。？?]{0,6}(?:(?:查|去)(?:了|过)?(?:几|多少)(?:次|回|趟)|在不在|是不是正面|归哪|归谁|哪个分局)))/;

/** The registry's enterprise a trade word names, when exactly one full name carries it. */
export function byTrade(question: string, names: readonly string[]): string {
  const found = BY_TRADE.exec(question) ?? LEADING_TRADE.exec(question);
  const trade = found?.[1];
  if (!found || !trade) return question;
  // Its short forms (示例钢铁集团) are parts of the one full name; two full names are two enterprises.
  const full = names
    .filter((name) => name.includes(trade) && /有限公司|集团/.test(name))
    .sort((a, b) => b.length - a.length);
  const one = full[0];
  return one && full.every((name) => one.includes(name)) ? question.replace(found[0], one) : question;
}

/**
 * The follow-up read with the question before it. A follow-up with an ask of its own (「批了以后还要
 * 干什么？」) keeps it and borrows the previous question's subject; a bare one (「那市级的呢？」)
 * takes the previous question's ask with its own facts in place of the ones it replaces.
 * `names` are places and enterprises, which replace each other the same way.
 */
const IMPOSED = /(?<![不未没免])(?:罚了|罚过|被罚|处罚了|罚完)/;
const SPARED = /(?:不罚|免罚|不予处罚)(?:的话|以后|之后|后)?/g;

/** Before, during or after a visit. */
const PHASE = /(?:结束|完成|完毕|完)(?:了)?(?:以后|之后|后)+|(?:之前|以前|事前)|过程中|期间|当中/g;

/** 「这个清单」「那个期」: a term of the previous question pointed back to. */
const THIS_TERM = /(?:这个|那个|这种|该)(清单|名单|安静期|期|审批表|表|制度)/;

/**
 * 「靠啥手段」「最后谁签意见」: an ask that shares a word with the scheme yet is no question of it alone.
 * 「明天放假吗」「你是谁」 share none and are read alone.
 */
function bareAsk(question: string): boolean {
  const retrieval = retrieve(question);
  return retrieval.shared.some((term) => term.startsWith('w:')) && !isCovered(retrieval, question);
}

export function withPrevious(question: string, previous: string, names: readonly string[]): string {
  const pointed = THIS_TERM.exec(question);
  const term = pointed && new RegExp(`[\\u4e00-\\u9fff]{2,4}${pointed[1]}`).exec(previous)?.[0];
  if (pointed && term) question = question.replace(pointed[0], term);
  const pointing = POINTING.test(question.trim()) && names.some((name) => question.includes(name));
  if (pointing) question = question.trim().replace(POINTING, '');
  if (PRONOUN.test(question) && !names.some((name) => question.includes(name))) {
    const earlier = names.filter((name) => previous.includes(name)).sort((a, b) => b.length - a.length)[0];
    // 「以后是不是得多去查它」 after 「企业偷排偷放咋处理」: no name to put back, the previous facts still lead.
    if (earlier) {
      // 「它今年查了几次」 asks its own question; 「要是它确实困难呢」 leans on the previous one too.
      question = question.replace(PRONOUN, earlier);
      if (!ELLIPTICAL.test(question.trim())) return question;
    }
  }
  const trimmed = question.trim();
  const concepts = findConcepts(normalize(trimmed));
  const subjects = concepts.filter((concept) => !ASPECTS.has(concept));
  const brief = [...trimmed.replace(/[\s，,。？?！!]/g, '')].length <= SHORT;
  // 「靠啥手段」「最后谁签意见」「要纠正哪些问题」: a bare ask with no subject of its own asks of the last one.
  const short =
    brief &&
    (concepts.length > 0 ||
      BARE_ASK.test(trimmed) ||
      (OWN_ASK.test(trimmed) && bareAsk(trimmed)) ||
      formRowLabels().some((row) => trimmed.includes(row)));
  const split = FACT_THEN_ASK.exec(trimmed);
  const leaning =
    pointing ||
    split !== null ||
    ELLIPTICAL.test(trimmed) ||
    (ALSO.test(trimmed) && short) ||
    (subjects.length === 0 && (GOING_ON.test(trimmed) || short));
  if (!leaning) return question;
  const stated = split
    ? factThenAsk(split[1] ?? '', split[2] ?? '')
    : bareLevel(trimmed.replace(LEADING, ''));
  const [own, dated] = replaceDates(stated, previous);
  // 「县里也一样？」 asks the previous question again of its own fact: the previous ask stays.
  const same = ALSO.test(own) && !OWN_ASK.test(own);
  const ownAsk = !same && (OWN_ASK.test(own) || askedForm(own) !== 'open');
  const found = new Set(findConcepts(normalize(own)));
  let earlier = ownAsk ? factsOf(dated) : same ? dated.replace(/[？?。]+$/, '') : dated;
  for (const slot of SLOTS) if (slot.some((concept) => found.has(concept))) earlier = without(earlier, slot);
  // 「不罚的话还要做啥」 then 「罚了的呢」: the penalty imposed takes the place of the one spared.
  if (IMPOSED.test(own)) earlier = earlier.replace(SPARED, '');
  // 「检查结束以后要做什么」 then 「查的过程中要用什么」: the phase of the visit asked takes the other's place.
  if (PHASE.source && new RegExp(PHASE.source).test(own)) earlier = earlier.replace(PHASE, '');
  // 「市里去企业检查谁批」 then 「分局的呢」: the bare place word names the level the follow-up replaces.
  if (found.has('city') || found.has('county')) earlier = earlier.replace(/市里|市上|县里|区里/g, '');
  // 「分局日常入企检查谁批」 then 「那专项的方案呢」: the special inspection takes the routine one's place.
  if (found.has('special')) earlier = earlier.replace(/(?:日常|常规)?(?:入企)?(?:执法)?检查/g, '');
  // 「检查类型有哪些选项」 then 「检查方式能勾哪几样」: a form's row takes another's place.
  const rows = formRowLabels();
  const ownRows = rows.filter((row) => own.includes(row));
  if (ownRows.length > 0)
    for (const row of rows)
      if (!ownRows.some((mine) => mine.includes(row))) earlier = earlier.split(row).join('');
  const named = names.filter((name) => own.includes(name));
  if (named.length > 0)
    for (const name of names) if (!named.includes(name)) earlier = earlier.split(name).join('');
  // A clause left with nothing but particles once its facts are replaced goes too.
  earlier = earlier
    .split(/[，,]/)
    .filter((clause) => !/^[\s了的呢吗那么]*$/.test(clause))
    .join('，');
  if (!earlier) return own;
  return same || ownAsk ? `${earlier}，${own}` : `${own}，${earlier}`;
}
