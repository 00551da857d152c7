import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { decidingClauses, useClauseModel } from '../../../src/domain/policy/lead-model/index.js';
import { CLAUSE_WEIGHTS } from '../../../src/domain/policy/lead-model/clause-weights.js';
import { modelText } from '../../../src/domain/policy/lead-model/features.js';
import { deserialize, each, serialize } from '../../../src/domain/policy/lead-model/model.js';
import { features } from '../../../src/domain/policy/lead-model/features.js';
import { CLAUSE_TRAINING, trainClauses } from '../../../src/domain/policy/lead-model/train-clauses.js';
import { ruleOf } from '../../../src/domain/policy/clause-rule.js';
import { labelledQuestions, setsDigest } from '../../../scripts/policy-model-sets.js';
import { demoContext } from '../../policy/fixtures.js';

const TINY = [
  { text: '安静期能去现场吗', clauses: ['10'] },
  { text: '安静期里接到举报去现场', clauses: ['10', '3'] },
  { text: '举报来的线索不受次数限制吗', clauses: ['3'] },
  { text: '举报核查算不算频次', clauses: ['3'] },
  { text: '企业安静期内要去厂里', clauses: ['10'] },
  { text: '安静期里群众举报了要去查', clauses: ['10', '3'] },
  { text: '食堂几点开饭', clauses: [] },
  { text: '请假找谁签字', clauses: [] },
].map((e) => ({ ...e, text: modelText(e.text) }));
const tiny = { ...CLAUSE_TRAINING, minQuestions: 1, epochs: 60 };
const ctx = demoContext();

afterEach(() => useClauseModel(undefined));

describe('the clause model', () => {
  it('was trained on the own question sets as they are now (else run `npm run policy:train`)', () => {
    const header = JSON.parse(CLAUSE_WEIGHTS.slice(0, CLAUSE_WEIGHTS.indexOf('\n'))) as object;
    expect(header).toMatchObject({ sets: setsDigest(), questions: labelledQuestions().length });
  });

  it('learns every clause of a question, not only the lead, and none for what the scheme does not cover', () => {
    const model = deserialize(serialize(trainClauses(TINY, tiny), {}));
    const both = each(model, features(modelText('安静期期间有人举报，去现场')));
    expect(both.get('10')).toBeGreaterThan(0.5);
    expect(both.get('3')).toBeGreaterThan(0.5);
    const neither = each(model, features(modelText('食堂请假')));
    expect(Math.max(...neither.values())).toBeLessThan(0.5);
  });

  it('trains the same weights from the same questions', () => {
    expect(serialize(trainClauses(TINY, tiny), {})).toBe(serialize(trainClauses(TINY, tiny), {}));
  });

  // Wordings of our own, not from the sets: each states facts two clauses decide.
  it.each([
    ['罚款以后限期整改到月底，期限到了企业说改好了，要不要再去核查', ['14', '15']],
    ['头一回发现料堆没盖，当场盖好了，不罚了以后还要做什么', ['13', '14']],
  ])('names the clauses a case of ours turns on: %s', (question, wanted) => {
    const p = decidingClauses(question);
    for (const clause of wanted) expect(p.get(clause)).toBeGreaterThanOrEqual(0.4);
  });
});

describe('an answer with the clauses the model adds', () => {
  const rectified =
    '长治示例化工有限公司上个月超标排放被罚了款，限期整改到11月底，现在期限到了，企业说改好了，我们要不要再去看看，谁去';

  it('names a clause the rules left out after the answer, with the fact it answers in the officer’s words', () => {
    useClauseModel(null);
    const rules = answer(rectified, ctx);
    useClauseModel(undefined);
    const result = answer(rectified, ctx);
    expect(rules.citations.map((c) => c.clause)).not.toContain('15');
    expect(result.answer.startsWith(rules.answer)).toBe(true);
    expect(result.answer.slice(rules.answer.length)).toMatch(
      /^关于“限期整改到11月底”，[^；。]+（第15条）。$/,
    );
    expect(result.citations.map((c) => c.clause)).toEqual([...rules.citations.map((c) => c.clause), '15']);
  });

  it.each([
    // A short ask describes no case.
    '整改完了要不要去核查',
    // The calendar says the day is outside every quiet period: 「能去吗」 does not make 第10条 decide it.
    '明天去长治示例钢铁集团有限公司现场检查，能去吗？',
    // Not the scheme's matter.
    '单位食堂几点开饭，周末加班有没有工作餐，报销走哪个流程，找谁签字比较快一点',
  ])('leaves alone: %s', (question) => {
    useClauseModel(null);
    const rules = answer(question, ctx);
    useClauseModel(undefined);
    expect(answer(question, ctx)).toEqual(rules);
  });

  it('cites at most four clauses', () => {
    for (const item of labelledQuestions()
      .filter((q) => q.clauses.length >= 3)
      .slice(0, 200))
      expect(
        answer(item.q, { ...ctx, ...(item.previous ? { previous: item.previous } : {}) }).citations.length,
      ).toBeLessThanOrEqual(4);
  });
});

describe('the rule said beside a fact', () => {
  it.each([
    // A frame in time and a 「……的」 condition keep what follows them.
    [
      '10',
      '按年度计划12月9日还要去一次现场',
      '“企业安静期”时段内，因实际工作需要确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准',
    ],
    // An alternative (「，或者……的」) is not cut off before the consequence both share.
    [
      '3',
      '要不要让屯留分局连夜去现场',
      '根据投诉举报、转办交办、数据监测等非现场手段发现线索确需实施检查，或者应企业申请实施执法检查的，可以不受频次上限限制',
    ],
    // A part too short to say anything is said with what follows it.
    [
      '5',
      '要审皮不',
      '实施入企执法检查，应严格履行审批程序',
      '老板想让我们过去讲讲法规，这个算入企检察吗，要审皮不',
    ],
    // A comma inside 「“谁查处，谁督改”」 does not split it.
    ['14', '罚完款还用盯整改效果不', '推行“立案一查处一整改一验收一销号”全流程管理模式，督促企业积极整改'],
  ])('第%s条 beside 「%s」', (clause, fact, rule, question = fact) => {
    expect(ruleOf(clause as '3', fact, question)).toBe(rule);
  });

  it('says nothing where no sentence of the clause shares a word with the fact', () => {
    expect(ruleOf('7', '食堂', '食堂')).toBeUndefined();
  });
});
