// How well typed replies to cards are read: `npx tsx bench/reply-corpus.ts [corpus.json ...]`.
// Prints, per card kind, the share read with the right action and with the right reason and person too.
// Without arguments it scores the development corpus and the held-out one.
import { readFileSync } from 'node:fs';
import { scoreCorpus, type CorpusEntry } from '../src/domain/replies/index.js';

const files = process.argv.slice(2);
const corpora =
  files.length > 0 ? files : ['test/corpus/replies-dev.json', 'test/corpus/replies-holdout.json'];
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

for (const file of corpora) {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as CorpusEntry[];
  const score = scoreCorpus(entries);
  console.log(`\n${file}: ${entries.length} replies`);
  console.log('card      n   action   action+reason+person');
  for (const [card, s] of Object.entries(score.byCard)) {
    console.log(
      `${card.padEnd(9)} ${String(s.total).padStart(3)}   ${pct(s.action, s.total).padStart(6)}   ${pct(s.full, s.total).padStart(6)}`,
    );
  }
  const { all } = score;
  console.log(
    `${'all'.padEnd(9)} ${String(all.total).padStart(3)}   ${pct(all.action, all.total).padStart(6)}   ${pct(all.full, all.total).padStart(6)}`,
  );
  if (process.env.SHOW_MISSES) for (const m of score.misses) console.log(JSON.stringify(m));
}
