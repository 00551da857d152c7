/**
 * A 「标签：内容」 message, as people write the 预警提醒 and 送法入企 records. A line without a
 * label continues the one above it. Labels are matched by their first words.
 */
export function readLabelled<K extends string>(
  text: string,
  labels: Readonly<Record<K, RegExp>>,
): Partial<Record<K, string>> {
  const values: Partial<Record<K, string[]>> = {};
  let current: K | undefined;
  for (const raw of text.split(/\n/)) {
    const line = raw.trim();
    const colon = line.search(/[:：]/);
    const label = colon > 0 ? line.slice(0, colon).trim() : '';
    const hit = label ? (Object.keys(labels) as K[]).find((k) => labels[k].test(label)) : undefined;
    if (hit) current = hit;
    if (current === undefined) continue;
    const value = hit ? line.slice(colon + 1).trim() : line;
    if (value) values[current] = [...(values[current] ?? []), value];
  }
  const out: Partial<Record<K, string>> = {};
  for (const k of Object.keys(values) as K[]) out[k] = values[k]?.join('\n');
  return out;
}

/** A list written with 、，, ; or one per line. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[、，,；;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
