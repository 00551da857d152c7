/**
 * In a one-line referral the subject runs straight into the description: 「示例化工（屯留）夜间疑似偷排」.
 * The name ends at a company suffix or a bracketed place when there is one; otherwise at the first
 * word that starts describing conduct, which is a guess.
 */

const COMPANY = /^(.+?(?:有限责任公司|股份有限公司|有限公司|分公司|公司)(?:[（(][^）)]*[）)])?)(.*)$/s;
const WITH_PLACE = /^(.+?[（(][^）)]*[）)])(.*)$/s;
const SPACED = /^(\S{2,})\s+(.+)$/s;
const OTHER_SUFFIX = /^(.+?(?:集团|厂|矿|场|站|合作社|医院|酒店|宾馆|饭店|学校|工地|项目部))(.*)$/s;
const CONDUCT =
  /夜间|白天|凌晨|深夜|傍晚|晚上|近期|近日|长期|多次|经常|存在|涉嫌|疑似|未经|擅自|违规|违法|偷排|超标|私设|向|将|因|\d/g;

export interface SubjectSplit {
  /** Absent when the segment opens with conduct (「夜间有企业偷排」): no subject was written. */
  name?: string;
  rest: string;
  guessed: boolean;
}

export function splitSubject(segment: string): SubjectSplit {
  const s = segment.trim();
  for (const pattern of [COMPANY, WITH_PLACE, SPACED, OTHER_SUFFIX]) {
    const m = pattern.exec(s);
    if (m?.[1]) return { name: m[1].trim(), rest: (m[2] ?? '').trim(), guessed: false };
  }
  const conduct = [...s.matchAll(CONDUCT)];
  if (conduct[0]?.index === 0) return { rest: s, guessed: false };
  // A name has at least two characters, so a marker inside them (「向阳化工」) is not a boundary.
  const cut = conduct.find((m) => m.index >= 2)?.index;
  if (cut !== undefined) return { name: s.slice(0, cut), rest: s.slice(cut), guessed: true };
  return { name: s, rest: '', guessed: true };
}
