/**
 * How far apart two people are on the held-out described cases, and where the answerer stands
 * between them. The writers of the held-out sets labelled each case's clauses; a second annotator,
 * who saw only the questions and the scheme, labelled them again
 * (test/corpus/policy-holdout-second-labels.json). Run with `npx tsx bench/policy-agreement.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answer } from '../src/domain/policy/index.js';
import { demoContext } from '../test/policy/fixtures.js';
import { formSet, type FormItem } from '../test/policy/forms.js';

interface SecondLabel {
  id: string;
  clauses: string[];
  alsoAcceptableFirst: string[];
  form: string;
  answer: string | null;
}

const second = new Map(
  (
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../test/corpus/policy-holdout-second-labels.json', import.meta.url)),
        'utf8',
      ),
    ) as SecondLabel[]
  ).map((label) => [label.id, label]),
);
const ctx = demoContext();
const percent = (n: number, of: number) => `${Math.round((100 * n) / of)} % (${n}/${of})`;

const isCase = (item: FormItem) => item.category === 'case';
/** v7–v14 were labelled twice over every form, so every question in scope is compared. */
const inScope = (item: FormItem) => item.clauses.length > 0;
for (const [name, file, which] of [
  ['v4 held-out cases', '../corpus/policy-holdout-v4.json', isCase],
  ['v5 held-out cases', '../corpus/policy-holdout-v5.json', isCase],
  ['v6 held-out cases', '../corpus/policy-holdout-v6.json', isCase],
  ['v7 held-out cases', '../corpus/policy-holdout-v7.json', isCase],
  ['v7 held-out, every question in scope', '../corpus/policy-holdout-v7.json', inScope],
  ['v8 held-out cases', '../corpus/policy-holdout-v8.json', isCase],
  ['v8 held-out, every question in scope', '../corpus/policy-holdout-v8.json', inScope],
  ['v9 held-out cases', '../corpus/policy-holdout-v9.json', isCase],
  ['v9 held-out, every question in scope', '../corpus/policy-holdout-v9.json', inScope],
  ['v10 held-out cases', '../corpus/policy-holdout-v10.json', isCase],
  ['v10 held-out, every question in scope', '../corpus/policy-holdout-v10.json', inScope],
  ['v11 held-out cases', '../corpus/policy-holdout-v11.json', isCase],
  ['v11 held-out, every question in scope', '../corpus/policy-holdout-v11.json', inScope],
  ['v12 held-out cases', '../corpus/policy-holdout-v12.json', isCase],
  ['v12 held-out, every question in scope', '../corpus/policy-holdout-v12.json', inScope],
  ['v13 held-out cases', '../corpus/policy-holdout-v13.json', isCase],
  ['v13 held-out, every question in scope', '../corpus/policy-holdout-v13.json', inScope],
  ['v14 held-out cases', '../corpus/policy-holdout-v14.json', isCase],
  ['v14 held-out, every question in scope', '../corpus/policy-holdout-v14.json', inScope],
] as const) {
  const cases = formSet(file).filter((item: FormItem) => which(item) && second.has(item.id));
  let agree = 0;
  let botWriter = 0;
  let botEither = 0;
  let botSecondSet = 0;
  for (const item of cases) {
    const label = second.get(item.id) as SecondLabel;
    const result = answer(item.q, { ...ctx, ...(item.previous ? { previous: item.previous } : {}) });
    const lead = result.citations[0]?.clause;
    const cited = new Set(result.citations.map((citation) => citation.clause as string));
    if (label.clauses[0] === item.clauses[0]) agree += 1;
    if (lead === item.clauses[0]) botWriter += 1;
    if (lead && [item.clauses[0], label.clauses[0], ...label.alsoAcceptableFirst].includes(lead))
      botEither += 1;
    if (label.clauses.every((clause) => cited.has(clause))) botSecondSet += 1;
  }
  console.log(
    `${name} (${cases.length}): the two annotators lead with the same clause ${percent(agree, cases.length)}; ` +
      `the answer leads with the writer's ${percent(botWriter, cases.length)}, ` +
      `with one either annotator accepts ${percent(botEither, cases.length)}; ` +
      `cites every clause of the second annotator ${percent(botSecondSet, cases.length)}`,
  );
}
