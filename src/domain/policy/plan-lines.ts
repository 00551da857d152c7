/**
 * A month's plan pasted in, several enterprises each on its own line or entry with its day, then an ask
 * about one of them (「第3条热电这样排有没有问题」「问下②能去吗」「铸造那个专项报到哪一级批」): the ask is
 * about that entry alone, so the others are left out and the plan is read as that one visit.
 */

/** 「12月22日」「12/22」「12.7 」「22号」: an entry's own day, not the plan's month. */
const DAY = /\d{1,2}月\d{1,2}[日号]|(?<![\d./])\d{1,2}[/.]\d{1,2}(?![\d./倍%％])|(?<![\d月./])\d{1,2}[日号]/;
/** ①②③…: a circled entry number. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
/** 「1 长治示例…」「2、」「（3）」: a line numbered at its start. */
const NUMBERED_LINE = /^\s*[（(]?([1-9])[)）、.．\s]/;
/** 「第3条」「第二家」「第2个」「第三项」: an entry named by its place in the plan. */
const ORDINAL = /第([1-9一二三四五六七八九])(条|家|个|项|行|趟)/;
const CHINESE_DIGITS = '一二三四五六七八九';
/** Words an entry and an ask share without naming the entry (检查, 企业, 12月). */
const COMMON =
  /检查|企业|公司|有限|长治|示例|计划|方案|分局|现场|安排|问题|执法|入企|[一二两三几]家|那家|这家|那个|这个/;

interface Plan {
  /** What comes before the first entry (「沁源分局12月份计划：」), kept for the unit and the month. */
  readonly header: string;
  readonly entries: readonly string[];
  /** Whether the entries carry their own numbers, so that 「第3条」 counts them, not the scheme's clauses. */
  readonly numbered: boolean;
  readonly ask: string;
}

function readPlan(text: string): Plan | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // Each line an entry, or one line with entries parted by 「；」 or circled numbers.
  const parts =
    lines.length >= 3
      ? lines
      : text
          .replace(/\n/g, '')
          .split(new RegExp(`[；;]|(?<=[：:\\s])(?=[${CIRCLED}])`))
          .map((part) => part.trim())
          .filter(Boolean);
  const last = parts.at(-1) ?? '';
  // The ask follows the last entry after a full stop, or is a line of its own.
  const stop = DAY.test(last) ? last.search(/[。？?](?=[^。？?]*\S)/) : -1;
  const tail = stop >= 0 ? [last.slice(0, stop), last.slice(stop + 1)] : [last];
  const all = [...parts.slice(0, -1), ...tail];
  const ask = all.at(-1) ?? '';
  if (DAY.test(ask) && !/[吗么呢？?]|有没有|能不能|行不行|要不要/.test(ask)) return undefined;
  const body = all.slice(0, -1);
  const first = body.findIndex((part) => DAY.test(part));
  if (first < 0 || body.slice(first).some((part) => !DAY.test(part))) return undefined;
  let header = body.slice(0, first).join('');
  const entries = body.slice(first).map((part) => part.replace(/^[①-⑩]/, '').trim());
  // 「沁源分局12月份计划：长治示例…」: the header shares the first entry's line, up to its colon.
  const colon = entries[0]!.search(/[：:]/);
  if (colon >= 0 && DAY.test(entries[0]!.slice(colon + 1))) {
    header += entries[0]!.slice(0, colon + 1);
    entries[0] = entries[0]!.slice(colon + 1).trim();
  }
  if (entries.length < 2) return undefined;
  const numbered =
    body.slice(first).every((part) => NUMBERED_LINE.test(part)) || new RegExp(`[${CIRCLED}]`).test(text);
  return { header, entries, numbered, ask };
}

function ordinalOf(ask: string, numbered: boolean): number | undefined {
  const circled = [...ask].map((ch) => CIRCLED.indexOf(ch)).find((at) => at >= 0);
  if (circled !== undefined) return circled;
  const found = ORDINAL.exec(ask);
  if (!found || (found[2] === '条' && !numbered)) return undefined;
  const digit = found[1] as string;
  return /\d/.test(digit) ? Number(digit) - 1 : CHINESE_DIGITS.indexOf(digit);
}

/** Two characters of the ask found in one entry only (热电, 铸造, 24号): the entry it names. */
function namedEntry(ask: string, entries: readonly string[]): number | undefined {
  const picked = new Set<number>();
  for (let at = 0; at + 2 <= ask.length; at += 1) {
    const pair = ask.slice(at, at + 2);
    if (!/^[\u4e00-\u9fff\d]{2}$/.test(pair) || /^\d+$/.test(pair) || COMMON.test(pair)) continue;
    const holders = entries.flatMap((entry, index) => (entry.includes(pair) ? [index] : []));
    if (holders.length === 1) picked.add(holders[0]!);
  }
  return picked.size === 1 ? [...picked][0] : undefined;
}

/** 「24号那趟」「28日那家」: the entry planned on that day. */
function dayEntry(ask: string, entries: readonly string[]): number | undefined {
  const day = /(?<![\d月./])(\d{1,2})[号日](?:那|这)/.exec(ask)?.[1];
  if (!day) return undefined;
  const holders = entries.flatMap((entry, index) => {
    const found = DAY.exec(entry)?.[0].match(/\d+/g) ?? [];
    return Number(found.at(-1)) === Number(day) ? [index] : [];
  });
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * The message read as the one entry asked about (header, that entry, the ask without its 「②」), or
 * undefined when it is no plan of several entries or the ask names none of them alone.
 */
export function planEntryAsked(text: string): string | undefined {
  const plan = readPlan(text);
  if (!plan) return undefined;
  const ordinal = ordinalOf(plan.ask, plan.numbered);
  const index = ordinal ?? dayEntry(plan.ask, plan.entries) ?? namedEntry(plan.ask, plan.entries);
  const entry = index === undefined ? undefined : plan.entries[index];
  if (!entry) return undefined;
  const ask = plan.ask
    .replace(new RegExp(`[${CIRCLED}]`, 'g'), '')
    .replace(ordinal === undefined ? /$^/ : ORDINAL, '')
    .trim();
  const told = entry.replace(NUMBERED_LINE, '').replace(/[。；;，,\s]*$/, '');
  const header = plan.header.trim() ? plan.header.replace(/[：:]?\s*$/, '：') : '';
  return `${header}${told}。${ask}`;
}
