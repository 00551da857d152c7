// How typed replies to a policy answer are read as 有用/没用: `npx tsx bench/answer-replies.ts [corpus.json ...]`.
// Prints, per kind, the share read with the right verdict, and with the question typed after it too.
// Without arguments it scores the development corpus and the held-out one.
import { readFileSync } from 'node:fs';
import { scoreAnswerReplies, type AnswerReplyEntry } from '../src/domain/replies/index.js';

const files = process.argv.slice(2);
const corpora =
  files.length > 0
    ? files
    : ['test/corpus/answer-replies-dev.json', 'test/corpus/answer-replies-holdout.json'];
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

for (const file of corpora) {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as AnswerReplyEntry[];
  const { byKind, all, misses } = scoreAnswerReplies(entries);
  console.log(`\n${file}: ${entries.length} replies`);
  console.log('kind                  n   verdict  verdict+question');
  for (const [kind, s] of [...Object.entries(byKind), ['all', all] as const]) {
    console.log(
      `${kind.padEnd(19)} ${String(s.total).padStart(3)}   ${pct(s.verdict, s.total).padStart(6)}   ${pct(s.full, s.total).padStart(6)}`,
    );
  }
  if (process.env.SHOW_MISSES) for (const m of misses) console.log(JSON.stringify(m));
}
