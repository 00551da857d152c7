import type { Enterprise } from '../org.js';
import { core } from './match-enterprise.js';
import { toHalfWidth } from './text.js';
import { normaliseUscc } from './uscc.js';

/**
 * Finds the enterprise a free message is about, wherever it is written: its full name, its short
 * name, the name's core (「示例化工」 for 长治示例化工有限公司, also inside 「黎城示例水泥」 or
 * 「示例化工厂」), or its 统一社会信用代码 alone, typed with spaces or hyphens. The longest name
 * found wins; a code wins over any name.
 */

export interface Mention {
  enterprise: Enterprise;
  /** Where the words that named it stand in the text, so other readers can skip them. */
  start: number;
  end: number;
  how: 'uscc' | 'name';
}

/** A core this short (「示例」, 「化工」) would be found in ordinary sentences. */
const MIN_FORM = 3;

/** Eighteen letters and digits, allowing the spaces and hyphens people group codes with. */
const CODE = /(?<![0-9A-Z])[0-9A-Z](?:[ -]?[0-9A-Z]){17}(?![0-9A-Z])/g;

function namesOf(e: Enterprise): string[] {
  const forms = [e.name, e.shortName, core(e.name), e.shortName && core(e.shortName)];
  return [...new Set(forms.filter((f): f is string => !!f && f.length >= MIN_FORM))];
}

function byCode(text: string, enterprises: readonly Enterprise[]): Mention | undefined {
  const upper = toHalfWidth(text).toUpperCase();
  for (const m of upper.matchAll(CODE)) {
    const code = normaliseUscc(m[0].replace(/[ -]/g, ''));
    const enterprise = enterprises.find((e) => normaliseUscc(e.uscc) === code);
    if (enterprise) return { enterprise, start: m.index, end: m.index + m[0].length, how: 'uscc' };
  }
  return undefined;
}

export function findEnterpriseMention(text: string, enterprises: readonly Enterprise[]): Mention | undefined {
  const coded = byCode(text, enterprises);
  if (coded) return coded;
  const half = toHalfWidth(text);
  let best: Mention | undefined;
  for (const enterprise of enterprises) {
    for (const name of namesOf(enterprise)) {
      const start = half.indexOf(name);
      if (start < 0 || (best && best.end - best.start >= name.length)) continue;
      best = { enterprise, start, end: start + name.length, how: 'name' };
    }
  }
  return best;
}
