import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

// The rules alone: the lead model has learnt the own sets, and these rows are of kinds, not of a set.
// Files share a process (isolate: false): restore the model for the files after this one.
beforeAll(() => useLeadModel(null));
afterAll(() => useLeadModel(undefined));
const ctx = demoContext();

describe('a judging ask is answered in its own words with the deciding clause first', () => {
  it.each<Row>([
    [
      '复核襄垣分局一份卷宗：对某煤矿罚了款，处罚决定里压根没写责令改正，这样处理有无法律风险？',
      ['14'],
      [['责令改正', '第14条']],
      /^有法律风险：实施处罚时应当责令/,
    ],
    [
      '屯留分局去化工厂检查那天执法记录仪半路没电了，后半程没有录像，这次检查有无瑕疵',
      ['6'],
      [['没电', '第6条']],
      /^有瑕疵：现场检查全程使用移动执法系统/,
    ],
    [
      '查完那家砖厂没发现问题，就不跟企业讲结果了，有毛病没',
      ['6'],
      [['企业', '第6条']],
      /^有问题：检查结束后，及时向企业反馈/,
    ],
    [
      '今天去水泥厂，移动执法系统一直登不上，全程纸质记录的，算不算不规范',
      ['6'],
      [['移动执法系统', '第6条']],
      /^属于不规范：/,
    ],
    [
      '某分局“涉VOCs专项”方案里截止时间写的直到整改完毕为止，是否违规',
      ['4'],
      [['直到', '第4条']],
      /^属于违规：严格限定检查内容和时间周期/,
    ],
    [
      '监测科8月就看到某厂在线数据异常，三个多月没移交分局，怎么定性',
      ['8'],
      [['移交', '第8条']],
      /^属于违规：将筛选出的涉嫌违法线索及时移交/,
    ],
    [
      '对一家首次违法、情节轻微的小厂，承办人直接顶格罚款，属不属于违规裁量',
      ['13'],
      [['顶格', '第13条']],
      /^属于违规：全面落实首违不罚/,
    ],
    [
      '某分局对一家轻微违法企业不予处罚后直接结案，不再开展任何教育，妥否？',
      ['14'],
      [['教育', '第14条']],
      /^不符合：对轻微违法不予处罚的，应当履行/,
    ],
  ])('%s', (...row) => checkCase(row));
});

describe('a judging ask with steps told as taken is answered 不违规/没有问题', () => {
  it.each<Row>([
    [
      '抽查某分局卷宗：企业今年已查两次，这次是群众举报夜里冒烟，第三次入企，分局局长已审批。是否超频次、属于违规入企？',
      ['3'],
      [['举报', '第3条']],
      /^不违规：根据投诉举报/,
    ],
    [
      '抽查卷宗：有分局局长审批，移动执法系统全程记录，记录仪视频完整，结果当场反馈。是否存在违规问题？',
      ['6'],
      [],
      /^没有问题：现场检查全程使用移动执法系统/,
    ],
    [
      '纪检抽查：某分局对轻微违法企业不予处罚，卷里有教育告诫笔录，需不需要问责',
      ['14'],
      [['教育', '第14条']],
      /^不需要问责：/,
    ],
  ])('%s', (...row) => checkCase(row));
});

describe('a repeat of visits told after a visit is 第3条’s 综合一次查', () => {
  it.each([
    '刚从化工厂出来，老板说半个月里来了三趟，各查各的，往后怎么避免',
    '企业抱怨上周分局来一趟，这周市执法队又来一趟，这种情况咋弄',
  ])('%s', (question) => {
    const result = answer(question, ctx);
    expect(
      result.citations.map((c) => c.clause),
      result.answer,
    ).toContain('3');
    expect(result.answer).toMatch(/综合一次查/);
  });
});

describe('an officer’s own matters told beside an enterprise or a visit are refused', () => {
  it.each([
    '同事去钢铁厂检查时在车间滑倒了，能不能算工伤',
    '分局请律师代理跟水泥厂的官司，律师费按啥标准付',
    '检查人员收了企业的购物卡，给什么党纪处分',
    '有人开执法车下班去电厂那边接孩子，算公车私用吧，怎么处理',
    '检查完焦化厂，企业说食堂备了工作餐，吃不吃',
    '分局办公用房超面积了，多久整改完',
    '企业逾期不交罚款，申请法院强制执行的期限是多久',
    '跟应急局一起去煤矿，安全生产标准化评审几年一次',
    '和市场监管一块查食品厂，市场监管那边罚多少',
  ])('%s', (question) => {
    expect(answer(question, ctx).outOfScope, question).toBe(true);
  });

  it('a case that only mentions a meal in passing stays the scheme’s', () => {
    const result = answer('去化工厂检查，企业留吃饭我们没吃，当时记录仪没开，这样是否违规', ctx);
    expect(result.outOfScope).toBe(false);
    expect(firstSentence(result.answer)).toMatch(/^属于违规：现场检查全程使用移动执法系统/);
  });
});

describe('a joint visit told as 跟……去 or led by another department stays the scheme’s', () => {
  it.each([
    ['应急局牵头去煤矿，咱们这边执法记录仪可以不开吗', '6'],
    ['跟住建去砖厂，企业说几个部门扎堆检查，这算不算违规', '3'],
  ])('%s', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope, result.answer).toBe(false);
    expect(result.citations.map((c) => c.clause)).toContain(clause);
  });
});
