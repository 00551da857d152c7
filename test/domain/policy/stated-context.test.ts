import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { statedFacts } from '../../../src/domain/policy/stated-context.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const cited = (question: string): string[] => answer(question, ctx).citations.map((c) => c.clause);

describe.each([
  ['the rules alone', null],
  ['the product', undefined],
] as const)('a stated fact does not take the lead from the ask (%s)', (_, model) => {
  beforeEach(() => useLeadModel(model));
  afterEach(() => useLeadModel(undefined));

  it.each([
    ['白名单上那家厂这回去查，执法记录仪得一直开着吗', '6', '9'],
    ['安静期里报了一把手才去的那家厂，检查完结果要不要告诉企业', '6', '10'],
    ['正面清单里那家企业查出问题整改好了，后面还用做整改核查吗', '15', '9'],
    ['专项里查出的案子，后来有人不作为乱作为，方案怎么说', 'org-2', '4'],
  ])('%s leads with 第%s条 and names the fact with 第%s条', (question, lead, fact) => {
    const clauses = cited(question);
    expect(clauses[0]).toBe(lead);
    expect(clauses).toContain(fact);
  });
});

describe('each stated fact is named beside its own clause', () => {
  beforeEach(() => useLeadModel(null));
  afterEach(() => useLeadModel(undefined));

  it.each([
    ['安静期内监控中心发现一家企业有违法风险，能不能先提醒一下', '安静期', '第10条'],
    ['群众举报查实了，企业也不是故意的，处理时要看主观故意吗', '举报', '第3条'],
    ['双随机抽中那家厂，现场检查时能顺带普法吗', '双随机', '第3条'],
  ])('%s', (question, word, tag) => {
    const text = answer(question, ctx).answer;
    expect(text.split(/[；。]/).some((part) => part.includes(word) && part.includes(tag))).toBe(true);
  });

  it('finds one fact per family, as the officer wrote it', () => {
    expect(statedFacts('白名单企业被群众举报了，安静期里能去吗').map((f) => [f.word, f.clause])).toEqual([
      ['白名单', '9'],
      ['安静期', '10'],
      ['群众举报', '3'],
    ]);
  });

  it('adds nothing to a question that states no background', () => {
    expect(answer('执法记录仪要全程开着吗', ctx).answer).not.toMatch(/第9条|第10条/);
  });
});

describe('a plain A-not-A ask and colloquial leniency', () => {
  beforeEach(() => useLeadModel(null));
  afterEach(() => useLeadModel(undefined));

  it.each(['整改完了还用不用去做整改核查', '企业改好了需不需要再去核查整改'])(
    '%s is a need, not a skip',
    (q) => {
      expect(answer(q, ctx).answer).toMatch(/^需要/);
    },
  );

  it.each(['偷排的企业能不能看在平时表现好从宽处理', '超标排放那家能不能手下留情'])('%s is refused', (q) => {
    expect(answer(q, ctx).answer).toMatch(/^不能/);
  });
});
