import type { PolicyAnswer } from '../../domain/policy/index.js';

/** The answer for a terminal: the direct sentence, each quote under its clause, then the case. */
export function plainText(result: PolicyAnswer): string {
  const lines = [result.answer];
  if (result.citations.length > 0) {
    lines.push('', '依据：');
    for (const citation of result.citations) lines.push(`  ${citation.label}`, `    「${citation.quote}」`);
  }
  const { decision } = result;
  if (decision) {
    lines.push('', '核查情况：', ...decision.explanation.split('\n').map((line) => `  ${line}`));
    if (decision.assumptions.length > 0) {
      lines.push('', '判断所依假设：', ...decision.assumptions.map((line) => `  ${line}`));
    }
  }
  return lines.join('\n');
}
