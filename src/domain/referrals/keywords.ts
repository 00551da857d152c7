import type { ClueSource, ReferralOpinion, ViolationType } from './annex3.js';
import { SOURCE_WORDS } from './source-words.js';
import { toHalfWidth } from './text.js';

/**
 * Keyword recognition for 线索来源, 涉嫌违法行为 and 移送方意见. A segment made of nothing but
 * keywords and filler (「信访举报」「水污染」「建议进一步核查」) is a deliberate choice; inside a
 * longer phrase the same words only hint, and very short ones (水, 检查) are not trusted at all,
 * so that 「示例水泥粉尘超标」 does not read as 水污染.
 */

interface Rule<T> {
  code: T;
  pattern: RegExp;
  /** Counts only when the whole segment is keywords. */
  pureOnly?: boolean;
}

const SOURCE_RULES: Rule<ClueSource>[] = SOURCE_WORDS.map((w) => ({
  code: w.source,
  pattern: w.pattern,
  ...(w.pureOnly ? { pureOnly: true } : {}),
}));

const VIOLATION_RULES: Rule<ViolationType>[] = [
  { code: 'eia', pattern: /环评|验收|未批先建|未验先投|环境影响评价|三同时/g },
  {
    code: 'solid-waste',
    pattern:
      /危废|固废|危险废物|固体废物|废渣|矸石|煤泥|尾矿|污泥|垃圾|废机油|废矿物油|废油|废铅蓄电池|医疗废物|医废|渣土|炉渣|粉煤灰|脱硫石膏|填埋/g,
  },
  // Before air, so that 「偷排废气」 is still whole when the look-ahead reads it.
  {
    code: 'water',
    pattern:
      /水污染|废水|污水|偷排(?!废?气|烟)|排水|涉水|水体|水质|出水|矿井水|渗滤液|COD|化学需氧量|氨氮|总磷|总氮|发黑发臭|黑臭|暗管|渗坑|渗井|排污口|雨污/gi,
  },
  { code: 'water', pattern: /水/g, pureOnly: true },
  {
    code: 'air',
    pattern:
      /大气|废气|颗粒物|烟尘|粉尘|扬尘|VOCS?|挥发性有机物|二氧化硫|氮氧化物|烟气|[黑白黄]烟|冒烟|异味|臭气|恶臭|臭味|刺鼻|刺激性气味|脱硫|脱硝|除尘|捕尘|无组织排放|放散|焚烧|油烟|喷漆|喷涂|酸雾|烟囱|硫化氢/gi,
  },
  {
    code: 'ecology',
    pattern: /生态破坏|破坏生态|植被|毁林|林地|占用河道|河道采砂|采砂|采石|开山|湿地|自然保护区|耕地/g,
  },
  { code: 'ecology', pattern: /生态|河道/g, pureOnly: true },
  { code: 'noise', pattern: /噪声|噪音|夜间施工|轰鸣|振动|震动/g },
];

const OPINION_RULES: Rule<Exclude<ReferralOpinion, 'coordinate'>>[] = [
  { code: 'file-case', pattern: /建议立案|立案|依法查处|(?<![调核])查处/g },
  // 「经核查」 reports what was done, not what is asked.
  { code: 'verify', pattern: /进一步核查|(?<![经已])核[查实]|(?<![经已])调查/g },
];

/** 「请协调大气环境科协助」, 「请协调大气科室协助」, or a bare 「协调执法队」 ending the segment. */
const COORDINATE =
  /请?协调([^，,。；;、\s]+?)(?:科室)?(?:协助|配合|支持|参与)|请?协调([^，,。；;、\s]{2,20}?(?:科|队|中心|分局))(?:室)?$/;

const FILLER =
  /建议|进一步|需要|需|请|涉嫌|疑似|违法|违规|污染|问题|行为|线索|来源|数据|扰民|破坏|群众|反映|发现|的|等|及|和|类|方面|[\s\p{P}\p{S}]/gu;

export interface KeywordScan {
  sources: ClueSource[];
  violations: ViolationType[];
  opinion?: ReferralOpinion;
  coordinateText?: string;
  /** The segment held nothing but keywords and filler. */
  pure: boolean;
}

interface Hit<T> {
  code: T;
  index: number;
}

/** Runs the rules in order, blanking each match so a later, looser rule cannot reuse it. */
function collect<T>(text: string, rules: Rule<T>[], withPureOnly: boolean, hits: Hit<T>[]): string {
  let rest = text;
  for (const rule of rules) {
    if (rule.pureOnly && !withPureOnly) continue;
    for (const m of rest.matchAll(rule.pattern)) hits.push({ code: rule.code, index: m.index });
    rest = rest.replace(rule.pattern, (m) => ' '.repeat(m.length));
  }
  return rest;
}

function inOrder<T>(hits: Hit<T>[]): T[] {
  return [...new Set([...hits].sort((a, b) => a.index - b.index).map((h) => h.code))];
}

function scanWith(text: string, withPureOnly: boolean) {
  const sources: Hit<ClueSource>[] = [];
  const violations: Hit<ViolationType>[] = [];
  const opinions: Hit<Exclude<ReferralOpinion, 'coordinate'>>[] = [];
  let rest = collect(text, SOURCE_RULES, withPureOnly, sources);
  rest = collect(rest, VIOLATION_RULES, withPureOnly, violations);
  rest = collect(rest, OPINION_RULES, withPureOnly, opinions);
  const opinionCodes = opinions.map((h) => h.code);
  return {
    sources: inOrder(sources),
    violations: inOrder(violations),
    opinion: opinionCodes.includes('file-case') ? ('file-case' as const) : opinionCodes[0],
    rest,
  };
}

export function scanKeywords(segment: string): KeywordScan {
  let text = toHalfWidth(segment);
  const coordinate = COORDINATE.exec(text);
  const coordinateText = coordinate ? (coordinate[1] ?? coordinate[2]) : undefined;
  if (coordinate) text = text.replace(coordinate[0], ' ');

  const loose = scanWith(text, true);
  const pure = loose.rest.replace(FILLER, '') === '';
  const found = pure ? loose : scanWith(text, false);
  return {
    sources: found.sources,
    violations: found.violations,
    opinion: coordinateText ? 'coordinate' : found.opinion,
    coordinateText,
    pure,
  };
}
