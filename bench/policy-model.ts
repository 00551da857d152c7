/**
 * The lead model measured on questions it did not learn from: each own set is left out in turn and
 * a model trained on the others (as stored, small weights dropped). Prints (1) how often the model
 * alone names the leading clause or refuses rightly, per set; (2) the answerer's scores on each set
 * with the rules alone and with that model's second opinion; (3) the stored size and time per guess.
 * `npx tsx bench/policy-model.ts`
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { answer } from '../src/domain/policy/index.js';
import { useLeadModel } from '../src/domain/policy/lead-model/index.js';
import { deserialize, guess, serialize, type LeadModel } from '../src/domain/policy/lead-model/model.js';
import { features } from '../src/domain/policy/lead-model/features.js';
import { train } from '../src/domain/policy/lead-model/train.js';
import { examplesOf, labelledQuestions, ownSetFiles } from '../scripts/policy-model-sets.js';
import { demoContext } from '../test/policy/fixtures.js';
import { formSet, scoreForms, type CategoryScore, type FormItem, type Tally } from '../test/policy/forms.js';
import { machine } from './support/machine.js';

const questions = labelledQuestions();
const examples = examplesOf(questions);
const sets = [...new Set(questions.map((q) => q.set))];
const pct = (right: number, of: number) => `${((100 * right) / of).toFixed(1)} % (${right}/${of})`;
const out = (line: string) => process.stdout.write(`${line}\n`);

out(machine());
out('1. the model alone, each set left out of its training:');
const leftOut = new Map<string, LeadModel>();
let right = 0;
for (const set of sets) {
  const model = deserialize(serialize(train(examples.filter((_, i) => questions[i]?.set !== set)), {}));
  leftOut.set(set, model);
  const tested = examples.filter((_, i) => questions[i]?.set === set);
  const ok = tested.filter((e) => guess(model, features(e.text)).label === e.label).length;
  right += ok;
  out(`  ${set.padEnd(20)} ${pct(ok, tested.length)}`);
}
out(`  all                  ${pct(right, examples.length)}`);

out(
  '2. the answerer on each set: rules alone → with the second opinion of a model that did not learn the set:',
);
const ctx = demoContext();
const ask = (item: FormItem) =>
  answer(item.q, { ...ctx, ...(item.previous ? { previous: item.previous } : {}) });
const MEASURES = ['topCitation', 'refusal', 'form', 'mustMention', 'paired'] as const;
type Sum = Record<(typeof MEASURES)[number], Tally>;
const zero = (): Sum => Object.fromEntries(MEASURES.map((m) => [m, { right: 0, of: 0 }])) as Sum;
const totals = { rules: zero(), model: zero() };
const show = (t: Tally) => (t.of ? `${((100 * t.right) / t.of).toFixed(0)}` : '—');
for (const set of ownSetFiles().filter((file) => file !== 'questions.json')) {
  const items = formSet(set as Parameters<typeof formSet>[0]);
  const scored: Record<'rules' | 'model', CategoryScore> = { rules: undefined!, model: undefined! };
  for (const variant of ['rules', 'model'] as const) {
    useLeadModel(variant === 'rules' ? null : leftOut.get(set));
    scored[variant] = scoreForms(items, ask).get('all')!;
    for (const m of MEASURES) {
      totals[variant][m].right += scored[variant][m].right;
      totals[variant][m].of += scored[variant][m].of;
    }
  }
  out(
    `  ${set.padEnd(20)} ` +
      MEASURES.map((m) => `${m} ${show(scored.rules[m])} → ${show(scored.model[m])}`).join('; '),
  );
}
useLeadModel(undefined);
out(
  `  all                  ` +
    MEASURES.map(
      (m) =>
        `${m} ${pct(totals.rules[m].right, totals.rules[m].of)} → ${pct(totals.model[m].right, totals.model[m].of)}`,
    ).join('; '),
);

const stored = serialize(train(examples), {});
const model = deserialize(stored);
const t0 = performance.now();
for (let round = 0; round < 20; round += 1) for (const e of examples) guess(model, features(e.text));
const each = (performance.now() - t0) / (20 * examples.length);
out(
  `3. stored: ${(stored.length / 1024).toFixed(0)} KiB, ${(gzipSync(stored).length / 1024).toFixed(0)} KiB gzipped; ` +
    `${model.weights.size} features; ${(each * 1000).toFixed(1)} µs per guess`,
);
