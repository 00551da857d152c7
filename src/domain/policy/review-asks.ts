import { clauseTag } from './case-lines.js';
import { cite } from './citations.js';
import {
  DUTIES_LEFT_UNDONE,
  QUIET_RULE,
  SPECIAL_FILED,
  STEPS_TAKEN,
  type ToldAgainst,
} from './review-duties.js';
import type { PolicyAnswer } from './types.js';

/**
 * An action told and then reviewed: a legal reviewer's 「经审查，是否符合规定」, a supervisor's
 * 「经查……是否违反」「该如何整改」, a squad leader's 「这么干对不对」. The first sentence says
 * 违反/不违反 or 符合/不符合 and why, leading with the clause that decides the fact told.
 */
type Kind = 'violate' | 'comply' | 'remedy' | 'may' | 'judge';

const ASKS: readonly [Kind, RegExp][] = [
  ['violate', /是否违反|违不违反|有没有违反|算不算违反|违反[^，。？?]{0,8}(?:吗|么|没有?)[？?]?$/],
  [
    'comply',
    /是否(?:符合|合规|合法|妥当|得当|正确|恰当|规范|有问题|完备|齐全|到位)|妥否|(?:审核|审查|法审)能(?:过|通过)(?:吗|么|不)|站得住(?:脚)?(?:吗|么)|站不站得住|是否可行[^，。？?]{0,2}$|(?:完备|齐全|到位)(?:吗|么|不)|符不符合|合不合(?:规|法)|合规(?:吗|么|不|没)|符合[^，。？?]{0,10}(?:吗|么|不)[？?]?$|对不对|(?:做|处理|办)得?对吗|合适(?:吗|不|么)|妥当(?:吗|不)|妥不妥|没(?:问题|毛病)吧|有(?:没有|无)问题|存在(?:什么|哪些)问题|有什么问题/,
  ],
  [
    'remedy',
    // 「请指出需修改之处」「哪些地方要改」: a draft handed in for its faults.
    /(?:该|应该?|要|需要|如何|怎么|怎样|咋)(?:如何|怎么|怎样|咋)?(?:整改|纠正|改正|补救)|(?:该|应该?)怎么改|(?:指出|找出|列出|看看)[^，。？?]{0,6}(?:修改|改进|完善|调整|不妥)之?处|(?:需要|需|要|应)(?:修改|改进|调整)(?:之处|的地方|哪些|什么)|哪些地方(?:需要|要|得|应)(?:改|修改|调整)/,
  ],
  // 「是否违规」「有无法律风险」「有没有毛病」「需不需要问责」「怎么定性」: the verdict names what was asked.
  [
    'judge',
    /(?:是否|算不算|属不属于|是不是|有无|有没有|存不存在|是否存在|是否属于)[^，。？?]{0,6}(?:违规|违法|风险|瑕疵|毛病|不规范|问题)|(?:违规|不规范|瑕疵|毛病|风险)[^，。？?]{0,6}(?:吗|么|没|不)[？?]?$|有毛病|问责|(?:怎么|如何|咋|怎样)定性|定性(?:为|成)?(?:什么|啥)/,
  ],
  ['may', /能否(?:据此|按此|照此)|(?:这样|这么)?(?:可以|行)(?:吗|么|不)[？?]?$|行不行|可不可以/],
];

/** 「企业说得对不对」 asks about a claim, which claim-check answers. */
const CLAIM = /说(?:的|得)(?:对|在理)/;
const NEGATIVE_OPENING = /^(?:不|无需|无须|原则上不|违反|存在问题)/;
const OPENING_VERDICT =
  /^(?:原则上)?(?:可以|不可以|能|不能|不行|需要|不需要|应当|是|不是|有|没有|符合|不符合|属于|不属于|不受|受)(?:[，。；：]|$)/;

interface Found {
  entry: ToldAgainst;
  said: string;
  /** Where the fact is told. */
  at: number;
}

/** The rules' answer found the date in a quiet period (the calendar is theirs to read). */
const QUIET = /处于企业安静期/;

const NEGATED = /(?:没有|没|未|无|不)(?:任何|做|进行|开展)?[^，。；]{0,2}$/;

function told(text: string, table: readonly ToldAgainst[], quiet: boolean): Found[] {
  const found: Found[] = [];
  for (const listed of table) {
    if (listed.when && !listed.when.test(text)) continue;
    if (listed.unless?.test(text)) continue;
    if (listed.quiet === 'only' && !quiet) continue;
    const entry: ToldAgainst =
      listed.quiet === 'switch' && quiet ? { ...listed, clause: '10', rule: QUIET_RULE } : listed;
    const match = entry.said.exec(text);
    // 「没有任何提醒告诫」: a step denied is no step taken.
    if (!match) continue;
    const denied =
      table === STEPS_TAKEN && NEGATED.test(text.slice(Math.max(0, match.index - 6), match.index));
    // One reason per clause and rule: two facts against one rule are one finding.
    if (!denied && !found.some((f) => f.entry.rule === entry.rule))
      found.push({ entry, said: match[0], at: match.index });
  }
  // A draft reviewed item by item is answered in its own order.
  return DRAFT_TOLD.test(text) ? found.sort((a, b) => a.at - b.at) : found;
}

/**
 * 「请把关年度检查计划（草案）：……；……；……」: a plan or arrangement listing its items is reviewed item
 * by item, so one more finding fits; a single step told keeps two.
 */
const DRAFT_TOLD =
  /(?:方案|计划|安排)(?:（草案）|草案)?[”》]?[^，。；]{0,12}[：:]|(?:方案|计划|安排)[^，。；]{0,6}(?:写明|拟定|规定)/;
function findings(question: string): number {
  return DRAFT_TOLD.test(question) ? 3 : 2;
}

/** A special plan's own approver (第4条) told wrong: 第5条's line on visits' approvers would contradict it. */
function contradicted(found: readonly Found[]): (part: string) => boolean {
  const special = found.some((f) => f.entry.rule === SPECIAL_FILED);
  return (part) => special && /（第5条）$/.test(part) && /分管/.test(part);
}

function asked(raw: string, question: string): { kind: Kind; ask: string } | undefined {
  const last = (text: string) =>
    text
      .split(/[。！!？?\n]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .pop() ?? text;
  const asks = [last(raw), last(question)];
  for (const [kind, pattern] of ASKS) {
    const ask = asks.find((text) => pattern.test(text));
    if (ask) return { kind, ask };
  }
  return undefined;
}

const VERDICTS: Record<Kind, { against: string; with?: string }> = {
  violate: { against: '违反' },
  comply: { against: '不符合', with: '符合' },
  remedy: { against: '存在问题' },
  may: { against: '不可以' },
  judge: { against: '属于违规', with: '不违规' },
};

/**
 * A judging ask is answered in its own words: 「有法律风险」「有瑕疵」「有问题」「需要问责」, or 「属于违规」;
 * with nothing told against a clause, 「没有明显法律风险」「不需要问责」「不违规」.
 */
function judged(ask: string): { against: string; with: string } {
  if (/问责/.test(ask)) return { against: '存在问题', with: '不需要问责' };
  if (/风险/.test(ask)) return { against: '有法律风险', with: '没有明显法律风险' };
  if (/瑕疵/.test(ask)) return { against: '有瑕疵', with: '没有瑕疵' };
  if (/毛病|问题/.test(ask)) return { against: '有问题', with: '没有问题' };
  if (/不规范/.test(ask)) return { against: '属于不规范', with: '没有不规范之处' };
  if (/违规入企/.test(ask)) return { against: '属于违规入企', with: '不违规' };
  return VERDICTS.judge as { against: string; with: string };
}

/** 「这样可以吗」 is answered 不可以, 「行不行」 不行, 「能否据此实施」 不能. */
function mayVerdict(ask: string): string {
  if (/能否|能不能/.test(ask)) return '不能';
  if (/行不行|行(?:吗|么|不)/.test(ask)) return '不行';
  return '不可以';
}

function reason(found: Found, verb: string): string {
  const said = found.said.replace(/^[，,；]+|[，,；]+$/g, '');
  const subject =
    found.entry.subject && !said.includes(found.entry.subject.slice(0, 2)) ? found.entry.subject : '';
  return `${found.entry.rule}（${clauseTag(found.entry.clause)}），所述${subject}“${said}”${verb}这一要求`;
}

/** The answer after the lead: its own verdict and the parts the lead already says are left out. */
function rest(
  answer: string,
  rules: readonly string[],
  complies: boolean,
  dropped: (part: string) => boolean = () => false,
): string {
  const sentences = answer.split(/(?<=。)/).filter(Boolean);
  const first = sentences[0] ?? '';
  const verdict = OPENING_VERDICT.exec(first)?.[0];
  if (verdict) {
    const remainder = first.slice(verdict.length);
    // A condition (「可以，但须经……审批」) still holds beside a 符合; beside a 不符合 it is moot.
    sentences[0] = /^但/.test(remainder) ? (complies ? remainder.slice(1) : '') : remainder;
  }
  const openings = rules.map((rule) => rule.replace(/[，、“”]/g, '').slice(0, 8));
  const repeats = (part: string) =>
    openings.some((opening) => part.replace(/[，、“”]/g, '').includes(opening));
  return sentences
    .map((sentence) =>
      sentence
        .replace(/。$/, '')
        .split('；')
        .filter((part) => part && !repeats(part) && !dropped(part))
        .join('；'),
    )
    .filter(Boolean)
    .map((sentence) => `${sentence}。`)
    .join('');
}

/** 「市局执法监督这块该怎么纠正」 asks the supervisor's own duty, which part 三（二） leads. */
const SUPERVISION_ASKED = /监督[^，。？?]{0,6}(?:怎么|如何|咋|该)/;

export function reviewed(raw: string, question: string, result: PolicyAnswer): PolicyAnswer {
  if (CLAIM.test(raw)) return result;
  const asking = asked(raw, question);
  if (!asking) return result;
  const kind = asking.kind;
  if (result.outOfScope && kind === 'may') return result;
  const quiet = QUIET.test(result.answer) && !/不在(?:企业)?安静期/.test(result.answer);
  const against = told(question, DUTIES_LEFT_UNDONE, quiet).slice(0, findings(question));
  // A refused review that tells a duty left undone is the scheme's after all; nothing else, still refused.
  if (result.outOfScope && against.length === 0) return result;
  const verdicts = kind === 'judge' ? judged(asking.ask) : VERDICTS[kind];
  let lead: string;
  let found: Found[];
  if (against.length > 0) {
    // 「这样可以吗」 already answered 不可以 by the rules keeps its own answer.
    if (kind === 'may' && NEGATIVE_OPENING.test(result.answer)) return result;
    const verdict = kind === 'may' ? mayVerdict(raw) : verdicts.against;
    const verb = kind === 'violate' ? '违反' : '不符合';
    lead = `${verdict}：${against.map((f) => reason(f, verb)).join('；')}。`;
    found = against;
  } else {
    const steps = verdicts.with ? told(question, STEPS_TAKEN, quiet).slice(0, 1) : [];
    // Nothing told against a clause and nothing told for one: the rules' own answer stands.
    if (!verdicts.with || steps.length === 0 || NEGATIVE_OPENING.test(result.answer)) return result;
    lead = `${verdicts.with}：${steps.map((f) => reason(f, '符合')).join('；')}。`;
    found = steps;
  }
  const clauses = new Set(found.map((f) => f.entry.clause));
  const leading = cite(found.map((f) => ({ clause: f.entry.clause, about: f.entry.rule })));
  const others = result.citations.filter((citation) => !clauses.has(citation.clause));
  const supervision = SUPERVISION_ASKED.test(raw) && others[0]?.clause === 'org-2' ? others.splice(0, 1) : [];
  const after = result.outOfScope
    ? ''
    : rest(
        result.answer,
        found.map((f) => f.entry.rule),
        against.length === 0,
        contradicted(found),
      );
  return {
    ...result,
    outOfScope: false,
    answer: `${lead}${after}`,
    citations: [...supervision, ...leading, ...others].slice(0, Math.max(3, result.citations.length)),
  };
}
