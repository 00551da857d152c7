import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClauseId } from '../../src/domain/clauses.js';
import type { PolicyAnswer } from '../../src/domain/policy/index.js';

export type Form = 'yes-no' | 'who' | 'list' | 'quantity' | 'open' | 'out-of-scope';

/** A question of the v2 sets: what it asks (its form), what the answer must say and cite. */
export interface FormItem {
  id: string;
  category: string;
  q: string;
  /** The first is the clause the first citation must name; a case must cite them all. */
  clauses: ClauseId[];
  form: Form;
  answer: 'yes' | 'no' | 'conditional' | null;
  mustMention: string[];
  /** The asker's question just before, for a follow-up. */
  previous?: string;
  /** A described case: each stated fact and the clause that decides it, said together in one clause of the answer. */
  facts?: [string, ClauseId][];
}

/** `questions-v2.json` beside this file, or a corpus under test/corpus. */
export function formSet(
  path:
    | 'questions-v2.json'
    | 'questions-v3.json'
    | 'questions-v4.json'
    | 'questions-v5.json'
    | 'questions-v6.json'
    | 'questions-v7.json'
    | 'questions-v8.json'
    | 'questions-v9.json'
    | 'questions-v10.json'
    | 'questions-v11.json'
    | 'questions-v12.json'
    | 'questions-v13.json'
    | 'questions-v14.json'
    | 'questions-v15.json'
    | 'questions-v16.json'
    | 'questions-v17.json'
    | 'questions-v18.json'
    | 'questions-v19.json'
    | 'questions-v20.json'
    | 'questions-v21.json'
    | 'questions-v22.json'
    | 'questions-v23.json'
    | 'questions-v24.json'
    | 'questions-v25.json'
    | 'questions-v26.json'
    | 'questions-v27.json'
    | 'questions-v28.json'
    | 'questions-v29.json'
    | 'questions-v30.json'
    | 'questions-v31.json'
    | 'questions-v32.json'
    | 'questions-v33.json'
    | 'questions-v34.json'
    | 'questions-v35.json'
    | 'questions-v36.json'
    | '../corpus/policy-holdout-v2.json'
    | '../corpus/policy-holdout-v3.json'
    | '../corpus/policy-holdout-v4.json'
    | '../corpus/policy-holdout-v5.json'
    | '../corpus/policy-holdout-v6.json'
    | '../corpus/policy-holdout-v7.json'
    | '../corpus/policy-holdout-v8.json'
    | '../corpus/policy-holdout-v9.json'
    | '../corpus/policy-holdout-v10.json'
    | '../corpus/policy-holdout-v11.json'
    | '../corpus/policy-holdout-v12.json'
    | '../corpus/policy-holdout-v13.json'
    | '../corpus/policy-holdout-v14.json',
): FormItem[] {
  return JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as FormItem[];
}

/** The answer up to its first full stop: the sentence that must answer the question's form. */
export function firstSentence(text: string): string {
  return /^[^。！？!?]*[。！？!?]?/.exec(text)?.[0] ?? text;
}

const NEGATIVE =
  /不(?:能|可以|可|需要|需|用|必|得|应|受|属于|适用|在|予|罚|是|算|会|行|符合|妥|合规|对)|无需|无须|没有|并非|否/;
const POSITIVE = /能|可以|需要|须|应|属于|受|是|有|会|行/;
const CONDITION = /须|需|经|但|前提|报请|批准|确需|的，|除|只有|如|若|视|应当|前/;
const ROLE = /负责人|局长|局领导|科|队|分局|中心|谁查处|政府|部门|本人|审批人/;
const QUANTITY =
  /\d|[一二三四五六七八九十两]+[次天日月年个栏项条种]|未规定|未作规定|没有规定|未设定|及时|全覆盖|年度|每年/;

/** The verdict is the first sentence's opening phrase: 「不能，……」 or 「可以。」. */
function verdict(sentence: string): string {
  return /^[^，,；：:。]*/.exec(sentence)?.[0] ?? sentence;
}

/** 「第3条」 for numbered clauses, 「附件2」 for the forms, 「三（二）」 for part 三: how an answer names the clause beside a fact. */
function clauseTag(clause: ClauseId): string {
  if (/^\d+$/.test(clause)) return `第${clause}条`;
  const part = /^org-([123])$/.exec(clause)?.[1];
  if (part) return `三（${'一二三'[Number(part) - 1]}）`;
  // The cover notice and part 一 have no number; an answer names them 「印发通知」「总体要求」.
  if (clause === 'notice') return '通知';
  if (clause === 'general') return '总体要求';
  return clause.replace(/^annex-/, '附件');
}

const TAG = /第(\d+)条|附件(\d)|三（([一二三])）|总体要求|印发通知/;

/** The clause the answer's text names first (「（第10条）」「（附件2）」), which is what it leads with. */
export function firstNamed(text: string): ClauseId | undefined {
  const found = TAG.exec(text);
  if (!found) return undefined;
  if (found[1]) return found[1] as ClauseId;
  if (found[2]) return `annex-${found[2]}` as ClauseId;
  if (found[3]) return `org-${'一二三'.indexOf(found[3]) + 1}` as ClauseId;
  return found[0] === '总体要求' ? 'general' : 'notice';
}

/** Whether some part of the answer (between ；and 。) names the fact together with its clause. */
export function paired(answerText: string, [fact, clause]: [string, ClauseId]): boolean {
  return answerText.split(/[；。]/).some((part) => part.includes(fact) && part.includes(clauseTag(clause)));
}

/**
 * An opening that judges compliance: 「违反」「存在问题」 answer 「是否违反」 yes and 「是否符合」 no,
 * 「符合」「不违规」 the other way round.
 */
function compliance(question: string, opening: string): 'yes' | 'no' | undefined {
  const breach = /不符合|不合规|(?<![不未])违[反规]|(?<!不)存在(?:违规|问题)/.test(opening);
  const fine = /[不未]违[反规]|不存在(?:违规|问题)|(?<!不)符合|(?<!不)合规/.test(opening);
  if (breach === fine) return undefined;
  const asksBreach = /违反|违规|违不违|有无问题|有没有问题|存在问题/.test(question);
  return breach === asksBreach ? 'yes' : 'no';
}

/** Whether the first sentence answers the question's form, as the issue describes each. */
export function answersForm(item: FormItem, result: PolicyAnswer): boolean {
  const sentence = firstSentence(result.answer);
  switch (item.form) {
    case 'out-of-scope':
      return result.outOfScope;
    case 'yes-no': {
      const opening = verdict(sentence);
      const judged = compliance(item.q, opening);
      const no = judged ? judged === 'no' : NEGATIVE.test(opening);
      const yes = judged ? judged === 'yes' : !no && POSITIVE.test(opening);
      if (item.answer === 'no') return no;
      if (item.answer === 'yes') return yes;
      return (yes || no) && CONDITION.test(sentence);
    }
    case 'who':
      return ROLE.test(sentence);
    case 'list':
      return /、/.test(sentence) || sentence.split(/[，；]/).length >= 3;
    case 'quantity':
      return QUANTITY.test(sentence);
    case 'open':
      return !result.outOfScope && sentence.length > 0;
  }
}

export interface Tally {
  right: number;
  of: number;
}

export interface CategoryScore {
  items: number;
  topCitation: Tally;
  /** The first clause the answer's text names is the one it must lead with. */
  textLead: Tally;
  refusal: Tally;
  form: Tally;
  mustMention: Tally;
  scenario: Tally;
  /** Stated facts named with the clause that decides them. */
  paired: Tally;
}

const tally = (): Tally => ({ right: 0, of: 0 });

function add(t: Tally, ok: boolean): void {
  t.of += 1;
  if (ok) t.right += 1;
}

/** Per category and in total: the five measures the benchmark prints. */
export function scoreForms(
  items: readonly FormItem[],
  ask: (item: FormItem) => PolicyAnswer,
): Map<string, CategoryScore> {
  const scores = new Map<string, CategoryScore>();
  const of = (name: string): CategoryScore => {
    let score = scores.get(name);
    if (!score) {
      score = {
        items: 0,
        topCitation: tally(),
        textLead: tally(),
        refusal: tally(),
        form: tally(),
        mustMention: tally(),
        scenario: tally(),
        paired: tally(),
      };
      scores.set(name, score);
    }
    return score;
  };
  for (const item of items) {
    const result = ask(item);
    const cited = new Set(result.citations.map((citation) => citation.clause));
    for (const score of [of(item.category), of('all')]) {
      score.items += 1;
      add(score.refusal, result.outOfScope === (item.form === 'out-of-scope'));
      add(score.form, answersForm(item, result));
      if (item.clauses[0]) add(score.topCitation, result.citations[0]?.clause === item.clauses[0]);
      if (item.clauses[0]) add(score.textLead, firstNamed(result.answer) === item.clauses[0]);
      for (const word of item.mustMention) add(score.mustMention, result.answer.includes(word));
      for (const fact of item.facts ?? []) add(score.paired, paired(result.answer, fact));
      if (item.clauses.length >= 2)
        add(
          score.scenario,
          item.clauses.every((clause) => cited.has(clause)),
        );
    }
  }
  return scores;
}

const pct = (t: Tally): string =>
  t.of === 0 ? '—' : `${((100 * t.right) / t.of).toFixed(0)} % (${t.right}/${t.of})`;

/** One line per category, for the benchmark's output. */
export function formatScores(scores: Map<string, CategoryScore>): string[] {
  return [...scores].map(
    ([name, s]) =>
      `  ${name.padEnd(13)} n=${String(s.items).padStart(3)}  top ${pct(s.topCitation)}; text leads ${pct(s.textLead)}; refusal ${pct(s.refusal)}; ` +
      `form ${pct(s.form)}; mention ${pct(s.mustMention)}; scenario ${pct(s.scenario)}` +
      (s.paired.of ? `; fact+clause ${pct(s.paired)}` : ''),
  );
}

/** The items the answer gets wrong in any measure, for tuning on one's own set only. */
export function misses(items: readonly FormItem[], ask: (item: FormItem) => PolicyAnswer): string[] {
  return items.flatMap((item) => {
    const result = ask(item);
    const cited = new Set(result.citations.map((citation) => citation.clause));
    const problems = [
      result.outOfScope !== (item.form === 'out-of-scope') && 'refusal',
      !answersForm(item, result) && 'form',
      item.clauses[0] &&
        result.citations[0]?.clause !== item.clauses[0] &&
        `top ${result.citations[0]?.clause}`,
      item.mustMention.some((word) => !result.answer.includes(word)) && 'mention',
      !item.clauses.every((clause) => cited.has(clause)) && 'scenario',
      (item.facts ?? []).some((fact) => !paired(result.answer, fact)) && 'fact+clause',
    ].filter(Boolean);
    return problems.length ? [`${item.id} [${problems.join(', ')}] ${item.q} → ${result.answer}`] : [];
  });
}
