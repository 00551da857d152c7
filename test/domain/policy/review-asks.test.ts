import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

// The rules alone: the lead model has learnt the own sets, and these rows are of kinds, not of a set.
// Files share a process (isolate: false): restore the model for the files after this one.
beforeAll(() => useLeadModel(null));
afterAll(() => useLeadModel(undefined));
const ctx = demoContext();

describe('a duty told as left undone is answered 不符合/违反 with its clause first', () => {
  it.each<Row>([
    [
      '经查，潞城分局去长治示例钢铁集团有限公司检查时没有开执法记录仪，是否违反方案要求？',
      ['6'],
      [['执法记录仪', '第6条']],
      /^违反：现场检查全程使用移动执法系统/,
    ],
    ['前天去厂里查完，结果一直没反馈给企业，这样做对不对', ['6'], [['反馈', '第6条']], /^不符合：检查结束后/],
    [
      '审核发现分局罚款决定书里没有写责令改正，企业交完罚款就结案了，是否符合规定？',
      ['14'],
      [['责令改正', '第14条']],
      /^不符合：实施处罚时应当责令/,
    ],
    [
      '分局报来的扬尘专项方案把全县所有企业都列为检查对象，请审查是否合规',
      ['4'],
      [['所有', '第4条']],
      /^不符合：严格限定检查内容和时间周期/,
    ],
    [
      '监控中心9月就发现了用电异常线索，拖了两个月才移交分局，有无问题',
      ['8'],
      [['移交', '第8条']],
      /^不符合：将筛选出的涉嫌违法线索及时移交/,
    ],
  ])('%s', (...row) => checkCase(row));
});

describe('a draft plan handed in is reviewed item by item, in its own order', () => {
  it.each<Row>([
    // 「请指出需修改之处」 asks for the faults; a special plan 分管 alone approves is 第4条's.
    [
      '请把关《扬尘专项执法检查方案》：检查对象为全县所有建筑工地企业，方案经分管副局长审批后实施。请指出需修改之处。',
      ['4'],
      [
        ['所有', '第4条'],
        ['分管副局长', '第4条'],
      ],
      /^存在问题：严格限定检查内容和时间周期/,
    ],
    // An annual plan: visits by the calendar (第3条), the listed treated like the rest (第9条), units apart.
    [
      '请审核2027年度检查计划：重点企业每月现场检查一次；正面清单企业与其他企业同频次检查；各科室分别制定计划、分别入企。是否妥当？',
      ['3', '9'],
      [
        ['每月现场检查一次', '第3条'],
        ['正面清单', '第9条'],
      ],
      /^不符合：结合“双随机、一公开”监管机制要求/,
    ],
    [
      '检查计划里哪些地方需要修改：正面清单企业照常检查',
      ['9'],
      [['正面清单', '第9条']],
      /^存在问题：列入监督执法正面清单/,
    ],
    // Who publishes what (第7条), and a month is no 及时 (第6条).
    [
      '科里拟定的公示安排写明：行政处罚决定由本科统一对外公开；检查结果于检查结束后两个月内反馈企业。是否符合要求？',
      ['7', '6'],
      [
        ['本科统一对外公开', '第7条'],
        ['两个月内反馈', '第6条'],
      ],
      /^不符合：市执法队负责行政处罚决定/,
    ],
  ])('%s', (...row) => checkCase(row));

  it.each([
    // Near-misses: the head approved the special plan; units checking apart told as a complaint, no plan.
    [
      '扬尘专项方案经分管副局长审核、局长审批后实施，请指出需修改之处',
      /分管副局长审核、局长审批后实施”不符合/,
    ],
    ['几个科室各查各的，企业一个月被查了三次，问题出在哪', /分别入企/],
    // A month told of the visit, the result fed back on the spot.
    ['上个月去厂里查完当场就反馈了结果，是否符合要求', /^不符合/],
  ])('%s is not found against the rule', (question, wrong) => {
    expect(answer(question, ctx).answer).not.toMatch(wrong);
  });
});

describe('a step told as taken is answered 符合 with the clause it meets', () => {
  it.each<Row>([
    ['上个月数据异常那家煤矿，我们没去现场，远程核实的，这样合规吗', ['8'], [], /^符合：大力推行非现场/],
    ['对那家轻微违法的企业我们只做了提醒告诫，没立案，这样处理合适不', ['13'], [], /^符合：运用提醒告诫/],
  ])('%s', (...row) => checkCase(row));
});

describe('a supervisor asking how the supervision corrects it keeps part 三（二） first', () => {
  it('「市局监督这块怎么纠正」', () => {
    const result = answer('经查，某分局检查时未使用移动执法系统。市局执法监督这块该怎么纠正', ctx);
    expect(result.citations[0]?.clause).toBe('org-2');
    expect(result.citations.map((c) => c.clause)).toContain('6');
    expect(firstSentence(result.answer)).toMatch(/^存在问题：/);
  });
});

describe('what another department’s law sets, asked on a joint visit, is refused', () => {
  it.each([
    '和市场监管联合检查时发现药品包装有问题，药品罚款标准是多少',
    '跟自然资源局去查，企业占用林地，林地罚款咋算',
    '公安说要移交刑事，刑事立案的标准是啥',
    '企业想评专精特新，申报条件有哪些',
    '执法证明年到期，执法证换证流程是什么',
  ])('%s', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it('a joint visit itself stays the scheme’s', () => {
    expect(answer('住建和应急都去过那家水泥厂，下周我们还去，企业嫌重复检查，怎么协调', ctx).outOfScope).toBe(
      false,
    );
  });
});

describe('a joint visit’s everyday names', () => {
  it.each([
    ['下周和住建连合检查', '联合检查'],
    ['搞个一次进门的检查', '综合一次查'],
    ['联和执法那天', '联合执法'],
  ])('%s', (said, scheme) => {
    expect(everyday(said)).toContain(scheme);
  });
});
