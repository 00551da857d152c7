/**
 * Misspellings typed on a phone's pinyin keyboard: one character of a scheme term replaced by another
 * of the same sound (整该 for 整改, 预井 for 预警, 全复盖 for 全覆盖), and the pinyin initials officers
 * write for units and terms (zf 执法, fj 分局, fg科 法规与标准科). Applied by the everyday reader (everyday.ts)
 * before its phrase rules, so they see the scheme's words.
 */

/** Characters typed for one another because they sound alike. */
const SOUNDS_LIKE: Readonly<Record<string, string>> = {
  整: '正症',
  改: '该盖概',
  流: '留刘',
  程: '成城承呈',
  销: '消肖削',
  覆: '复付副',
  盖: '该概',
  预: '遇玉欲',
  警: '井景境竟',
  源: '元园缘',
  培: '陪赔配',
  训: '讯迅',
  政: '证正症',
  罚: '法伐阀',
  免: '勉',
  随: '岁碎',
  机: '即几急记计',
  移: '一以宜',
  动: '东冬懂',
  当: '挡档',
  建: '件键见',
  长: '张章',
  期: '其旗七气',
  放: '方访',
  纾: '疏书舒输',
  违: '位围为',
  督: '毒',
  纠: '究',
  裁: '才材财',
  量: '亮谅',
  核: '合何和',
  验: '严言',
  收: '手受',
  避: '必闭',
  馈: '愧溃',
  班: '般搬',
  进: '近尽劲',
  批: '皮披比',
  治: '制致',
  查: '察茶',
};

/** Scheme terms whose one-character misspellings are read as the term. */
const TERMS = [
  '全流程',
  '销号',
  '全覆盖',
  '预警',
  '来源',
  '培训',
  '行政许可',
  '免罚',
  '双随机',
  '安静期',
  '移动执法',
  '过罚相当',
  '组建',
  '局长',
  '分期',
  '偷放',
  '纾困',
  '首违',
  '督改',
  '纠错',
  '裁量',
  '整改',
  '验收',
  '回避',
  '反馈',
  '专班',
  // 「制污设施没正常开」: 治污's sound-alike.
  '治污设施',
  '无人机',
  '渐进式',
  // 「要审皮不」: not 审批's own word, however it is typed.
  '审批',
  // 「这个算入企检察吗」: 检察 alone is the procuratorate's word, not a typo.
  '入企检查',
];

/** Every spelling of the term with one character swapped for one that sounds like it. */
function misspellings(term: string): string[] {
  const chars = [...term];
  return chars.flatMap((char, at) =>
    [...(SOUNDS_LIKE[char] ?? '')].map((other) =>
      [...chars.slice(0, at), other, ...chars.slice(at + 1)].join(''),
    ),
  );
}

/** Each misspelling and the term it stands for, matched in one pass, longest first. */
const MISSPELT: ReadonlyMap<string, string> = new Map(
  TERMS.flatMap((term) => misspellings(term).map((wrong) => [wrong, term] as const)),
);
// A misspelling ending in a numeral (安静七) is a count when a unit follows it: 「安静七天」 stays.
const HOMOPHONE_PATTERN = new RegExp(
  [...MISSPELT.keys()]
    .sort((a, b) => b.length - a.length)
    .map((wrong) => (/[一二三四五六七八九十]$/.test(wrong) ? `${wrong}(?![天日个次年月])` : wrong))
    .join('|'),
  'g',
);

/**
 * Pinyin initials for units and terms, written in latin letters and bounded by Chinese or punctuation
 * (so a word such as 「app」 or a code is never read as one).
 */
const INITIALS: readonly [string, string][] = [
  ['zfjly', '执法记录仪'],
  ['fxcjc', '非现场检查'],
  ['zyfzr', '主要负责人'],
  ['zhycc', '综合一次查'],
  ['fgjld', '分管局领导'],
  ['zxjc', '专项检查'],
  ['xcjc', '现场检查'],
  ['swbf', '首违不罚'],
  ['lhjc', '联合检查'],
  ['ybtc', '一表通查'],
  ['sfrq', '送法入企'],
  ['fgjz', '分管局长'],
  ['zfd', '执法队'],
  ['zfjc', '执法检查'],
  ['fxc', '非现场'],
  ['jly', '记录仪'],
  ['ysb', '移送表'],
  ['spb', '审批表'],
  ['fzr', '负责人'],
  ['yzs', '一证式'],
  ['zx', '专项'],
  ['sp', '审批'],
  ['bp', '报批'],
  ['fk', '罚款'],
  ['zg', '整改'],
  ['yj', '预警'],
  ['xs', '线索'],
  ['pf', '普法'],
  ['jz', '局长'],
  ['zf', '执法'],
  ['fj', '分局'],
  ['fg', '法规与标准'],
  ['dq', '大气环境'],
  ['sjs', '双随机'],
  ['ssj', '双随机'],
  ['ajq', '安静期'],
  ['zmqd', '正面清单'],
  ['jc', '检查'],
  ['cf', '处罚'],
  ['qy', '企业'],
  ['qi', '企'],
];
const INITIAL_WORD: ReadonlyMap<string, string> = new Map(INITIALS);
const INITIAL_PATTERN = new RegExp(
  `(?<![a-z])(?:${INITIALS.map(([letters]) => letters).join('|')})(?![a-z])`,
  'gi',
);

/** Misspellings and initials as the scheme writes them, each in one pass. */
export function withoutTypos(text: string): string {
  return text
    .replace(HOMOPHONE_PATTERN, (wrong) => MISSPELT.get(wrong) ?? wrong)
    .replace(INITIAL_PATTERN, (letters) => INITIAL_WORD.get(letters.toLowerCase()) ?? letters);
}
