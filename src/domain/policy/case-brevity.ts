/**
 * A case answer is read in chat: what the opening already says is not said again in the body, and
 * the enterprise is named in full once, then 「该企业」.
 */

/** 「局长（局长（示例））」: a person whose name already says the role is named alone. */
export function personWithRole(role: string, name: string): string {
  const core = /负责人|局长|科长|队长|主任/.exec(role)?.[0];
  return core && name.includes(core) ? name : `${role}（${name}）`;
}

/** 「须报请潞城分局主要负责人批准，即潞城分局局长（示例）」: the rule's words, then the person. */
export function approveBy(head: string): string {
  const person = /^([^（）]+)（((?:[^（）]|（[^（）]*）)*)）$/.exec(head);
  return person ? `须报请${person[1]}批准，即${person[2]}` : `须报请${head}批准`;
}

/** Parts of a body line the opening has already said, each dropped when the opening says its key. */
const SAID: readonly [key: RegExp, repeat: RegExp, instead: string][] = [
  // 「在企业安静期内现场检查的，须报请…批准」 opens: the body need only say which days fall in it.
  [
    /在企业安静期内现场检查的，须报请/,
    /，确需现场检查的，须报请本级行政执法主体主要负责人批准(?=（第10条）)/g,
    '',
  ],
  // 「原则上不能，……确需现场检查的，须写明理由（第9条）」 opens: the body's 第9条 line is said.
  [
    /确需现场检查的，须写明理由（第9条）/,
    /(?:^|；)[^；。]*列入监督执法正面清单，应减少或免除现场检查，确需现场检查的[^；。]*（第9条）/g,
    '',
  ],
  // 「不能，该企业列入监督执法正面清单，应减少、免除现场检查」 opens: the body keeps the reason rule.
  [
    /列入监督执法正面清单，应减少、免除现场检查/,
    /[^；。]*列入监督执法正面清单，应减少或免除现场检查，确需现场检查的/g,
    '正面清单企业确需现场检查的',
  ],
  // The special plan's approval, filing and publication, opened with, are not said twice.
  [
    /专项检查方案须经县级以上/,
    /，方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准(?=（第4条）)/g,
    '',
  ],
  [/按照规定备案/, /；专项检查方案经批准后，须按规定备案，并向社会公开（第4条）/g, ''],
];

/** One body line: the visit's days in the quiet period and the head's approval they need, with 第10条. */
const QUIET_LINE =
  /(?:^|；)([^；。]*?处于企业安静期（(?:[^（）]|（[^（）]*）)*）)(?:，确需现场检查的，须报请本级行政执法主体主要负责人批准)?（第10条）(?=；|$)/;
/** 「（检查时间处于企业安静期，）须报请潞城分局主要负责人（…）批准」 in the opening. */
const HEAD_IN_OPENING =
  /(?:检查时间处于企业安静期，)?须报请([^。；]*?主要负责人批准(?:，即(?:[^（）。；，]|（[^（）]*）)*)?)/;

/**
 * The opening that already asks for the head's approval says the days with it, in one sentence with
 * 第10条, and the body does not say them again.
 */
function mergeQuiet(opening: string, body: string): [string, string] {
  const quiet = QUIET_LINE.exec(body);
  // 「在企业安静期内现场检查的，须报请…」: only some days fall in it, which the body's line says.
  if (!quiet?.[1] || /第10条|在企业安静期内/.test(opening) || !HEAD_IN_OPENING.test(opening))
    return [opening, body];
  const merged = opening.replace(
    HEAD_IN_OPENING,
    (_m, head: string) => `${quiet[1]}，须报请${head}（第10条）`,
  );
  const rest = body.replace(QUIET_LINE, '').replace(/^；/, '');
  return [merged, rest];
}

/** 「……（第4条）；……（第4条）」: two lines of one clause side by side are said as one, tagged once. */
function oneLinePerClause(body: string): string {
  const parts: string[] = [];
  for (const part of body.split('；')) {
    const tags = part.match(/（第\d+条）/g) ?? [];
    const tag = tags.length === 1 && part.endsWith(tags[0] ?? '') ? tags[0] : undefined;
    const before = parts.at(-1);
    if (tag !== undefined && before?.endsWith(tag) && (before.match(/（第\d+条）/g) ?? []).length === 1) {
      parts[parts.length - 1] = `${before.slice(0, -tag.length)}，${part}`;
      continue;
    }
    parts.push(part);
  }
  return parts.join('；');
}

/** 「本次系因投诉举报实施」 said with 第3条: 第9条's line need not say the trigger again. */
function triggerOnce(body: string): string {
  return body.replace(
    /(本次系(?:因|应)([^，；。]+?)(?:发现线索确需)?实施[^；。]*（第3条）[^。]*?)但本次系(?:因|应)\2实施，不受限制/,
    '$1但本次亦不受此限',
  );
}

/** The answer without what the opening said, and the enterprise in full only where first named. */
export function brief(first: string, body: string, enterprise: string | undefined): string {
  let text = body;
  for (const [key, repeat, instead] of SAID) if (key.test(first)) text = text.replace(repeat, instead);
  // A line dropped first leaves its separator.
  text = text.replace(/^；/, '');
  const [opening, merged] = mergeQuiet(first, triggerOnce(oneLinePerClause(text)));
  // 「…，即上党分局局长（示例）」 said in the opening: 第5条's line need not name the person again.
  const person = /，即([^（）。；，]+(?:（[^（）]*）)?)/.exec(opening)?.[1];
  const rest = person ? merged.replace(`，即${person}（第5条）`, '（第5条）') : merged;
  const said = `${opening}${rest ? `${rest}。` : ''}`;
  if (!enterprise || enterprise === '该企业') return said;
  // The enterprise in full once, then 该企业.
  const [before, ...after] = said.split(enterprise);
  return after.length ? `${before}${enterprise}${after.join('该企业')}` : said;
}
