/**
 * Scores intent and reading on the referral corpus, per category: taken as referral (the choice card
 * counted apart), routed right, fields read right, near-misses left alone. Prints the development set
 * and, when present, the held-out set separately. Run with `npx tsx bench/referral-corpus.ts [-v]`.
 */
import {
  FIELDS,
  isNearMiss,
  loadCorpus,
  scoreCorpus,
  total,
  type CategoryScore,
  type ItemResult,
} from '../test/domain/referrals/corpus.js';

const verbose = process.argv.includes('-v');
const pct = (n: number, of: number) => (of === 0 ? '—' : `${n}/${of}`);

function referralRow(c: CategoryScore): string {
  const fields = FIELDS.map((f) => pct(c.fields[f], c.n)).join(' | ');
  return `| ${c.category} | ${c.n} | ${pct(c.referral, c.n)} | ${c.unsure} | ${fields} | ${pct(c.allRight, c.n)} |`;
}

function nearMissRow(c: CategoryScore): string {
  return `| ${c.category} | ${c.n} | ${pct(c.none, c.n)} | ${c.unsure} | ${c.referral} |`;
}

function misses(results: ItemResult[]): string[] {
  return results.flatMap((r) => {
    const wrongIntent = r.item.expect.referral ? r.intent !== 'referral' : r.intent !== 'none';
    const wrongFields = Object.entries(r.right).filter(([, ok]) => !ok);
    if (!wrongIntent && wrongFields.length === 0) return [];
    const fields = wrongFields.map(([f]) => `${f}=${JSON.stringify(r.got[f as keyof typeof r.got])}`);
    return [`  ${r.item.id} [${r.intent}] ${fields.join(' ')}  ${r.item.text.replace(/\n/g, '⏎')}`];
  });
}

function report(name: string, file: 'dev' | 'holdout'): void {
  const items = loadCorpus(file);
  if (!items) {
    console.log(`\n${name}: test/corpus/referrals-${file}.json not present\n`);
    return;
  }
  const { results, categories } = scoreCorpus(items);
  const referrals = categories.filter((c) => !isNearMiss(c.category));
  const nearMisses = categories.filter((c) => isNearMiss(c.category));
  console.log(`\n${name} (${items.length} messages)\n`);
  console.log(
    '| category | n | taken as referral | choice card | enterprise | routed right | source | opinion | violations | all five |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const c of referrals) console.log(referralRow(c));
  console.log(referralRow(total(referrals, '**all referrals**')));
  console.log('\n| near-miss category | n | left alone | choice card | taken as referral |');
  console.log('|---|---|---|---|---|');
  for (const c of nearMisses) console.log(nearMissRow(c));
  console.log(nearMissRow(total(nearMisses, '**all near-misses**')));
  if (verbose) console.log(['\nmisses:', ...misses(results)].join('\n'));
}

report('Development corpus', 'dev');
report('Held-out corpus', 'holdout');
