import { describe, expect, it } from 'vitest';
import type { ClauseId } from '../../../src/domain/clauses.js';
import { cite } from '../../../src/domain/policy/citations.js';
import type { AskedForm } from '../../../src/domain/policy/form.js';
import { ledBy, textAsCited } from '../../../src/domain/policy/model-lead.js';
import { ledByModel, type Route } from '../../../src/domain/policy/second-opinion.js';
import type { PolicyAnswer } from '../../../src/domain/policy/index.js';

const answer = (text: string, ...clauses: ClauseId[]): PolicyAnswer => ({
  answer: text,
  citations: cite(clauses.map((clause) => ({ clause, about: '' }))),
  outOfScope: false,
});
const order = (result: PolicyAnswer | undefined) => result?.citations.map((c) => c.clause).join(',');

const APPROVAL = '须经分局主要负责人（沁源分局局长（示例））审批（第5条）';
const TRIGGER = '本次系因投诉举报发现线索确需实施检查，可以不受频次上限限制（第3条）';
const LISTED = '该企业列入监督执法正面清单，应减少、免除现场检查，但本次亦不受此限（第9条）';
const QUIET = '该企业12月3日处于企业安静期，须报请上党分局主要负责人批准（第10条）';
const CAP = '该企业2026年已现场检查2次（上限2次），不属于可不受频次上限限制的情形（第3条）';

describe('an answer led by a clause it already cites', () => {
  it.each<[string, PolicyAnswer, ClauseId, AskedForm, string | undefined, string | undefined]>([
    [
      'the part follows the verdict, the condition keeps its 但 in the same sentence',
      answer(`可以，但${APPROVAL}。${TRIGGER}；${LISTED}。`, '5', '3', '9'),
      '3',
      'yes-no',
      `可以，${TRIGGER}；但${APPROVAL}。${LISTED}。`,
      '3,5,9',
    ],
    [
      'one 但 to a sentence: a part with its own 但 drops the condition’s',
      answer(`可以，但${APPROVAL}。${TRIGGER}；${LISTED}。`, '5', '3', '9'),
      '9',
      'yes-no',
      `可以，${LISTED}；${APPROVAL}。${TRIGGER}。`,
      '9,5,3',
    ],
    [
      'a verdict standing alone stays a sentence of its own',
      answer(
        '需要。检查结束后，及时向企业反馈检查结果（第6条）；公示信息由市执法队负责公开（第7条）。',
        '6',
        '7',
      ),
      '7',
      'yes-no',
      '需要。公示信息由市执法队负责公开（第7条）。检查结束后，及时向企业反馈检查结果（第6条）。',
      '7,6',
    ],
    [
      'an open answer without a verdict is reordered part by part',
      answer(
        '超标排放属严重违法问题（第11条）；移交时填写移送表（附件3）；线索移交有关分局调查处理（第8条）。',
        '11',
        'annex-3',
        '8',
      ),
      '8',
      'open',
      '线索移交有关分局调查处理（第8条）；超标排放属严重违法问题（第11条）；移交时填写移送表（附件3）。',
      '8,11,annex-3',
    ],
    [
      'a refusal is not followed by a part that permits',
      answer(`不能，${CAP}；${QUIET}。普法可利用现场执法检查等契机开展（第2条）。`, '3', '10', '2'),
      '2',
      'yes-no',
      undefined,
      undefined,
    ],
    [
      'a refusal may be followed by a part that restricts',
      answer(`不能，该企业今年现场检查已达频次上限。${CAP}；${QUIET}。`, '3', '10'),
      '10',
      'yes-no',
      `不能，${QUIET}。该企业今年现场检查已达频次上限。${CAP}。`,
      '10,3',
    ],
    [
      'a refusal may be followed by a finding of blanket coverage',
      answer(
        `不能，专项检查须坚决杜绝全覆盖、无差别检查。${TRIGGER}；专项检查含“全市”等表述，属全覆盖、无差别检查（第4条）。`,
        '3',
        '4',
      ),
      '4',
      'yes-no',
      `不能，专项检查含“全市”等表述，属全覆盖、无差别检查（第4条）。专项检查须坚决杜绝全覆盖、无差别检查。${TRIGGER}。`,
      '4,3',
    ],
    [
      'a clause first in the text already only moves its quote',
      answer(`${QUIET}。${TRIGGER}。`, '3', '10'),
      '10',
      'open',
      `${QUIET}。${TRIGGER}。`,
      '10,3',
    ],
    [
      '第3条 is not found inside 第13条',
      answer('依法不予处罚（第13条）；合理确定检查次数（第3条）。', '13', '3'),
      '3',
      'open',
      '合理确定检查次数（第3条）；依法不予处罚（第13条）。',
      '3,13',
    ],
    [
      'a who question keeps a first sentence that names who',
      answer(`${APPROVAL}。${TRIGGER}。`, '5', '3'),
      '3',
      'who',
      undefined,
      undefined,
    ],
    [
      'a later sentence with a verdict of its own answers another ask',
      answer(`不在，该企业未列入监督执法正面清单（第9条）。可以，${QUIET}。`, '9', '10'),
      '10',
      'yes-no',
      undefined,
      undefined,
    ],
    ['a clause the answer does not cite', answer(`${TRIGGER}。`, '3'), '8', 'open', undefined, undefined],
  ])('%s', (_name, result, clause, form, text, cited) => {
    const led = ledBy(result, clause, form, '这次能去吗');
    expect(led?.answer).toBe(text);
    expect(order(led)).toBe(cited);
  });
});

describe('the text led by the clause its quotes put first', () => {
  it('moves the first quote’s part to follow the verdict', () => {
    const result = answer(`可以，但${APPROVAL}。${TRIGGER}。`, '3', '5');
    expect(textAsCited(result, 'yes-no', '能去吗').answer).toBe(`可以，${TRIGGER}；但${APPROVAL}。`);
  });
  it('leaves an answer whose text and quotes agree', () => {
    const result = answer(`可以，但${APPROVAL}。${TRIGGER}。`, '5', '3');
    expect(textAsCited(result, 'yes-no', '能去吗')).toBe(result);
  });
});

describe('the lead model puts first a clause a described case cites', () => {
  const result = answer(`可以，但${APPROVAL}。${TRIGGER}。`, '5', '3');
  it.each<[string, Route, string, number, string]>([
    ['a described case, the model sure', 'case', '3', 0.6, '3,5'],
    ['a described case, the model unsure', 'case', '3', 0.59, '5,3'],
    ['an incident whose lead no rule chose', 'incident', '3', 0.9, '3,5'],
    ['an ask a rule recognised', 'ruled', '3', 0.99, '5,3'],
    ['an ask answered first whatever case it tells', 'first', '3', 0.9, '3,5'],
    ['word overlap chose (the second opinion’s business)', 'retrieval', '3', 0.99, '5,3'],
    ['the model thinks the scheme does not cover it', 'case', 'outOfScope', 0.99, '5,3'],
    ['the model names a clause the case does not cite', 'case', '8', 0.99, '5,3'],
  ])('%s', (_name, route, label, p, cited) => {
    expect(order(ledByModel(route, result, '能去吗', () => ({ label, p })))).toBe(cited);
  });
});
