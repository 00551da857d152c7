import { describe, expect, it } from 'vitest';
import { answer } from '../../src/domain/policy/index.js';
import { demoContext, questionSet } from './fixtures.js';
import { formSet, scoreForms, type FormItem, type Tally } from './forms.js';

const ctx = demoContext();
const ask = (item: FormItem) =>
  answer(item.q, { ...ctx, ...(item.previous ? { previous: item.previous } : {}) });
const rate = (t: Tally) => t.right / Math.max(1, t.of);

describe('the v2 question set, written before tuning', () => {
  const items = formSet('questions-v2.json');

  it('brings the own sets to at least 250 questions, each v2 one in a category with its form', () => {
    expect(
      items.length + questionSet('questions.json').length + questionSet('holdout.json').length,
    ).toBeGreaterThanOrEqual(250);
    const categories = new Set(items.map((item) => item.category));
    for (const category of [
      'yes-no',
      'who',
      'which',
      'case',
      'colloquial',
      'traditional',
      'config',
      'follow-up',
    ]) {
      expect(categories).toContain(category);
    }
  });

  it('answers the form, names what it must, cites every clause of a case', () => {
    const all = scoreForms(items, ask).get('all');
    expect(rate(all!.topCitation)).toBeGreaterThanOrEqual(0.97);
    expect(rate(all!.refusal)).toBe(1);
    expect(rate(all!.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(all!.mustMention)).toBeGreaterThanOrEqual(0.95);
    expect(rate(all!.scenario)).toBe(1);
  });
});

describe('the v3 set of described cases and everyday wording, written before tuning', () => {
  const items = formSet('questions-v3.json');

  it('holds at least 60 questions, cases and colloquial ones', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((item) => item.category))).toEqual(new Set(['case', 'colloquial']));
  });

  it('weighs every stated fact of a case and names the clause that decides it', () => {
    const scores = scoreForms(items, ask);
    const cases = scores.get('case')!;
    expect(rate(cases.scenario)).toBe(1);
    expect(rate(cases.paired)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.mustMention)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(0.9);
    const colloquial = scores.get('colloquial')!;
    expect(rate(colloquial.form)).toBeGreaterThanOrEqual(0.9);
    expect(rate(colloquial.refusal)).toBe(1);
    expect(rate(colloquial.topCitation)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the v4 development set, written before tuning', () => {
  const items = formSet('questions-v4.json');

  it('holds at least 140 questions across the issue’s categories', () => {
    expect(items.length).toBeGreaterThanOrEqual(140);
  });

  // Described cases are tuned apart; these floors hold the other categories just under what they reach.
  it('answers the form, from the right clause, naming what it must', () => {
    const scores = scoreForms(items, ask);
    const all = scores.get('all')!;
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(0.87);
    expect(rate(all.refusal)).toBeGreaterThanOrEqual(0.97);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.94);
    expect(rate(all.mustMention)).toBeGreaterThanOrEqual(0.87);
    for (const name of ['colloquial', 'traditional', 'which', 'how-many', 'who', 'how-long']) {
      const category = scores.get(name)!;
      expect(rate(category.form), name).toBeGreaterThanOrEqual(0.95);
      expect(rate(category.refusal), name).toBe(1);
      expect(rate(category.topCitation), name).toBeGreaterThanOrEqual(0.95);
      expect(rate(category.mustMention), name).toBeGreaterThanOrEqual(0.95);
    }
    const config = scores.get('config')!;
    expect(rate(config.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(config.mustMention)).toBeGreaterThanOrEqual(0.95);
    expect(rate(scores.get('out-of-scope')!.refusal)).toBe(1);
    const followUp = scores.get('follow-up')!;
    expect(rate(followUp.topCitation)).toBeGreaterThanOrEqual(0.95);
    expect(rate(followUp.mustMention)).toBeGreaterThanOrEqual(0.95);
    expect(rate(followUp.form)).toBeGreaterThanOrEqual(0.95);
    const yesNo = scores.get('yes-no')!;
    expect(rate(yesNo.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(yesNo.mustMention)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the v4 set’s described cases, written before tuning', () => {
  const items = formSet('questions-v4.json');

  it('weighs every stated fact, names the clause beside it, and cites every deciding clause', () => {
    const cases = scoreForms(items, ask).get('case')!;
    expect(cases.items).toBeGreaterThanOrEqual(20);
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.mustMention)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.scenario)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.paired)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the v5 development set of cases and follow-ups, written before tuning', () => {
  const items = formSet('questions-v5.json');

  it('holds 90 questions, half of them described cases', () => {
    expect(items.length).toBeGreaterThanOrEqual(90);
  });

  // Floors just under what the answerer reaches; the set was written by someone who never read the code.
  it('weighs the cases’ facts in the officer’s words and reads follow-ups that change one fact', () => {
    const scores = scoreForms(items, ask);
    const cases = scores.get('case')!;
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(0.93);
    expect(rate(cases.form)).toBe(1);
    expect(rate(cases.mustMention)).toBeGreaterThanOrEqual(0.95);
    expect(rate(cases.scenario)).toBeGreaterThanOrEqual(0.94);
    expect(rate(cases.paired)).toBeGreaterThanOrEqual(0.97);
    const followUp = scores.get('follow-up')!;
    expect(rate(followUp.topCitation)).toBeGreaterThanOrEqual(0.95);
    expect(rate(followUp.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(followUp.mustMention)).toBe(1);
    expect(rate(followUp.refusal)).toBe(1);
    expect(rate(scores.get('out-of-scope')!.refusal)).toBe(1);
    const colloquial = scores.get('colloquial')!;
    expect(rate(colloquial.form)).toBe(1);
    expect(rate(colloquial.mustMention)).toBe(1);
    const yesNo = scores.get('yes-no')!;
    expect(rate(yesNo.form)).toBe(1);
    expect(rate(yesNo.mustMention)).toBe(1);
    expect(rate(scores.get('all')!.refusal)).toBe(1);
  });
});

describe('the v8 development set of follow-ups, dialect and near-misses, written before tuning', () => {
  const items = formSet('questions-v8.json');

  it('holds 90 questions: follow-ups, colloquial one-liners and out-of-scope near-misses', () => {
    expect(items.length).toBeGreaterThanOrEqual(90);
    expect(new Set(items.map((item) => item.category))).toEqual(
      new Set(['follow-up', 'colloquial', 'out-of-scope']),
    );
  });

  // Floors a little under what the answerer reaches.
  it('reads follow-ups with the question before, dialect and typos as the scheme’s words, and refuses near-misses', () => {
    const scores = scoreForms(items, ask);
    const followUp = scores.get('follow-up')!;
    expect(rate(followUp.topCitation)).toBeGreaterThanOrEqual(0.93);
    expect(rate(followUp.refusal)).toBe(1);
    expect(rate(followUp.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(followUp.mustMention)).toBeGreaterThanOrEqual(0.92);
    const colloquial = scores.get('colloquial')!;
    expect(rate(colloquial.topCitation)).toBeGreaterThanOrEqual(0.95);
    expect(rate(colloquial.refusal)).toBe(1);
    expect(rate(colloquial.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(colloquial.mustMention)).toBeGreaterThanOrEqual(0.95);
    expect(rate(scores.get('out-of-scope')!.refusal)).toBe(1);
    const all = scores.get('all')!;
    expect(rate(all.refusal)).toBe(1);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.96);
  });
});

describe('the v7 probe set, written from probing the bot before tuning', () => {
  const items = formSet('questions-v7.json');

  it('holds 40 probes: non-site checks, everyday synonyms, near-misses, general asks and forms', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
  });

  // Floors a little under what the answerer reaches.
  it('answers the form from the right clause, refuses the near-misses, and invents no case', () => {
    const scores = scoreForms(items, ask);
    const all = scores.get('all')!;
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(0.94);
    expect(rate(all.refusal)).toBeGreaterThanOrEqual(0.97);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(all.mustMention)).toBeGreaterThanOrEqual(0.94);
    expect(rate(scores.get('out-of-scope')!.refusal)).toBe(1);
    const yesNo = scores.get('yes-no')!;
    expect(rate(yesNo.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(yesNo.topCitation)).toBeGreaterThanOrEqual(0.95);
    expect(rate(yesNo.mustMention)).toBeGreaterThanOrEqual(0.95);
    for (const name of ['which', 'open']) {
      const category = scores.get(name)!;
      expect(rate(category.refusal), name).toBe(1);
      expect(rate(category.topCitation), name).toBe(1);
    }
  });
});

describe('the v6 development set of described cases over every clause, written before tuning', () => {
  const items = formSet('questions-v6.json');

  it('holds 100 questions, most of them described cases', () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(items.filter((item) => item.category === 'case').length).toBeGreaterThanOrEqual(60);
  });

  // Floors a little under what the answerer reaches; the set was written by someone who never read the code.
  it('weighs each case’s facts beside the clause that decides them, whichever clause it is', () => {
    const scores = scoreForms(items, ask);
    const cases = scores.get('case')!;
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(0.88);
    expect(rate(cases.refusal)).toBe(1);
    expect(rate(cases.form)).toBeGreaterThanOrEqual(0.93);
    expect(rate(cases.mustMention)).toBeGreaterThanOrEqual(0.9);
    expect(rate(cases.scenario)).toBeGreaterThanOrEqual(0.84);
    expect(rate(cases.paired)).toBeGreaterThanOrEqual(0.9);
    const followUp = scores.get('follow-up')!;
    expect(rate(followUp.topCitation)).toBeGreaterThanOrEqual(0.9);
    expect(rate(followUp.refusal)).toBe(1);
    expect(rate(followUp.form)).toBeGreaterThanOrEqual(0.9);
    expect(rate(followUp.mustMention)).toBeGreaterThanOrEqual(0.85);
    expect(rate(scores.get('out-of-scope')!.refusal)).toBe(1);
    const yesNo = scores.get('yes-no')!;
    expect(rate(yesNo.topCitation)).toBeGreaterThanOrEqual(0.95);
    expect(rate(yesNo.form)).toBeGreaterThanOrEqual(0.95);
    expect(rate(yesNo.mustMention)).toBeGreaterThanOrEqual(0.95);
    const all = scores.get('all')!;
    expect(rate(all.refusal)).toBe(1);
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(0.91);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.94);
  });
});

describe('the v2 held-out set, written by someone who did not tune', () => {
  it('is mostly answered in the form asked, from the right clause', () => {
    const all = scoreForms(formSet('../corpus/policy-holdout-v2.json'), ask).get('all');
    expect(rate(all!.topCitation)).toBeGreaterThanOrEqual(0.9);
    expect(rate(all!.refusal)).toBeGreaterThanOrEqual(0.95);
    expect(rate(all!.form)).toBeGreaterThanOrEqual(0.85);
    expect(rate(all!.mustMention)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the v3 held-out set, written by someone who did not tune', () => {
  // Floors a little under what it scores, so a change that answers fewer of its questions shows.
  it('is mostly answered in the form asked, from the right clause, with cases weighed', () => {
    const scores = scoreForms(formSet('../corpus/policy-holdout-v3.json'), ask);
    const all = scores.get('all')!;
    expect(all.items).toBeGreaterThanOrEqual(100);
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(0.88);
    expect(rate(all.refusal)).toBeGreaterThanOrEqual(0.95);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.85);
    expect(rate(all.mustMention)).toBeGreaterThanOrEqual(0.8);
    expect(rate(scores.get('case')!.paired)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the v4 held-out set, written by someone who did not tune', () => {
  // Floors a little under what was reached without tuning on it: a guard against regressions, not a target.
  it('keeps its scores', () => {
    const scores = scoreForms(formSet('../corpus/policy-holdout-v4.json'), ask);
    const all = scores.get('all')!;
    expect(all.items).toBeGreaterThanOrEqual(90);
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(0.86);
    expect(rate(all.refusal)).toBeGreaterThanOrEqual(0.95);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.87);
    expect(rate(all.mustMention)).toBeGreaterThanOrEqual(0.86);
    expect(rate(scores.get('case')!.paired)).toBeGreaterThanOrEqual(0.88);
  });
});

describe('the v9 set of described cases in varied styles, written blind before tuning', () => {
  const items = formSet('questions-v9.json');

  it('holds 60 described cases', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(items.every((item) => item.category === 'case')).toBe(true);
  });

  // Floors a little under what the answerer reaches: leaders' 「可否」, numbered facts, run-on text, calls quoted.
  it('reads the ask and the facts whatever the style, and leads with the clause asked', () => {
    const cases = scoreForms(items, ask).get('case')!;
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(0.93);
    expect(rate(cases.refusal)).toBeGreaterThanOrEqual(0.98);
    expect(rate(cases.form)).toBeGreaterThanOrEqual(0.93);
    expect(rate(cases.mustMention)).toBeGreaterThanOrEqual(0.9);
    expect(rate(cases.scenario)).toBeGreaterThanOrEqual(0.75);
    expect(rate(cases.paired)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the v10–v12 sets of described cases (reports, phones, five writers), written blind before tuning', () => {
  // Floors a little under what the answerer reaches.
  it.each([
    ['questions-v10.json', 0.93, 0.95, 0.95, 0.95],
    ['questions-v11.json', 0.95, 0.95, 0.95, 0.95],
    ['questions-v12.json', 0.88, 0.93, 0.8, 0.84],
  ] as const)(
    '%s leads with the clause asked and names each fact with its clause',
    (file, top, form, scenario, paired) => {
      const scores = scoreForms(formSet(file), ask);
      const cases = scores.get('case')!;
      expect(cases.items).toBeGreaterThanOrEqual(60);
      expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(top);
      expect(rate(cases.form)).toBeGreaterThanOrEqual(form);
      expect(rate(cases.scenario)).toBeGreaterThanOrEqual(scenario);
      expect(rate(cases.paired)).toBeGreaterThanOrEqual(paired);
      expect(rate(scores.get('out-of-scope')!.refusal)).toBe(1);
    },
  );
});

describe('the v5 and v6 held-out sets of described cases, written by people who did not tune', () => {
  // Floors a little under what was reached without tuning on them: a guard against regressions, not a target.
  it.each([
    ['../corpus/policy-holdout-v5.json', 55, 0.71, 0.84, 0.82, 0.73],
    ['../corpus/policy-holdout-v6.json', 60, 0.83, 0.72, 0.84, 0.8],
  ] as const)('%s keeps its scores', (file, items, top, form, paired, refusal) => {
    const scores = scoreForms(formSet(file), ask);
    const cases = scores.get('case')!;
    expect(cases.items).toBeGreaterThanOrEqual(items);
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(top);
    expect(rate(cases.form)).toBeGreaterThanOrEqual(form);
    expect(rate(cases.paired)).toBeGreaterThanOrEqual(paired);
    expect(rate(scores.get('out-of-scope')!.refusal)).toBeGreaterThanOrEqual(refusal);
  });
});

describe('the v7 held-out set over every form, written by five people who did not tune', () => {
  // Floors a little under what was reached without tuning on it: a guard against regressions, not a target.
  it('keeps its scores', () => {
    const scores = scoreForms(formSet('../corpus/policy-holdout-v7.json'), ask);
    const all = scores.get('all')!;
    expect(all.items).toBeGreaterThanOrEqual(100);
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(0.83);
    expect(rate(all.refusal)).toBeGreaterThanOrEqual(0.93);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.88);
    expect(rate(scores.get('case')!.topCitation)).toBeGreaterThanOrEqual(0.7);
    expect(rate(scores.get('case')!.textLead)).toBeGreaterThanOrEqual(0.7);
    expect(rate(scores.get('out-of-scope')!.refusal)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the v8 held-out set, written by ten people who did not tune (forty described cases first)', () => {
  // Floors a little under what is measured: a guard against regressions, not a target.
  it('keeps its scores', () => {
    const scores = scoreForms(formSet('../corpus/policy-holdout-v8.json'), ask);
    const all = scores.get('all')!;
    const cases = scores.get('case')!;
    expect(all.items).toBeGreaterThanOrEqual(100);
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(0.8);
    expect(rate(all.refusal)).toBeGreaterThanOrEqual(0.93);
    expect(rate(all.form)).toBeGreaterThanOrEqual(0.82);
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(0.7);
    expect(rate(cases.textLead)).toBeGreaterThanOrEqual(0.7);
    expect(rate(cases.paired)).toBeGreaterThanOrEqual(0.74);
    expect(rate(scores.get('near-miss')!.refusal)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the v11–v14 held-out sets, written after the choices they measure (every clause a case turns on)', () => {
  // Floors a little under what is measured: a guard against regressions, not a target.
  it.each([
    ['../corpus/policy-holdout-v11.json', 0.6, 0.6],
    ['../corpus/policy-holdout-v12.json', 0.62, 0.6],
    ['../corpus/policy-holdout-v13.json', 0.4, 0.7],
    ['../corpus/policy-holdout-v14.json', 0.5, 0.65],
  ] as const)('%s keeps its scores', (file, scenario, top) => {
    const scores = scoreForms(formSet(file), ask);
    const cases = scores.get('case')!;
    expect(rate(cases.scenario)).toBeGreaterThanOrEqual(scenario);
    expect(rate(cases.topCitation)).toBeGreaterThanOrEqual(top);
    expect(rate(scores.get('all')!.refusal)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the v13 set of near-misses and look-alikes in scope, written blind before tuning', () => {
  it('refuses what the scheme does not cover and answers what it does', () => {
    const scores = scoreForms(formSet('questions-v13.json'), ask);
    expect(scores.get('out-of-scope')!.items).toBeGreaterThanOrEqual(40);
    expect(rate(scores.get('all')!.refusal)).toBe(1);
    expect(rate(scores.get('all')!.form)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the v14–v36 sets, written blind before tuning (every clause, near-misses, ten officers, misleading keywords, seldom clauses, data, follow-ups, short asks, cases after the fact, work logs, the form asked, dictation, every sender, a first month, where inspections start, five new writers, reviewers and joint visits, review opinions, voice input and night duty, follow-ups chased and data anomalies, sections forwarding clues and long accounts)', () => {
  // Floors a little under what the answerer reaches with the lead model, which has learnt these sets.
  it.each([
    ['questions-v14.json', 0.82, 0.97, 0.82, 0.73],
    ['questions-v15.json', 0.89, 0.98, 0.97, 0.97],
    ['questions-v16.json', 0.86, 0.95, 0.88, 0.83],
    ['questions-v17.json', 0.88, 0.97, 0.9, 0.84],
    ['questions-v18.json', 0.93, 0.97, 0.92, 0.8],
    ['questions-v19.json', 0.94, 0.97, 0.96, 0.96],
    ['questions-v20.json', 0.82, 0.98, 0.95, 0.9],
    ['questions-v21.json', 0.94, 0.98, 0.97, 0.97],
    ['questions-v22.json', 0.97, 0.98, 0.97, 0.93],
    ['questions-v23.json', 0.8, 0.97, 0.97, 0.85],
    ['questions-v24.json', 0.86, 0.97, 0.96, 0.93],
    ['questions-v25.json', 0.75, 0.92, 0.87, 0.74],
    ['questions-v26.json', 0.95, 0.97, 0.96, 0.93],
    ['questions-v27.json', 0.91, 0.97, 0.96, 0.94],
    ['questions-v28.json', 0.85, 0.92, 0.83, 0.78],
    ['questions-v29.json', 0.94, 0.94, 0.93, 0.88],
    ['questions-v30.json', 0.8, 0.97, 0.77, 0.73],
    ['questions-v31.json', 0.93, 0.98, 0.93, 0.92],
    ['questions-v32.json', 0.88, 0.98, 0.93, 0.84],
    ['questions-v33.json', 0.88, 0.98, 0.9, 0.84],
    ['questions-v34.json', 0.92, 0.96, 0.94, 0.85],
    ['questions-v35.json', 0.72, 0.96, 0.83, 0.6],
    ['questions-v36.json', 0.78, 0.93, 0.88, 0.7],
  ] as const)('%s keeps its scores', (file, top, refusal, form, mention) => {
    const all = scoreForms(formSet(file), ask).get('all')!;
    expect(rate(all.topCitation)).toBeGreaterThanOrEqual(top);
    expect(rate(all.refusal)).toBeGreaterThanOrEqual(refusal);
    expect(rate(all.form)).toBeGreaterThanOrEqual(form);
    expect(rate(all.mustMention)).toBeGreaterThanOrEqual(mention);
  });
});
