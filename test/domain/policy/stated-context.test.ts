import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { statedFacts } from '../../../src/domain/policy/stated-context.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
// The rules are tuned with the lead model off; the first table checks the product too.
beforeEach(() => useLeadModel(null));
afterEach(() => useLeadModel(undefined));
const cited = (question: string): string[] => answer(question, ctx).citations.map((c) => c.clause);

describe.each([
  ['the rules alone', null],
  ['the product', undefined],
] as const)('a stated fact does not take the lead from the ask (%s)', (_, model) => {
  beforeEach(() => useLeadModel(model));

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

  it.each([
    ['居民打12369投诉那家厂夜里冒黑烟，能多去几次吗', '投诉'],
    ['示例砖厂被投诉扬尘，这回再去', '投诉'],
    ['企业投诉我们一个月去了四回，局里该怎么管', undefined],
    ['检查时说话不文明，公司投诉到了市局', undefined],
  ])('%s: a complaint is a clue only when made against the enterprise', (question, word) => {
    expect(statedFacts(question).find((fact) => fact.clause === '3')?.word).toBe(word);
  });

  it('adds nothing to a question that states no background', () => {
    expect(answer('执法记录仪要全程开着吗', ctx).answer).not.toMatch(/第9条|第10条/);
  });
});

describe('a plain A-not-A ask and colloquial leniency', () => {
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

describe('a duty no visit weighs is asked, though an enterprise is named', () => {
  it.each([
    ['长治示例焦化有限公司那起案子，定罚款时裁量上要注意什么', '12'],
    ['长治示例热电有限公司说我们网上公示的信息不全，公示上方案有啥要求', '7'],
    ['监控中心准备把长治示例化工有限公司的线索移给屯留分局，移送表上涉嫌违法行为能勾哪些', 'annex-3'],
  ])('%s leads with %s', (question, clause) => {
    expect(answer(question, ctx).citations[0]?.clause).toBe(clause);
  });
});

describe('a case asked in its own verb', () => {
  it.each([
    '长治示例热电有限公司被群众举报了，这回去查还受不受频次上限',
    '有人投诉长治示例焦化有限公司夜里冒烟，再去查受不受次数限制',
  ])('%s: 不受', (question) => {
    expect(answer(question, ctx).answer).toMatch(/^不受，/);
  });

  it.each([
    '市执法队12月8日去长治示例煤业有限公司现场，分管副局长签了字，这样行不行',
    '12月15号执法队要去长治示例化工有限公司，分管局领导已经批了，能去吗',
  ])('%s: in the quiet period the supervisor is not enough', (question) => {
    const text = answer(question, ctx).answer;
    expect(text).toMatch(/^不能，企业安静期内确需开展现场执法检查的，须报请市生态环境局主要负责人批准/);
    expect(text).toContain('签字不够（第10条）');
  });
});

describe('an act a rule itself performs is allowed', () => {
  it.each(['企业认错态度好、整改也快，罚款裁量时能不能考虑进去', '定罚的时候，违法持续时间短这一点能考虑吗'])(
    '%s: 可以',
    (question) => {
      expect(answer(question, ctx).answer).toMatch(/^可以/);
    },
  );
});

describe('第5条’s plan and 第7条’s postings, asked as such', () => {
  it.each(['分局去企业检查之前，还得先做个检查方案吗', '市执法队入企检查是否需要制定检查方案'])(
    '%s: the plan is needed',
    (question) => {
      const text = answer(question, ctx).answer;
      expect(text).toMatch(/^需要。实施入企执法检查应制定检查方案/);
    },
  );

  it.each([
    ['行政执法公示分哪几个阶段', /事前、事中、事后公示/],
    ['执法信息是不是只在事后公示一次就行', /^不是。严格落实行政执法公示制度/],
  ])('%s', (question, words) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('7');
    expect(result.answer).toMatch(words);
  });
});

describe('a special plan’s approver is 第4条’s', () => {
  it.each(['分局局长已经签了，我们准备搞个危废专项，方案还要谁批', '想搞个涉水企业专项，方案找谁审批'])(
    '%s',
    (question) => {
      expect(answer(question, ctx).citations[0]?.clause).toBe('4');
    },
  );
});

describe('a violation found beside another ask is named with 第11条; one reported or a special’s focus is not', () => {
  const beside = (question: string, tag: string): boolean =>
    answer(question, ctx)
      .answer.split(/[；。]/)
      .some((part) => part.includes('严惩') && part.includes(tag));
  it.each(['示例化工被查出偷排，当时检查的同志没开执法记录仪，这事怎么处理'])('%s', (question) => {
    expect(beside(question, '第11条')).toBe(true);
  });
  it.each(['有人举报示例砖厂偷排，检查时记录仪要全程开吗', '危废非法处置专项要查超标排放，方案谁批'])(
    '%s',
    (question) => {
      expect(beside(question, '第11条')).toBe(false);
    },
  );
});

describe('a fact the question denies is no background', () => {
  it.each([
    ['企业不在正面清单，也没有群众举报，下周能去吗', ['9', '3']],
    ['现在也不在安静期，监控中心看到数据异常该咋办', ['10']],
  ])('%s', (question, clauses) => {
    const said = statedFacts(question).map((fact) => fact.clause);
    for (const clause of clauses) expect(said).not.toContain(clause);
  });
});

describe('第6条’s tools and the like-case and hardship words are facts of their own', () => {
  it.each([
    ['分局新人对一表通查不熟，下月去热电检查，方案对业务培训有要求吗', '一表通查', '第6条'],
    ['上次去查化工厂没开记录仪，这回企业又被举报，频次还受限吗', '记录仪', '第6条'],
  ])('%s names %s beside %s', (question, word, tag) => {
    const text = answer(question, ctx).answer;
    expect(text.split(/[；。]/).some((part) => part.includes(word) && part.includes(tag))).toBe(true);
  });

  it.each([
    ['两家水泥厂同样的扬尘问题，一家罚5万一家罚1万，裁量不一致咋办', '12'],
    ['煤业公司整改期间钱紧，罚款也交不上，我们还能帮啥', '15'],
  ])('%s cites %s', (question, clause) => {
    expect(answer(question, ctx).citations.map((c) => c.clause)).toContain(clause);
  });
});
