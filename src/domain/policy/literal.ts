/** A word matched as written inside a pattern: names from spreadsheets may hold brackets or dots. */
export function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
