/**
 * The officer's own word for a fact said beside the scheme's word the answer uses for it
 * (「篡改在线数据（弄虚作假）属…」), so the asker sees which fact each clause answers. One table for
 * every such pair: the officer's wording, and the scheme's wording it stands for in the answer.
 */
const PAIRS: readonly [officer: RegExp, scheme: RegExp, beside?: (said: string) => string][] = [
  // 「篡改在线数据」「删改监测数据」: tampering is 第11条's 弄虚作假.
  [/(?:篡改|删改|修改|伪造)(?:了)?(?:在线|自动)?(?:监测|监控)?数据/, /弄虚作假/],
  // 「下了责令整改」「责令改正了」: the order 第14条 calls 责令当事人改正或限期改正.
  [/责令(?:限期)?(?:整改|改正)/, /责令当事人(?:改正或限期改正|限期改正|改正)/],
  // 「我局和应急局都要进厂」: the other department is one of 第3条's 多个单位.
  [
    /(?:应急(?:管理)?|公安|市场监管|自然资源|水利|水务|住建|交通运输?|消防|卫健|林业)(?:局|部门)/,
    /多个单位/,
    (said) => `（含${said}）`,
  ],
];

/** The end of the phrase a scheme word sits in: the next comma, semicolon, stop or clause tag. */
const PHRASE_END = /[，；。（]/g;

export function withOfficerWords(question: string, answer: string): string {
  let text = answer;
  for (const [officer, scheme, beside] of PAIRS) {
    const said = officer.exec(question)?.[0];
    if (!said || text.includes(said)) continue;
    const at = scheme.exec(text);
    if (!at) continue;
    const after = at.index + at[0].length;
    if (beside) {
      text = `${text.slice(0, after)}${beside(said)}${text.slice(after)}`;
      continue;
    }
    // The scheme's word opening its phrase is renamed in place; inside a sentence the officer's word follows
    // the phrase, which stays as the scheme words it.
    const start = at.index === 0 || /[，；。]/.test(text[at.index - 1] ?? '');
    if (start && /属/.test(text.slice(at.index + at[0].length, at.index + at[0].length + 1))) {
      text = `${text.slice(0, at.index)}${said}（${at[0]}）${text.slice(at.index + at[0].length)}`;
      continue;
    }
    PHRASE_END.lastIndex = at.index + at[0].length;
    const end = PHRASE_END.exec(text)?.index ?? text.length;
    text = `${text.slice(0, end)}（所述${said}）${text.slice(end)}`;
  }
  return text;
}
