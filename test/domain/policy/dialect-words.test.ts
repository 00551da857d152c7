import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { askedForm } from '../../../src/domain/policy/form.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('Shanxi and northern dialect read in the scheme’s words', () => {
  it.each([
    ['专项方案咋介报批', '专项方案怎么报批'],
    ['安静期甚时候结束', '安静期什么时候结束'],
    ['去了现场做甚要先报批', '去了现场干什么要先报批'],
    ['企业问查出甚了', '企业问查出什么了'],
    ['那分局的嘞', '那分局的呢'],
    ['这回还得报批不咧', '这回还得报批吗'],
    ['这样安排能行不', '这样安排行不行'],
    // 甚至 is no dialect.
    ['甚至一年查了五次', '甚至一年查了五次'],
  ])('%s reads as %s', (asked, read) => {
    expect(everyday(asked)).toBe(read);
  });

  it.each([
    // Telling the enterprise back, asked by when: no period set, then 第6条's 及时.
    ['查完了甚时候跟企业回个话', '6', /^实施方案未规定具体/],
    ['检查完多会儿给厂家回话', '6', /^实施方案未规定具体/],
    // Sparing a penalty written 不处罚: 第13条 or 第14条 answers, not a refusal.
    ['企业初次违法情节轻微 不处罚的话还要做些什么', '14', undefined],
  ])('%s is answered from 第%s条', (asked, clause, opens) => {
    const result = answer(asked, ctx);
    expect(result.citations[0]?.clause, `${asked} → ${result.answer}`).toBe(clause);
    if (opens) expect(firstSentence(result.answer)).toMatch(opens);
  });
});

describe('「什么时候」 asks a period only of a duty the scheme sets', () => {
  it.each([
    ['线索什么时候移交给分局', 'quantity'],
    ['处罚决定何时公开', 'quantity'],
    ['执行报告年报什么时候交', 'open'],
  ] as const)('%s asks %s', (question, form) => {
    expect(askedForm(question)).toBe(form);
  });
});
