import type { ClueSource } from './annex3.js';

/**
 * THE table of words that name where a clue came from, mapped onto 附件3's 线索来源 boxes. Every
 * reader (labelled values, one-liners, free sentences) uses this one list; add a word here, nowhere
 * else. Earlier rows win over later ones for the same characters, so 「无人机巡查」 is monitoring
 * before 巡查 can read it as a site visit.
 *
 * | words                                              | box (code)              | note kept     |
 * |----------------------------------------------------|-------------------------|---------------|
 * | 上级交办, 省厅/市政府/督察… 交办·转办·移交·转来     | 其他单位移交 (transfer) |               |
 * | 媒体曝光, 报道, 新闻, 舆情, 网友, 抖音, 微博, 公众号 | 其他 (other)            | 媒体曝光      |
 * | 无人机, 航拍                                       | 监测数据 (monitoring)   | 无人机巡查    |
 * | 卫星遥感, 遥感                                     | 监测数据 (monitoring)   | 遥感监测      |
 * | 用电监控, 用电用能, 分表计电                       | 监测数据 (monitoring)   | 用电监控      |
 * | 视频监控                                           | 监测数据 (monitoring)   | 视频监控      |
 * | 排污许可执行报告/平台, 机动车尾气遥感/检测          | 监测数据 (monitoring)   |               |
 * | 在线监测, 自动监控, 在线数据, 监控平台, 监测         | 监测数据 (monitoring)   |               |
 * | 现场检查, 执法检查, 巡查                           | 现场检查 (inspection)   |               |
 * | 信访, 举报, 投诉, 来电, 来信, 热线, 12345, 12369, 群众/居民/市民反映 | 信访举报 (petition) |  |
 *
 * The remote means of 第8条 (drones, remote sensing, power metering, video) are non-site discovery,
 * so they are monitoring, not a site visit. A bare 移交 or 转办 is the sender's own hand-over verb,
 * not a source: only a named outside body handing the clue over (「公安局移交」「省厅交办」) is.
 */

export interface SourceWord {
  source: ClueSource;
  pattern: RegExp;
  /** For 其他 the note is the box's text; for the others it says which means was used. */
  note?: string;
  /** Counts only when a segment holds nothing but keywords (「移交」 alone in a one-liner). */
  pureOnly?: boolean;
}

const OUTSIDE_BODY =
  '(?:上级|省厅|省生态环境厅|生态环境部|市委|市政府|县政府|区政府|政府|督察组?|督查室|督察办|纪委|人大|政协|公安局?|法院|检察院|[\\u4e00-\\u9fa5]{1,6}?(?:局|厅|委|办|院|所))';

export const SOURCE_WORDS: readonly SourceWord[] = [
  {
    source: 'transfer',
    pattern: new RegExp(
      `其他单位移交|${OUTSIDE_BODY}(?:交办|转办|移交|转来|转交)|(?:交办|转办)(?:件|单|线索|问题)|交办|转办[:：]|督察转办`,
      'g',
    ),
  },
  { source: 'transfer', pattern: /移交|转办/g, pureOnly: true },
  {
    source: 'other',
    note: '媒体曝光',
    pattern:
      /媒体曝光|媒体报道|媒体关注|新闻报道|网络曝光|曝光|报道|舆情|网友|网帖|抖音|快手|微博|公众号|新闻网|日报|晚报/g,
  },
  { source: 'monitoring', note: '无人机巡查', pattern: /无人机(?:巡查|巡检|航拍|监测)?|航拍/g },
  { source: 'monitoring', note: '遥感监测', pattern: /卫星遥感|遥感监测|尾气遥感|遥感/g },
  {
    source: 'monitoring',
    note: '用电监控',
    pattern: /用电用能(?:监[测控])?|用电监[测控]|用能监[测控]|分表计电/g,
  },
  { source: 'monitoring', note: '视频监控', pattern: /视频监控|视频监测/g },
  {
    source: 'monitoring',
    pattern: /机动车尾气(?:检测|监测|抽测)|排污许可(?:证)?(?:执行报告|管理平台|平台|数据|系统)/g,
  },
  {
    source: 'monitoring',
    pattern: /在线监测|在线监控|自动监控|自动监测|在线数据|监控平台|监控中心|监测数据|监测|超标数据/g,
  },
  // Bare, these name a means only when the segment says nothing else (「无证排污」 is conduct).
  { source: 'monitoring', pattern: /排污许可|机动车尾气|用电/g, pureOnly: true },
  { source: 'inspection', pattern: /现场检查|现场巡查|执法检查|日常检查|双随机|巡查/g },
  { source: 'inspection', pattern: /检查/g, pureOnly: true },
  {
    source: 'petition',
    pattern:
      /信访|举报|投诉|来电|来信|热线|12345|12369|(?:群众|居民|市民|村民)[^，。；;]{0,4}?(?:反映|反应|称)|打电话|电话反映/g,
  },
];

export interface FoundSource {
  source: ClueSource;
  note?: string;
  index: number;
}

/** Every source word in a free text, in the order written; each character counts for one row only. */
export function findSources(text: string): FoundSource[] {
  const found: FoundSource[] = [];
  let rest = text;
  for (const row of SOURCE_WORDS) {
    if (row.pureOnly) continue;
    for (const m of rest.matchAll(row.pattern))
      found.push({ source: row.source, index: m.index, ...(row.note ? { note: row.note } : {}) });
    rest = rest.replace(row.pattern, (m) => ' '.repeat(m.length));
  }
  return found.sort((a, b) => a.index - b.index);
}
