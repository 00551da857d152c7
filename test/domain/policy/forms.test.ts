import { describe, expect, it } from 'vitest';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { withPrevious } from '../../../src/domain/policy/follow-up.js';
import { askedForm, verdictFor } from '../../../src/domain/policy/form.js';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('everyday', () => {
  it.each([
    ['企業安靜期內能否開展現場執法檢查？', '企业安静期内能否开展现场执法检查？'],
    ['涉嫌違法綫索應當移交給誰？', '涉嫌违法线索应当移交给谁？'],
    ['安静期里头还能下厂子不？', '安静期内还能入企检查吗？'],
    ['安青期内审比找谁？', '安静期内审批找谁？'],
    ['头回犯事儿的小厂子罚不罚？', '首次违法的企业罚不罚？'],
    ['只看资料要报批吗？', '非现场检查要报批吗？'],
  ])('%s → %s', (question, read) => expect(everyday(question)).toBe(read));
});

describe('withPrevious', () => {
  const names = ['潞城区', '黎城县', '示例焦化', '示例钢铁'];
  it.each([
    ['那市级的呢？', '县区级入企检查由谁审批？', '市级，入企检查由谁审批？'],
    ['如果是举报呢？', '双随机抽查受不受频次上限限制？', '举报，受不受频次上限限制？'],
    ['那黎城县呢？', '潞城区安静期是哪几天？', '黎城县，安静期是哪几天？'],
    ['示例钢铁呢？', '示例焦化今年查过几次？', '示例钢铁，今年查过几次？'],
    ['批了以后还要干什么？', '专项检查方案由谁批准？', '专项检查方案由谁批准，批了以后还要干什么？'],
    ['罚完款可以不管整改吗？', '县区级入企检查由谁审批？', '罚完款可以不管整改吗？'],
  ])('%s after %s → %s', (question, previous, read) =>
    expect(withPrevious(question, previous, names)).toBe(read),
  );
});

describe('askedForm and verdictFor', () => {
  it.each([
    ['潞城分局的检查方案谁来签字？', 'who'],
    ['安静期内能去现场吗？', 'yes-no'],
    ['哪些情形不受频次上限限制？', 'list'],
    ['专项检查最长能搞多久？', 'quantity'],
    ['首违不罚是怎么规定的？', 'open'],
  ])('%s is %s', (question, form) => expect(askedForm(question)).toBe(form));

  it.each([
    ['罚完款可以不管整改吗？', '实施处罚时应当责令当事人改正', '不可以'],
    ['现场检查需要使用执法记录仪吗？', '现场检查全程使用移动执法系统', '需要'],
    ['专项检查可以搞全覆盖吗？', '坚决杜绝全覆盖、无差别检查', '不能'],
    ['正面清单企业可以少查吗？', '采取减少、免除现场检查等正向激励举措', '可以'],
    ['可以分期吗？', '可以。对当事人确有困难的', undefined],
  ])('%s with 「%s」 opens with %s', (question, sentence, verdict) =>
    expect(verdictFor(question, sentence)).toBe(verdict),
  );
});

describe('answers in the form asked', () => {
  it.each([
    [
      '安静期内只调阅企业资料、不去现场，需要主要负责人批准吗？',
      /^不需要。第10条的报批要求针对“企业安静期”内的现场执法检查/,
    ],
    [
      '安静期内什么时候还能进企业？',
      /只有一种例外：因实际工作需要确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准/,
    ],
    ['分管局长能批安静期内的现场检查吗？', /^不能。/],
    [
      '潞城分局的检查方案谁来签字？',
      /^县区级入企执法检查由各分局主要负责人审批；潞城分局主要负责人为潞城分局局长（示例）（第5条）。$/,
    ],
    ['一家企业一年最多能现场检查几次？', /本局设定每家企业每年现场检查上限为2次/],
    [
      '全市企业安静期是什么时候？',
      /^全市适用的企业安静期为12月1日至12月20日（长治市）（据本局企业安静期日历，截至2026年11月26日）。$/,
    ],
  ])('%s', (question, expected) => expect(answer(question, ctx).answer).toMatch(expected));

  it('takes every fact of a case into account and says which clause answers which', () => {
    const result = answer(
      '接到群众举报，准备12月5日去长治示例焦化有限公司现场检查，今年已经查过两次了，可以吗？',
      ctx,
    );
    expect(result.answer).toMatch(/处于企业安静期（[^。；]*主要负责人批准[^。；]*（第10条）/);
    expect(result.answer).toContain('不受频次上限限制（第3条）');
    expect(result.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['10', '3', '5']));
  });

  it.each(['潞城分局的办公地址在哪里？', '大气环境科的电话是多少？', '法规与标准科科长叫什么名字？'])(
    'refuses %s: a unit’s name alone is not the scheme',
    (question) => expect(answer(question, ctx).outOfScope).toBe(true),
  );
});
