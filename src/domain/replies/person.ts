/** A directory name without its parenthesised note: 「张三（示例）」 is typed 「张三」. */
function bare(name: string): string {
  return name.replace(/[（(][^）)]*[）)]/g, '').trim();
}

/**
 * The one person a typed name means: the name as written or without its note, else the only one
 * whose name starts with it, else the only one whose name holds it. Two candidates are none.
 */
export function personNamed<P extends { name: string }>(people: readonly P[], typed: string): P | undefined {
  const t = typed.trim();
  if (t === '') return undefined;
  const exact = people.filter((p) => p.name === t || bare(p.name) === t);
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  for (const test of [(n: string) => n.startsWith(t), (n: string) => n.includes(t)]) {
    const found = people.filter((p) => test(bare(p.name)));
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}
