/**
 * Dialect and everyday words that stand alone, each for the scheme's: 俺们 is 我们, 瞅瞅 a look on
 * site, the owner (老板) the enterprise, 盯着 following up, 准头 the discretion benchmark.
 */
export const WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['我们', ['俺们', '咱们', '俺']],
      // Shanxi and northern dialect: 甚 is 什么, 咋介 is 怎么, 多会儿 is 什么时候.
      ['什么时候', ['甚时候', '甚会儿', '甚时', '啥会儿', '多咱']],
      ['干什么', ['做甚', '干甚', '为甚']],
      ['什么', ['甚么', '些甚', '个甚']],
      ['怎么', ['咋介', '咋个', '咋么', '怎个']],
      ['行不行', ['能行不', '能成不', '成不成', '得行不']],
      ['自己', ['自个儿', '自个', '自各儿', '自己个儿']],
      ['发现', ['瞅见', '瞧见', '看见']],
      ['检查', ['瞅瞅', '瞅一眼', '瞧瞧', '瞧一眼', '转转', '转一圈']],
      ['企业', ['老板', '老总', '厂长']],
      ['批准', ['点头', '拍板', '说了算']],
      ['督改', ['盯着', '盯住', '盯紧', '跟着管']],
      ['罚多少', ['罚多罚少', '罚轻罚重']],
      ['裁量基准', ['准头', '尺度', '准谱', '尺子']],
      [
        '从轻处罚',
        [
          '轻点罚',
          '罚轻点',
          '少罚点',
          '从轻罚',
          '往低了定',
          '往低定',
          '往低了罚',
          '定低点',
          '罚低点',
          '宽松点',
          '宽松些',
          '宽松一点',
          '网开一面',
          '高抬贵手',
        ],
      ],
    ] as const
  ).flatMap(([scheme, words]) => words.map((word) => [word, scheme] as const)),
);
/** The words longest first, so 俺们 goes before 俺. */
export const WORD_PATTERN = new RegExp([...WORDS.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
