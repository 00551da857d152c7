import { CLAUSE_LABELS, type ClauseId } from '../clauses.js';
import type { Finding, Severity } from './types.js';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { block: 0, warn: 1, info: 2 };
const CLAUSE_ORDER: readonly ClauseId[] = Object.keys(CLAUSE_LABELS) as ClauseId[];

/** Block before warn before info, then in the scheme's clause order; ties keep the order found. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      CLAUSE_ORDER.indexOf(a.clause) - CLAUSE_ORDER.indexOf(b.clause),
  );
}

/** Several rules can reach the same conclusion (e.g. the same missing approver); say it once. */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = [finding.severity, finding.code, finding.enterprise ?? '', finding.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
