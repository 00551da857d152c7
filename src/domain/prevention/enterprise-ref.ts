import type { Enterprise } from '../org.js';
import { core, matchEnterprise } from '../referrals/match-enterprise.js';
import { compact } from '../referrals/text.js';
import { checkUscc, normaliseUscc } from '../referrals/uscc.js';

export type EnterpriseRef =
  | { ok: true; enterprise: Enterprise }
  | { ok: false; kind: 'bad-code'; message: string }
  | { ok: false; kind: 'unknown'; close: Enterprise[] };

/** Something that can only be meant as a 统一社会信用代码: 18 letters and digits. */
const CODE = /^[0-9A-Za-z]{18}$/;

const MAX_CLOSE = 3;

function overlap(a: string, b: string): number {
  const chars = new Set(a);
  let shared = 0;
  for (const ch of new Set(b)) if (chars.has(ch)) shared++;
  return shared / Math.max(1, Math.min(chars.size, new Set(b).size));
}

/** Registry enterprises whose name is nearest to what was written, best first. */
export function closeEnterprises(text: string, enterprises: readonly Enterprise[]): Enterprise[] {
  const wanted = core(compact(text));
  const fuzzy = matchEnterprise({ name: text }, enterprises).candidates;
  if (fuzzy.length > 0) return fuzzy.slice(0, MAX_CLOSE);
  return enterprises
    .map((e) => ({ e, score: overlap(wanted, core(e.name)) }))
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CLOSE)
    .map((s) => s.e);
}

/**
 * The registry enterprise a USCC or name means. A code with a wrong check character is named as
 * such, not looked up; a name that is not exactly one enterprise gives the close matches to choose.
 */
export function resolveEnterpriseRef(text: string, enterprises: readonly Enterprise[]): EnterpriseRef {
  const written = text.trim();
  if (CODE.test(written)) {
    const check = checkUscc(written);
    if (!check.ok) return { ok: false, kind: 'bad-code', message: `「${written}」：${check.message}` };
    const code = normaliseUscc(written);
    const found = enterprises.find((e) => normaliseUscc(e.uscc) === code);
    return found ? { ok: true, enterprise: found } : { ok: false, kind: 'unknown', close: [] };
  }
  const match = matchEnterprise({ name: written }, enterprises);
  // 「示例钢铁」 is the core of one registry name: meant as that enterprise, not merely close to it.
  const exactCore = match.match && core(compact(written)) === core(match.match.name);
  if (match.match && (match.how !== 'fuzzy' || exactCore)) return { ok: true, enterprise: match.match };
  return { ok: false, kind: 'unknown', close: closeEnterprises(written, enterprises) };
}

/** What people read when a name is not in the registry. */
export function unknownEnterpriseMessage(text: string, close: readonly Enterprise[]): string {
  const hint = close.length > 0 ? `，是否指：${close.map((e) => e.name).join('、')}` : '';
  return `本局企业名录中没有「${text.trim()}」${hint}。`;
}
