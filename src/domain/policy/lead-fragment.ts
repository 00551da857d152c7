/**
 * The part of a quoted rule that answers the ask, put first: the side a choice question picks
 * (「市里统一搞还是各县区自己搞」 → 「以县区为单位」) or the figure a 多少 question wants
 * (「覆盖多少」 → 「力争做到每年全市重点企业全覆盖」). The rule follows unchanged.
 */

/** 「普法是按市里统一搞还是各县区自己搞」: the two sides, each without the shared subject. */
function choiceSides(question: string): [string, string] | undefined {
  const match = /([^，。？?]+?)还是([^，。？?]+)/.exec(question);
  if (!match) return undefined;
  // The first side starts after its subject: 「普法是按市里统一搞」 offers 「按市里统一搞」.
  const first = (match[1] ?? '').replace(/^.*[是由让归给](?=.)/, '');
  return [first, (match[2] ?? '').replace(/[吗呢啊]+$/, '')];
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i += 1) out.add(text.slice(i, i + 2));
  return out;
}

/** The rule's first sentence in its parts, without 「根据第2条，」. */
function fragments(text: string): string[] {
  const first = text.split('。')[0] ?? '';
  return first
    .replace(/^根据[^，]*，/, '')
    .split(/[，；]/)
    .filter((part) => part.length > 0);
}

/** 「“执法普法、送法入企”工作以县区为单位」 opens with 「以县区为单位」: the quoted subject is the question's. */
function withoutSubject(fragment: string): string {
  return fragment.replace(/^“[^”]*”[^以由按须应“]{0,4}(?=[以由按须应])/, '');
}

function prefixed(lead: string, text: string): string {
  return text.startsWith(lead) ? text : `${lead}。${text}`;
}

/** The rule's part sharing most with one side of a 「A还是B」 question, first; else the text as it is. */
export function choiceFirst(question: string, text: string): string {
  const sides = choiceSides(question);
  if (!sides) return text;
  const parts = fragments(text);
  const matches = sides.map((side) => {
    let best: { part: string; shared: number } | undefined;
    for (const part of parts) {
      const own = bigrams(part);
      const shared = [...bigrams(side)].filter((pair) => own.has(pair)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { part, shared };
    }
    return best;
  });
  // 「集中培训还是现场帮扶」: a rule that names both sides picks neither.
  const [first, second] = matches;
  const chosen = first && second ? undefined : (first ?? second);
  return chosen ? prefixed(withoutSubject(chosen.part), text) : text;
}

/**
 * 「覆盖多少」「要多少家」 answered by a quoted sentence whose figure comes late: that part first.
 * Composed answers already open with their number, and 「多久」「几次」 are not asked by a figure
 * such as 「全覆盖」.
 */
export function quantityFirst(question: string, text: string): string {
  if (!AMOUNT_ASKED.test(question) || !/^根据第/.test(text)) return text;
  const parts = fragments(text);
  if (FIGURE.test(parts[0] ?? '')) return text;
  const holding = parts.find((part) => FIGURE.test(part));
  return holding ? prefixed(holding, text) : text;
}

const AMOUNT_ASKED = /多少(?!次|回|时间|天)|覆盖/;
const FIGURE = /\d|[一二三四五六七八九十两]+[个项次天日月年栏类种家]|全覆盖/;
