/**
 * Officers type on phones with Chinese input methods, so codes and labels arrive with full-width
 * letters, digits and colons; everything that compares text goes through these first.
 */

/** Maps full-width ASCII variants (Ａ１：（）) and the ideographic space to half-width, one char for one. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Canonical form of a code: half-width, no whitespace, upper case. */
export function normaliseCode(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').toUpperCase();
}

/** Half-width and without whitespace, for comparing names. */
export function compact(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

const PAREN = /\(([^()]*)\)/g;

/** Contents of the parenthesised groups of a compacted name, e.g. 「示例化工(屯留)」 → ['屯留']. */
export function parenthesised(s: string): string[] {
  return [...compact(s).matchAll(PAREN)].map((m) => m[1] ?? '').filter(Boolean);
}

/** The compacted name without its parenthesised groups. */
export function withoutParens(s: string): string {
  return compact(s).replace(PAREN, '');
}

/**
 * Splits a list such as 「截图3张；统计表1份」 on the given separators, but not inside brackets, so
 * 「检测报告（COD、氨氮）」 stays one item.
 */
export function splitOutsideParens(s: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of s) {
    if ('（(【[《'.includes(ch)) depth++;
    if ('）)】]》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
