/**
 * Answers every question of the policy sets many times in one process and prints throughput and
 * latency, then the scores per set and, for the v2 sets, per category. Run with
 * `npx tsx bench/policy-answers.ts [rounds] [--misses] [--rules-only]`; `--misses` lists what the own v2–v13 sets
 * get wrong (never the held-out set's, which is not for tuning).
 */
import { performance } from 'node:perf_hooks';
import { answer } from '../src/domain/policy/index.js';
import { useLeadModel } from '../src/domain/policy/lead-model/index.js';
import { machine } from './support/machine.js';
import { demoContext, questionSet, scoreSet, type SetScore } from '../test/policy/fixtures.js';
import { formatScores, formSet, misses, scoreForms, type FormItem } from '../test/policy/forms.js';

const args = process.argv.slice(2);
const rounds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 200);
// `--rules-only`: the answerer without the lead model's second opinion.
if (args.includes('--rules-only')) useLeadModel(null);
const ctx = demoContext();
const sets = { 'question set': questionSet('questions.json'), 'held-out set': questionSet('holdout.json') };
const formSets = {
  'v2 question set': formSet('questions-v2.json'),
  'v3 question set (cases, colloquial)': formSet('questions-v3.json'),
  'v4 question set': formSet('questions-v4.json'),
  'v5 question set (cases, follow-ups)': formSet('questions-v5.json'),
  'v6 question set (cases)': formSet('questions-v6.json'),
  'v7 question set (probes)': formSet('questions-v7.json'),
  'v8 question set (follow-ups, colloquial, near-misses)': formSet('questions-v8.json'),
  'v9 question set (cases, styles)': formSet('questions-v9.json'),
  'v10 question set (cases, reports)': formSet('questions-v10.json'),
  'v11 question set (cases, typed on phones)': formSet('questions-v11.json'),
  'v12 question set (cases, five writers)': formSet('questions-v12.json'),
  'v13 question set (near-misses)': formSet('questions-v13.json'),
  'v14 question set (every clause leads)': formSet('questions-v14.json'),
  'v15 question set (near-misses, look-alikes)': formSet('questions-v15.json'),
  'v16 question set (every clause, four ways)': formSet('questions-v16.json'),
  'v17 question set (ten officers)': formSet('questions-v17.json'),
  'v18 question set (misleading keywords)': formSet('questions-v18.json'),
  'v19 question set (clauses seldom asked)': formSet('questions-v19.json'),
  'v20 question set (common clauses, bureau data)': formSet('questions-v20.json'),
  'v21 question set (follow-ups, traditional, typos)': formSet('questions-v21.json'),
  'v22 question set (short asks, every clause)': formSet('questions-v22.json'),
  'v23 question set (cases after the fact, near-misses)': formSet('questions-v23.json'),
  'v24 question set (a month of chat, mixed)': formSet('questions-v24.json'),
  'v25 question set (cases as work logs, near-misses)': formSet('questions-v25.json'),
  'v26 question set (the form of the ask)': formSet('questions-v26.json'),
  'v27 question set (dictated, pasted, terse, mixed scripts)': formSet('questions-v27.json'),
  'v28 question set (cases from every kind of sender)': formSet('questions-v28.json'),
  "v29 question set (a new officer's first month)": formSet('questions-v29.json'),
  'v30 question set (cases from where inspections start)': formSet('questions-v30.json'),
  'v31 question set (five new writers, every form)': formSet('questions-v31.json'),
  "v32 question set (reviewers', supervisors' and joint visits' cases)": formSet('questions-v32.json'),
  'v33 question set (review opinions, messages after a visit, file checks, joint visits)':
    formSet('questions-v33.json'),
  'v34 question set (voice input, forwarded complaints, a new section chief, night duty, group chats)':
    formSet('questions-v34.json'),
  "v35 question set (follow-ups chased, next month's plan, a leader's doubt, data anomalies, visits gone wrong, 送法入企)":
    formSet('questions-v35.json'),
  "v36 question set (sections forwarding clues, a branch chief's 请示, night duty, long accounts, fast typing)":
    formSet('questions-v36.json'),
  'v2 held-out set': formSet('../corpus/policy-holdout-v2.json'),
  'v3 held-out set': formSet('../corpus/policy-holdout-v3.json'),
  'v4 held-out set': formSet('../corpus/policy-holdout-v4.json'),
  'v5 held-out set': formSet('../corpus/policy-holdout-v5.json'),
  'v6 held-out set': formSet('../corpus/policy-holdout-v6.json'),
  'v7 held-out set (five writers, every form)': formSet('../corpus/policy-holdout-v7.json'),
  'v8 held-out set (ten writers, cases first)': formSet('../corpus/policy-holdout-v8.json'),
  'v9 held-out set (a supervisor, 送法入企, short asks, traditional, a seconded officer)': formSet(
    '../corpus/policy-holdout-v9.json',
  ),
  'v10 held-out set (a legal officer, at the gate, for the boss, a week told, forms and data)': formSet(
    '../corpus/policy-holdout-v10.json',
  ),
  'v11 held-out set (a deputy head, a joint visit, a legal reviewer, a first month, from the car)': formSet(
    '../corpus/policy-holdout-v11.json',
  ),
  "v12 held-out set (a township station, next year's plan, an objection answered, a night inspection, before signing)":
    formSet('../corpus/policy-holdout-v12.json'),
  'v13 held-out set (a new branch head, a squad leader, a 12345 clue, after the visit, a provincial inspector)':
    formSet('../corpus/policy-holdout-v13.json'),
  'v14 held-out set (dialect on a phone, 法规与标准科, a data analyst, a pasted group chat, a file inspection ahead)':
    formSet('../corpus/policy-holdout-v14.json'),
};
const askForm = (item: FormItem) =>
  answer(item.q, { ...ctx, ...(item.previous ? { previous: item.previous } : {}) });
const questions = [
  ...Object.values(sets).flatMap((items) => items.map((item) => item.q)),
  ...Object.values(formSets).flatMap((items) => items.map((item) => item.q)),
];

const startUp = performance.now();
answer(questions[0] ?? '', ctx);
const firstAnswer = performance.now() - startUp;

// Warm the JIT before measuring.
for (let round = 0; round < 20; round += 1) for (const question of questions) answer(question, ctx);

const wall = new Float64Array(rounds * questions.length);
const cpu = new Float64Array(rounds * questions.length);
const cpuBefore = process.cpuUsage();
const started = performance.now();
let i = 0;
for (let round = 0; round < rounds; round += 1) {
  for (const question of questions) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    answer(question, ctx);
    wall[i] = performance.now() - t0;
    const used = process.cpuUsage(c0);
    cpu[i++] = (used.user + used.system) / 1000;
  }
}
const elapsed = performance.now() - started;
const cpuTotal = process.cpuUsage(cpuBefore);

function percentiles(samples: Float64Array): string {
  const sorted = samples.slice().sort();
  const at = (p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(3);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`;
}

console.log(machine());
console.log(`questions: ${questions.length} × ${rounds} rounds = ${wall.length} answers`);
console.log(`first answer (builds the index): ${firstAnswer.toFixed(1)} ms`);
console.log(`throughput: ${Math.round(wall.length / (elapsed / 1000))} questions/s (wall clock)`);
console.log(`latency: ${percentiles(wall)} (wall clock)`);
// On a shared machine wall time includes waiting for a core; CPU time shows the work itself.
const cpuSeconds = (cpuTotal.user + cpuTotal.system) / 1e6;
console.log(`throughput: ${Math.round(wall.length / cpuSeconds)} questions per CPU second`);
console.log(`latency: ${percentiles(cpu)} (CPU time of this process)`);

const part = ({ right, of }: { right: number; of: number }) => `${right}/${of}`;
const line = (s: SetScore) =>
  `${(s.rate * 100).toFixed(1)} % fully right; top citation ${part(s.topCitation)}, out of scope refused ` +
  `${part(s.outOfScopeRefused)}, described cases with every clause ${part(s.describedFullyCited)}` +
  (s.wrong.length ? `; wrong: ${s.wrong.join(', ')}` : '');
for (const [name, items] of Object.entries(sets))
  console.log(`${name} (${items.length}): ${line(scoreSet(items, (q) => answer(q, ctx)))}`);
for (const [name, items] of Object.entries(formSets)) {
  console.log(`${name} (${items.length}), per category:`);
  for (const line of formatScores(scoreForms(items, askForm))) console.log(line);
}
if (args.includes('--misses'))
  for (const own of [
    formSets['v2 question set'],
    formSets['v3 question set (cases, colloquial)'],
    formSets['v4 question set'],
    formSets['v5 question set (cases, follow-ups)'],
    formSets['v6 question set (cases)'],
    formSets['v7 question set (probes)'],
    formSets['v8 question set (follow-ups, colloquial, near-misses)'],
    formSets['v9 question set (cases, styles)'],
  ])
    for (const line of misses(own, askForm)) console.log(line);
