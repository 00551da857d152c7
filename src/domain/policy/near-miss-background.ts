import { retrieve } from './retrieve.js';
import { ASPECTS, ownAffair, UNIT_CONCEPTS } from './scope.js';

/**
 * A told case may mention, in passing, what a refusal looks for: 「最近下雪路不好走，可现在是不是安静期」
 * 「开的执法车，得带啥设备」「企业说是要评先进，这种算不算次数」. The weather, the car or the honour is
 * background stated, not asked; the phrases that ask carry the scheme's subject. Such a message is
 * read without the stated phrases that hold the refused words.
 */
const PHRASE = /[^，,；;。！!？?\n\s]+[，,；;。！!？?\n\s]*/g;
/** A phrase that asks: a particle, a question word, or an A-not-A. */
const ASKING =
  /[吗么呢吧嘛]|啥|什么|咋|怎么|如何|(?<![那这前后好头十])几|多少|谁|哪|是不是|是否|能否|可否|对不对|([\u4e00-\u9fff])[不没]\1|[不没]$/;

/** What tells a case: a unit, an enterprise, a day. Background belongs to a case told, not to a bare ask. */
const TOLD =
  /分局|执法队|支队|科室?|中心|公司|厂|企业|\d+[月号日]|[今明后昨前]天|[本这上下]周|[本这上下]个?月/;

/** The message's last phrase: its ask, never background. */
export function lastPhrase(question: string): string {
  return question.match(PHRASE)?.at(-1) ?? question;
}

/** Asking-phrase test on a phrase without its trailing mark. */
function asking(phrase: string): boolean {
  return ASKING.test(phrase.replace(/[，,；;。！!？?\n\s]+$/, ''));
}

/** Whether the text is about a subject of the scheme, not only how it asks or which unit asks. */
function aboutTheScheme(text: string): boolean {
  return retrieve(text).query.concepts.some(
    (concept) =>
      (!ASPECTS.has(concept) || concept === 'cap' || concept === 'fine') && !UNIT_CONCEPTS.has(concept),
  );
}

/**
 * The message without the stated phrases `refuses` finds, when only such phrases hold what it
 * refuses and what is left still asks about the scheme's subject; else undefined (refuse it).
 */
const ENTERPRISE_OR_VISIT = /企业|公司|厂|入企|现场检查|去查|检查/;

export function withoutToldAside(question: string, refuses: (text: string) => boolean): string | undefined {
  const phrases: string[] = question.match(PHRASE) ?? [];
  if (phrases.length < 2) return undefined;
  const aside = phrases.filter((phrase) => refuses(phrase));
  // The last phrase is the ask (「……挨个列一下」), never background.
  const last = lastPhrase(question);
  if (aside.length === 0 || aside.includes(last) || aside.some(asking)) return undefined;
  const kept = phrases.filter((phrase) => !aside.includes(phrase));
  const rest = kept.join('');
  // The phrases that ask must name the scheme's subject themselves: 「油卡没钱了，找哪个部门充值」 does not.
  const asking_ = kept.filter(asking);
  const asks = asking_.join('');
  const before = kept[kept.indexOf(asking_[0] ?? '') - 1] ?? '';
  // 「……，安排大家集中休年假，领导能批吗」: an ask right after staff's own affair, naming no subject of
  // the scheme's, asks about that affair.
  const first = asking_[0] ?? '';
  if (ownAffair(phrases[phrases.indexOf(first) - 1] ?? '') && !aboutTheScheme(first)) return undefined;
  // 「执法车年检到期了，安静期里能开去检测站不」: staff's own affair told, and no enterprise or visit to one
  // beside it: the quiet period is only when the affair falls.
  if (aside.some(ownAffair) && !ENTERPRISE_OR_VISIT.test(rest)) return undefined;
  // 「企业报了整改完成，（回复办结就行，）还用去现场核查吗」: an ask of an aspect of the scheme's (去现场)
  // may have its subject earlier in its sentence.
  const about =
    aboutTheScheme(asks) ||
    visitProcedure(before, asks) ||
    (asksAnAspect(asks) && aboutTheScheme(askedSentence(kept)));
  return !asks || refuses(rest) || !TOLD.test(rest) || !about ? undefined : rest;
}

/** 「手续」「流程」「谁批」: the steps a visit takes before it, which 第5条 sets. */
const PROCEDURE_ASK = /手续|程序|流程|审批|报批|谁批/;

/**
 * 「现在想今天白天进厂查，需要走什么手续」: the ask names only the procedure, the phrase before it the visit
 * it is for; together they ask 第5条's approval, though each word alone is only an aspect.
 */
function visitProcedure(before: string, asks: string): boolean {
  return PROCEDURE_ASK.test(asks) && retrieve(`${before}${asks}`).query.concepts.includes('onsite');
}

/** Whether the asking phrases ask about a visit as the scheme rules it: going on site, its approval, its count. */
const VISIT_ASPECTS: ReadonlySet<string> = new Set(['onsite', 'approve', 'cap']);
function asksAnAspect(text: string): boolean {
  return retrieve(text).query.concepts.some((concept) => VISIT_ASPECTS.has(concept));
}

/** The kept phrases of the last sentence, where the ask is. */
function askedSentence(kept: readonly string[]): string {
  const start = kept.slice(0, -1).findLastIndex((phrase) => /[。！!？?\n]$/.test(phrase));
  return kept.slice(start + 1).join('');
}
