/**
 * The clause model measured on described cases it did not learn from: each own set is left out in
 * turn, and the lead model and the clause model are trained on the others (as stored). Prints per
 * set and in total, for the cases, the answer without the clause model → with it: how often it cites
 * every clause the writer labelled (scenario), each stated fact beside its clause (fact+clause),
 * how many of its quotes are of a labelled clause, and how many clauses the model added, how many
 * labelled; then the stored size and time per call.
 * `npx tsx bench/policy-clause-model.ts`
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { answer } from '../src/domain/policy/index.js';
import { decidingClauses, useClauseModel, useLeadModel } from '../src/domain/policy/lead-model/index.js';
import { deserialize, serialize, type LeadModel } from '../src/domain/policy/lead-model/model.js';
import { train } from '../src/domain/policy/lead-model/train.js';
import { CLAUSE_SMALLEST_WEIGHT, trainClauses } from '../src/domain/policy/lead-model/train-clauses.js';
import {
  clauseExamplesOf,
  examplesOf,
  labelledQuestions,
  ownSetFiles,
} from '../scripts/policy-model-sets.js';
import { demoContext } from '../test/policy/fixtures.js';
import { formSet, scoreForms, type FormItem, type Tally } from '../test/policy/forms.js';
import { machine } from './support/machine.js';

const out = (line: string) => process.stdout.write(`${line}\n`);
const pct = (t: Tally) => (t.of ? `${((100 * t.right) / t.of).toFixed(1)} % (${t.right}/${t.of})` : '—');
const questions = labelledQuestions();
const leads = examplesOf(questions);
const clauses = clauseExamplesOf(questions);
const ctx = demoContext();
const ask = (item: FormItem) =>
  answer(item.q, { ...ctx, ...(item.previous ? { previous: item.previous } : {}) });
const stored = (model: LeadModel, smallest?: number) => deserialize(serialize(model, {}, smallest));

interface Sum {
  scenario: Tally;
  paired: Tally;
  quotes: Tally;
}
const zero = (): Sum => ({
  scenario: { right: 0, of: 0 },
  paired: { right: 0, of: 0 },
  quotes: { right: 0, of: 0 },
});
function add(to: Tally, from: Tally): void {
  to.right += from.right;
  to.of += from.of;
}
const totals = { without: zero(), with: zero(), added: { right: 0, of: 0 } };

function score(items: FormItem[], into: Sum): Map<string, Set<string>> {
  const cases = items.filter((item) => item.category === 'case');
  const s = scoreForms(cases, ask).get('all');
  if (s) {
    add(into.scenario, s.scenario);
    add(into.paired, s.paired);
  }
  const cited = new Map<string, Set<string>>();
  for (const item of cases) {
    const clausesCited = new Set(ask(item).citations.map((c) => c.clause as string));
    cited.set(item.id, clausesCited);
    for (const clause of clausesCited)
      add(into.quotes, { right: item.clauses.includes(clause as never) ? 1 : 0, of: 1 });
  }
  return cited;
}

out(machine());
out("the own sets' cases, each set left out of both models' training: without the clause model → with it");
for (const set of ownSetFiles().filter((file) => file !== 'questions.json')) {
  const kept = (_: unknown, i: number) => questions[i]?.set !== set;
  useLeadModel(stored(train(leads.filter(kept))));
  const items = formSet(set as Parameters<typeof formSet>[0]);
  const mine = { without: zero(), with: zero() };
  useClauseModel(null);
  const before = score(items, mine.without);
  useClauseModel(stored(trainClauses(clauses.filter(kept)), CLAUSE_SMALLEST_WEIGHT));
  const after = score(items, mine.with);
  let added = 0;
  let right = 0;
  for (const item of items) {
    for (const clause of after.get(item.id) ?? []) {
      if (before.get(item.id)?.has(clause)) continue;
      added += 1;
      if (item.clauses.includes(clause as never)) right += 1;
    }
  }
  add(totals.added, { right, of: added });
  for (const k of ['scenario', 'paired', 'quotes'] as const) {
    add(totals.without[k], mine.without[k]);
    add(totals.with[k], mine.with[k]);
  }
  if (mine.with.quotes.of)
    out(
      `  ${set.padEnd(20)} scenario ${pct(mine.without.scenario)} → ${pct(mine.with.scenario)}; ` +
        `fact+clause ${pct(mine.without.paired)} → ${pct(mine.with.paired)}; added ${right}/${added} labelled`,
    );
}
out(
  `  all                  scenario ${pct(totals.without.scenario)} → ${pct(totals.with.scenario)}; ` +
    `fact+clause ${pct(totals.without.paired)} → ${pct(totals.with.paired)}; ` +
    `quotes of a labelled clause ${pct(totals.without.quotes)} → ${pct(totals.with.quotes)}; ` +
    `clauses added ${totals.added.of}, labelled ${pct(totals.added)}`,
);
useLeadModel(undefined);
useClauseModel(undefined);

const text = serialize(trainClauses(clauses), {}, CLAUSE_SMALLEST_WEIGHT);
const t0 = performance.now();
for (const item of questions) decidingClauses(item.q, item.previous);
const each = (performance.now() - t0) / questions.length;
out(
  `stored: ${(text.length / 1024).toFixed(0)} KiB, ${(gzipSync(text).length / 1024).toFixed(0)} KiB gzipped; ` +
    `${(each * 1000).toFixed(1)} µs per call`,
);
