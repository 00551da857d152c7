import type { ClauseId } from '../clauses.js';
import { clauseTag } from './case-lines.js';
import { verdictFor, type AskedForm } from './form.js';
import type { PolicyAnswer } from './types.js';

/**
 * 「可以，」「原则上不能，」「不需要报请主要负责人批准，」「符合：」「不在，」: the verdict a composed answer
 * opens with. The short ones stand alone (「在」 also begins 「在安静期内……」).
 */
const VERDICT =
  /^((?:原则上)?(?:可以|不可以|能|不能|需要|不需要|无需|应当|不应|不受|不属于|符合|不符合|违反|不违反|算|不算)[^，：:。；（]{0,12}|是|不是|是的|有|没有|受|属于|在|不在|不行|存在问题|不存在问题|属于违规|不违规)([，：:。])/;
/** 「但须经……」 left behind a verdict reads as a sentence of its own without its 「但」. */
const CONNECTIVE = /^(?:但是?|并且?|且|同时)[，,]?/;

const ANY_TAG = /第\d+条|附件\d|总体要求|三（[一二三]）|印发通知/;

/** Built once per clause: every answer with two quotes or more is looked through. */
const tagPatterns = new Map<ClauseId, RegExp>();

function tagPattern(clause: ClauseId): RegExp {
  let pattern = tagPatterns.get(clause);
  if (!pattern) {
    const tag = clauseTag(clause).replace(/[()（）]/g, (c) => `\\${c}`);
    // 「第3条」 is not 「第13条」.
    pattern = new RegExp(`(?<![\\d一二三])${tag}(?!\\d)`);
    tagPatterns.set(clause, pattern);
  }
  return pattern;
}

/** A verdict that refuses or finds fault, and a part that gives such a reason. */
const NEGATIVE_VERDICT = /^(?:原则上)?(?:不|无需|没有|违反|存在问题|属于违规)/;
const RESTRICTS =
  /不(?:得|能|可|适用|属于|符合|够|足|宜)|严禁|禁止|杜绝|严惩|须报请|已达|上限(?!限制)|违反|应当?(?:依法)?(?:严惩|处罚)|属全覆盖|无差别|扩大化|无限期/;
/** A part that permits what a refusal refused, or forbids what a yes allowed, cannot follow that verdict. */
function agrees(word: string, part: string): boolean {
  return NEGATIVE_VERDICT.test(word) ? RESTRICTS.test(part) : !/不得|严禁|禁止|不能|不可以|不适用/.test(part);
}

/** What a part must say to open the answer to each form asked. */
const ANSWERS: Record<AskedForm, RegExp> = {
  'yes-no': /./,
  open: /./,
  who: /负责人|局长|局领导|科室?|队|分局|政府|部门|审批/,
  list: /、/,
  quantity: /\d|[一二三四五六七八九十两]+(?:次|天|日|个月|年|家)|未规定|及时|年度|每年/,
};

/** The verdict the opening starts with (its words and what follows them), if it has one. */
function verdictOf(opening: string): { word: string; end: string; rest: string } | undefined {
  const found = VERDICT.exec(opening) ?? VERDICT.exec(`${opening}。`);
  if (!found) return undefined;
  return { word: found[1]!, end: found[2] === '。' ? '。' : '，', rest: opening.slice(found[0].length) };
}

/** The first clause the text names. */
function firstNamed(text: string, clauses: readonly ClauseId[]): ClauseId | undefined {
  let first: { clause: ClauseId; at: number } | undefined;
  for (const clause of clauses) {
    const at = tagPattern(clause).exec(text)?.index;
    if (at !== undefined && (!first || at < first.at)) first = { clause, at };
  }
  return first?.clause;
}

/**
 * The text led by its part that cites `clause`: the verdict stays first and the part follows it;
 * what the opening said besides comes after (in the same sentence when the part was in it).
 * `undefined` when no part names the clause, or when the part cannot open the answer to the form asked.
 */
function textLedBy(answer: string, clause: ClauseId, form: AskedForm, question: string): string | undefined {
  const tag = tagPattern(clause);
  // No clause named before it: the text leads with it already, whatever untagged words come first.
  const named = tag.exec(answer);
  if (!named) return undefined;
  if (!ANY_TAG.test(answer.slice(0, named.index))) return answer;
  const sentences = answer
    .split('。')
    .filter((s) => s.length > 0)
    .map((s) => s.split('；'));
  const where = sentences.findIndex((parts) => parts.some((p) => tag.test(p)));
  if (where < 0) return undefined;
  const partAt = sentences[where]!.findIndex((p) => tag.test(p));
  // The first part names another clause before it: the part cannot be split.
  if (where === 0 && partAt === 0) return undefined;
  // 「不在，……（第9条）。可以，……（第10条）」: a later sentence with a verdict of its own answers
  // another ask; its parts are its reasons and stay with it.
  if (where > 0 && VERDICT.test(sentences[where]!.join('；'))) return undefined;
  const part = sentences[where]![partAt]!;
  const rest = sentences.map((parts, i) => (i === where ? parts.filter((_, j) => j !== partAt) : parts));
  const [opening = [], ...after] = rest.filter((parts) => parts.length > 0);
  const own = verdictOf(opening.join('；'));
  // A yes-or-no answered without a verdict word opens with its answer; the part that goes before
  // it must then give one of its own.
  const given = form === 'yes-no' && !own ? verdictFor(question, part) : undefined;
  if (form === 'yes-no' && !own && !given) return undefined;
  const verdict = own ?? (given ? { word: given, end: '，', rest: opening.join('；') } : undefined);
  // Who, which and how many: the part that leads must answer that too.
  if (!ANSWERS[form].test(part)) return undefined;
  if (verdict && !agrees(verdict.word, part)) return undefined;
  const said = verdict ? verdict.rest : opening.join('；');
  const lead = verdict ? `${verdict.word}${verdict.end}${part}` : part;
  // The opening's own words follow the part in its sentence when they were in one, or when they are
  // the verdict's condition (「可以，……；但须报请……批准」); else they are the next sentence.
  const together = where === 0 || CONNECTIVE.test(said);
  // 「……但本次亦不受此限；须经……」: one 「但」 to a sentence.
  const then = /但/.test(part) ? said.replace(CONNECTIVE, '') : said;
  const first = together ? [[lead, then].filter(Boolean).join('；')] : [lead, said];
  const text = [...first, ...after.map((parts) => parts.join('；'))].filter((s) => s.length > 0);
  return `${text.join('。')}。`;
}

/**
 * The answer led by `clause`, in its text and its citations alike. `undefined` when it does not
 * cite the clause or its text cannot lead with it.
 */
export function ledBy(
  result: PolicyAnswer,
  clause: ClauseId,
  form: AskedForm,
  question: string,
): PolicyAnswer | undefined {
  const at = result.citations.findIndex((citation) => citation.clause === clause);
  if (at < 0) return undefined;
  const answer = textLedBy(result.answer, clause, form, question);
  if (answer === undefined) return undefined;
  const citations = [result.citations[at]!, ...result.citations.filter((_, i) => i !== at)];
  return { ...result, answer, citations };
}

/** The text led by the clause the citations put first, where it named another first and can be moved. */
export function textAsCited(result: PolicyAnswer, form: AskedForm, question: string): PolicyAnswer {
  const lead = result.citations[0]?.clause;
  const named = firstNamed(
    result.answer,
    result.citations.map((c) => c.clause),
  );
  if (!lead || !named || named === lead) return result;
  return ledBy(result, lead, form, question) ?? result;
}
