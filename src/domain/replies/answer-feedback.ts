/**
 * A typed reply to a policy answer, read as the 有用/没用 its buttons give: 「答非所问」 alone, or
 * 「不对，我问的是……」 with the question asked again, which is then answered. Whatever is not plainly
 * a judgement of the answer (「不对外公开的企业也要公示吗」, 「收到」, a follow-up) is no feedback.
 */
export interface AnswerFeedback {
  verdict: 'useful' | 'unhelpful' | 'none';
  /** The question typed after the judgement, as written; '' when there is none. */
  rest: string;
}

import {
  COURTESY,
  LOOSE_ASIDE,
  LOOSE_UNHELPFUL,
  LOOSE_USEFUL,
  THANKS,
  UNHELPFUL,
  UNHELPFUL_EMOJI,
  USEFUL,
  USEFUL_EMOJI,
  WEN,
} from './answer-feedback-words.js';

/**
 * 「不对我问的是……」「整明白了那……」 typed without a pause: the restating or leading words part the
 * judgement from the question.
 */
const RESTATE = new RegExp(
  `^(.*?)(?=我(?:${WEN}的|是${WEN}|是说|是說|想${WEN}|的意思是|要${WEN}的)|${WEN}的是|我说的是|我說的是|那(?![个個些家种種])|再${WEN}|还有|還有|另外|顺便|順便|请${WEN}|請${WEN})`,
  'u',
);

/** 「我问的是」 itself is not part of the question asked again. */
const RESTATE_LEAD = new RegExp(
  `^(?:我(?:${WEN}的|是${WEN}|是说|是說|想${WEN}|的意思是|要${WEN}的)|${WEN}的是|我说的是|我說的是)(?:是)?[，,：:\\s]*`,
  'u',
);

/** A pause: punctuation, spaces, an emoji's edge. */
const PAUSE = /[，,。.！!？?；;：:、\s~～…—]+/u;

/** A question, or a point disputed, as against a remark that needs no answer (「我还是去问法规科吧」). */
const ASKS =
  /[？?]|[吗嗎么麼呢不]$|的吧$|(?:对吧|對吧|是吧|对不对|對不對)$|.还是.|.還是.|(\p{Script=Han})[不没沒]\1|我(?:要|想要)的是|我(?:是)?想知道|谁|誰|什么|什麼|啥|甚|怎么|怎麼|咋|如何|能不能|能否|可否|可不可以|要不要|需不需要|用不用|算不算|是不是|是否|有没有|有沒有|行不行|哪|(?<!好)[几幾]|多少|多久|多长/u;
/** The same, without the endings a judgement may also have (「你自己编的吧」「漏了好几条」). */
const ASKS_OUTRIGHT =
  /[？?]|[吗嗎么麼]$|谁|誰|什么|什麼|啥|怎么|怎麼|咋|如何|能不能|能否|可否|要不要|需不需要|算不算|是不是|是否|有没有|有沒有|哪|(?<!好)[几幾]|多少|多久/u;
const REMARK =
  /重新|再看看|再答|再想想|我还是|我還是|回头|回頭|去问|去問|自己查|自己看|小助手|助手|谢|謝|辛苦/u;

const EMPTY_ASK = /^(?:啥|什么|什麼|甚么|甚|哪个|啥意思)?[呀啊吧呢？?]*$/u;

const EMOJI = /\p{Extended_Pictographic}/gu;

/** The longest clause read for a judgement inside other words. */
const LOOSE_MAX = 12;

function verdictOf(clause: string): AnswerFeedback['verdict'] | 'courtesy' | 'thanks' {
  const words = clause
    .replace(EMOJI, '')
    .replace(/\uFE0F/g, '')
    .trim();
  if (words === '') {
    if (UNHELPFUL_EMOJI.test(clause)) return 'unhelpful';
    if (USEFUL_EMOJI.test(clause)) return 'useful';
    return 'none';
  }
  if (THANKS.test(words)) return 'thanks';
  if (UNHELPFUL.test(words)) return 'unhelpful';
  if (USEFUL.test(words)) return 'useful';
  if (COURTESY.test(words)) return 'courtesy';
  if ([...words].length > LOOSE_MAX || ASKS_OUTRIGHT.test(words) || LOOSE_ASIDE.test(words)) return 'none';
  if (LOOSE_UNHELPFUL.test(words)) return 'unhelpful';
  if (LOOSE_USEFUL.test(words)) return 'useful';
  return 'none';
}

interface Clause {
  text: string;
  start: number;
  end: number;
}

/** The reply's clauses; 「不对我问的是……」 is parted where the restating words begin. */
function clausesOf(written: string): Clause[] {
  const clauses: Clause[] = [];
  let at = 0;
  while (at < written.length) {
    const gap = PAUSE.exec(written.slice(at));
    if (gap && gap.index === 0) {
      at += gap[0].length;
      continue;
    }
    const clauseEnd = gap ? at + gap.index : written.length;
    // Parted only where what goes before is a judgement: 「这不是我问的」 is one.
    const restated = RESTATE.exec(written.slice(at, clauseEnd))?.[1];
    const parts = restated && verdictOf(restated) !== 'none';
    const end = parts ? at + restated.length : clauseEnd;
    clauses.push({ text: written.slice(at, end), start: at, end });
    at = end;
  }
  return clauses;
}

/**
 * One verdict over the judging clauses: thanks beside a complaint is politeness (「谢谢，让我更糊涂了」),
 * thanks alone is 有用, and 有用 beside 没用 says nothing.
 */
function oneVerdict(kinds: ReturnType<typeof verdictOf>[]): AnswerFeedback['verdict'] {
  const useful = kinds.includes('useful');
  const unhelpful = kinds.includes('unhelpful');
  if (useful && unhelpful) return 'none';
  if (unhelpful) return 'unhelpful';
  return useful || kinds.includes('thanks') ? 'useful' : 'none';
}

/**
 * The judgement in the reply's first clauses (or, after a question, its last: 「我问的是专项谁批
 * 答非所问了」), and the question typed with it as written.
 */
export function readAnswerFeedback(text: string): AnswerFeedback {
  const typed = text.trim();
  // Matched on full-width forms folded; the question is given back as typed where folding kept its length.
  const folded = typed.normalize('NFKC');
  // 「not helpful」: a space between Latin words is no pause.
  const written = (folded.length === typed.length ? folded : typed).replace(/(?<=[a-z])\s+(?=[a-z])/giu, '_');
  const source = written.length === typed.length ? typed : written;
  const clauses = clausesOf(written);
  const kinds = clauses.map((clause) => verdictOf(clause.text));
  let lead = 0;
  while (lead < kinds.length && kinds[lead] !== 'none') lead += 1;
  let trail = kinds.length;
  if (lead === 0) while (trail > 0 && kinds[trail - 1] !== 'none') trail -= 1;
  const judging = lead > 0 ? kinds.slice(0, lead) : kinds.slice(trail);
  const verdict = oneVerdict(judging);
  if (verdict === 'none') return { verdict, rest: '' };
  const asked = lead > 0 ? clauses.slice(lead) : clauses.slice(0, trail);
  const first = asked[0];
  const last = asked[asked.length - 1];
  const rest = first && last ? source.slice(first.start, lead > 0 ? source.length : last.end).trim() : '';
  const question = rest.replace(RESTATE_LEAD, '').trim();
  const restated = question !== rest;
  // 「你没看懂我问的啥」: the restating words with no question after them.
  if (EMPTY_ASK.test(question)) return { verdict, rest: '' };
  // A remark after the judgement (「你再看看」「我回头按附件2填表」) asks nothing to be answered.
  if (!restated && (!ASKS.test(question) || REMARK.test(question))) return { verdict, rest: '' };
  return { verdict, rest: question };
}
