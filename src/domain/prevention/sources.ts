/** Where a 预警提醒 comes from: the monitoring platforms 第1、8条 name. */
export const WARNING_SOURCES = [
  'online-monitoring',
  'power-usage',
  'vehicle-exhaust',
  'drone',
  'permit',
  'other',
] as const;
export type WarningSource = (typeof WARNING_SOURCES)[number];

export const SOURCE_LABELS: Record<WarningSource, string> = {
  'online-monitoring': '自动监控',
  'power-usage': '用电用能监控',
  'vehicle-exhaust': '机动车尾气监测',
  drone: '无人机巡查',
  permit: '排污许可',
  other: '其他',
};

/** Words people write for each source, most specific first. */
const SOURCE_WORDS: readonly [RegExp, WarningSource][] = [
  [/在线|自动监控|自动监测|监测数据|超标/, 'online-monitoring'],
  [/用电|用能|电量|电力/, 'power-usage'],
  [/机动车|尾气|车辆|柴油车/, 'vehicle-exhaust'],
  [/无人机|航拍|巡飞/, 'drone'],
  [/许可|执行报告/, 'permit'],
];

export function isWarningSource(value: string): value is WarningSource {
  return (WARNING_SOURCES as readonly string[]).includes(value);
}

/** A source as an id, its label, or the words people use; anything else is 其他. */
export function readWarningSource(text: string): WarningSource {
  const t = text.trim();
  if (isWarningSource(t)) return t;
  const byLabel = WARNING_SOURCES.find((s) => SOURCE_LABELS[s] === t);
  if (byLabel) return byLabel;
  return SOURCE_WORDS.find(([words]) => words.test(t))?.[1] ?? 'other';
}

/** A stored source as people read it. */
export function sourceLabel(source: string): string {
  return isWarningSource(source) ? SOURCE_LABELS[source] : source;
}
