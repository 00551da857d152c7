import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { leadGuess, useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { features, modelText } from '../../../src/domain/policy/lead-model/features.js';
import { deserialize, guess, serialize } from '../../../src/domain/policy/lead-model/model.js';
import { train, TRAINING, type Example } from '../../../src/domain/policy/lead-model/train.js';
import { WEIGHTS } from '../../../src/domain/policy/lead-model/weights.js';
import { labelledQuestions, setsDigest } from '../../../scripts/policy-model-sets.js';
import { demoContext } from '../../policy/fixtures.js';

const TINY: Example[] = [
  { text: '安静期能去现场吗', label: '10' },
  { text: '安静期里现场检查谁批', label: '10' },
  { text: '企业安静期内要去厂里', label: '10' },
  { text: '专项检查谁批', label: '4' },
  { text: '专项检查方案要公开吗', label: '4' },
  { text: '搞个专项要谁同意', label: '4' },
  { text: '食堂几点开饭', label: 'outOfScope' },
  { text: '明天天气怎么样', label: 'outOfScope' },
  { text: '请假找谁签字', label: 'outOfScope' },
].map((e) => ({ ...e, text: modelText(e.text) }));
const tiny = { ...TRAINING, minQuestions: 1, epochs: 40 };

describe('the lead model', () => {
  it('was trained on the own question sets as they are now (else run `npm run policy:train`)', () => {
    const header = JSON.parse(WEIGHTS.slice(0, WEIGHTS.indexOf('\n'))) as { sets: string; questions: number };
    expect(header).toMatchObject({ sets: setsDigest(), questions: labelledQuestions().length });
  });

  it('never learns from the held-out sets', () => {
    const sets = new Set(labelledQuestions().map((q) => q.set));
    expect([...sets].filter((set) => /holdout|corpus/.test(set))).toEqual([]);
  });

  it('trains the same weights from the same questions, and other weights from another seed', () => {
    expect(serialize(train(TINY, tiny), {})).toBe(serialize(train(TINY, tiny), {}));
    expect(serialize(train(TINY, { ...tiny, seed: 7 }), {})).not.toBe(serialize(train(TINY, tiny), {}));
  });

  it.each([
    ['安静期去企业现场检查谁批准', '10'],
    ['专项检查要谁同意', '4'],
    ['单位食堂几点开饭', 'outOfScope'],
  ])('learns a small table: %s → %s', (question, label) => {
    const model = deserialize(serialize(train(TINY, tiny), {}));
    expect(guess(model, features(modelText(question))).label).toBe(label);
  });

  it('guesses the same after storing, small weights left out', () => {
    const model = train(TINY, tiny);
    const stored = deserialize(serialize(model, {}, 0));
    for (const { text } of TINY) {
      const before = guess(model, features(text));
      const after = guess(stored, features(text));
      expect(after.label).toBe(before.label);
      expect(after.p).toBeCloseTo(before.p, 2);
    }
  });

  it('reads a follow-up with the question before it', () => {
    expect(modelText('那县里的呢', '市级入企检查谁审批')).toBe('市级入企检查谁审批｜那县里的呢');
    expect(modelText('12月3日去厂里')).toBe('0月0日去企业');
  });

  // Wordings of our own, not from the sets: clear asks the stored model must name.
  it.each([
    ['安静期里去厂里现场查要谁点头', '10'],
    ['搞专项执法检查得谁批', '4'],
    ['企业头一回违法情节轻微能免罚吗', '13'],
    ['科室在线监控里发现企业数据异常，自己去查行不行', '8'],
    ['企业进了正面清单还能去现场吗', '9'],
    ['检查结束后要不要把结果反馈给企业', '6'],
    ['处罚决定书由谁向社会公开', '7'],
    ['各科室啥时候要做违法风险预警', '1'],
    ['送法入企以啥为单位开展', '2'],
    ['执法人员乱作为谁来监督', 'org-2'],
    ['专项检查审批表要填哪几栏', 'annex-1'],
    ['线索移送表谁签字', 'annex-3'],
    ['整改完了要不要去核查', '15'],
    ['要不要成立工作专班', 'org-1'],
    ['单位食堂今天中午几点开饭', 'outOfScope'],
    ['明年全局评先进的名额怎么分', 'outOfScope'],
    ['焦化厂的排放标准限值是多少', 'outOfScope'],
  ])('the stored model: %s → %s', (question, label) => {
    expect(leadGuess(question).label).toBe(label);
  });
});

describe('the answerer with the lead model', () => {
  const ctx = demoContext();
  afterEach(() => useLeadModel(undefined));

  it('refuses an off-topic question that only shares words with a clause', () => {
    // (A standard's limit, 「排放标准限值是多少」, is now refused by the rules too: see near-miss-kinds.ts.)
    const question = '危废处置企业的焚烧炉温度要多少';
    useLeadModel(null);
    expect(answer(question, ctx).outOfScope).toBe(false);
    useLeadModel(undefined);
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it('keeps what a rule recognised, and a follow-up that drifts off stays refused', () => {
    expect(answer('执法记录仪坏了，拿手机拍凑合行不行', ctx).citations[0]?.clause).toBe('6');
    expect(answer('明天放假吗', { ...ctx, previous: '首次违法能不罚吗' }).outOfScope).toBe(true);
  });
});
