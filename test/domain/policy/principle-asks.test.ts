import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

// The rules alone answer these; the lead model must not be what gets them right.
beforeAll(() => useLeadModel(null));
afterAll(() => useLeadModel(undefined));

/** A question, the clause cited first, words the answer holds, how its first sentence opens. */
type Row = [question: string, clause: string, words: string[], opens?: RegExp];

function check([question, clause, words, opens]: Row): void {
  const result = answer(question, ctx);
  expect(result.outOfScope, `${question} → ${result.answer}`).toBe(false);
  expect(result.citations[0]?.clause, `${question} → ${result.answer}`).toBe(clause);
  for (const word of words) expect(result.answer, question).toContain(word);
  if (opens) expect(firstSentence(result.answer), question).toMatch(opens);
}

describe('一、总体要求 asked directly', () => {
  it.each<Row>([
    ['营商环境要紧，查企业的时候能不能网开一面？', 'general', ['违法排污行为不放松'], /^不能/],
    ['为了企业发展，对守法要求可不可以宽松一点', 'general', ['企业自律守法不放松'], /^不能/],
    ['上面到底允不允许执法一刀切', 'general', ['严防执法“一刀切”'], /^不能/],
    ['这份实施方案出台的目的是什么', 'general', ['高质量发展']],
    ['方案的指导思想能概括一下吗', 'general', ['守底线和促发展相结合']],
    ['事前事中事后全过程执法服务一共几个阶段', 'general', ['事前积极预防'], /三个阶段/],
    ['我们只管执法不管服务，这么说对吗', 'general', ['执法与服务相统一'], /^不符合/],
    ['渐进式执法是不是先宣传教育，最后才处罚', 'general', ['告诫说理'], /^是的/],
  ])('%s', (...row) => check(row));
});

describe('the cover notice asked directly', () => {
  it.each<Row>([
    ['这个通知主送哪些单位', 'notice', ['局属有关单位']],
    ['36号文是不是也发给了市政府', 'notice', ['各分局，相关科室'], /^不是/],
    ['通知要求哪些部门照此执行', 'notice', ['全市生态环境部门']],
    ['这份文件管的是哪块工作', 'notice', ['开展入企执法检查']],
    ['方案是不是照搬的省里文件', 'notice', ['结合我市实际']],
    ['通知里的其他入企行为有哪几种', 'notice', ['工作调研'], /四种/],
  ])('%s', (...row) => check(row));
});

describe('第12条 discretion, 第15条 guidance and 三（二） oversight', () => {
  it.each<Row>([
    ['罚款是不是越重越好', '12', ['避免处罚畸轻畸重'], /^不是/],
    ['才量的时候能不能一律从轻', '12', ['过罚相当'], /^不能/],
    ['同样的毛病，一家罚得重一家罚得轻，行吗', '12', ['类案同罚'], /^不(?:行|能)/],
    ['依法依规裁量要做到哪些', '12', ['违法证据充分', '法律适用准确']],
    ['裁量时的渐进式执法模式是哪几步', '12', ['渐进式执法模式']],
    ['企业不清楚整改方向，我们该干什么', '15', ['督导企业明确改进方向']],
    ['整改计划写得很笼统可以吗', '15', ['具体可操作'], /^不能/],
    ['是不是入企检查越多越好，执法监督怎么看', 'org-2', ['防止检查过多干扰企业'], /^不是/],
    ['检查人员说话很冲，方案有没有说法', 'org-2', ['不文明'], /^有/],
    ['台账留痕搞得形式主义严重，方案怎么说', 'org-2', ['力戒形式主义']],
  ])('%s', (...row) => check(row));
});

describe('asks of 第2、3、5、8、9、11、13条 in their own kinds', () => {
  it.each<Row>([
    ['送法入企由市局牵头还是分局牵头', '2', ['以县区为单位'], /分局/],
    ['把可以不算频次上限的情形给我列一下，分局查举报总怕超次数', '3', ['应企业申请', '转办交办']],
    ['没审批先进厂看看，过后再补个手续行吗', '5', ['严格履行审批程序'], /^不能/],
    ['非现场执法到底图个啥', '8', ['守法企业无事不扰']],
    ['无感式执法是什么意思，通俗点讲', '8', ['有效减少入企检查频次']],
    ['遥感发现柴油车冒黑烟，科里是不是要把线索转给分局', '8', ['移交有关分局'], /^需要/],
    ['企业申请一下就能列入正面清单吗', '9', ['经过筛选程序'], /^不能/],
    ['正面清单制度有什么意义', '9', ['正面激励和示范效应']],
    ['发现过严重问题的企业，日常是不是要常去看看', '11', ['提高日常监管频次'], /^需要/],
    ['超标排放的也要先提醒教育再处罚吗', '11', ['依法严惩'], /^不需要/],
    ['证据还没收集全，可以先下处罚决定吗', '12', ['违法证据充分'], /^不能/],
    ['同样是偷排的案子，罚多罚少有统一标准吗', '12', ['类案同罚'], /^有/],
    ['执法人员的业务培训局里会安排吗', 'org-3', ['业务学习培训'], /^会/],
  ])('%s', (...row) => check(row));
});

describe('a case judged against 总体要求 or 过罚相当', () => {
  it.each<Row>([
    [
      '武乡分局想让全县危废企业一律限产，长治示例危废处置有限公司没有问题也一起限，这样行不行',
      'general',
      ['严防执法“一刀切”', '限产'],
      /^不能/,
    ],
    [
      '长治示例热电有限公司首次违法、情节轻微，执法人员没有告诫说理就直接罚款，对不对',
      'general',
      ['告诫说理', '首违不罚'],
      /^不对/,
    ],
    [
      '长治示例医药有限公司请分局上门指导整改，分局说只管执法不管服务，符合方案吗',
      'general',
      ['执法与服务相统一', '帮助企业纾困解难'],
      /^不符合/,
    ],
    [
      '长治示例煤业有限公司偷排被查到，分局说要促发展，提醒一下就算了，可以吗',
      'general',
      ['违法排污行为不放松', '依法严惩'],
      /^不能/,
    ],
    [
      '长治示例水泥有限公司超标半小时，当场停产整改，态度很好，有人要顶格处罚，合适吗',
      '12',
      ['过罚相当'],
      /^不妥/,
    ],
  ])('%s', (...row) => check(row));
});

describe('near-misses about particulars the scheme does not set', () => {
  it.each([
    '执法监督投诉热线是多少',
    '法规科在哪栋楼办公',
    '裁量基准中，无证排污具体罚多少万',
    '第三方验收监测费用大概多少',
    '过罚相当在民法典上是怎么规定的',
    '明天会不会发布重污染天气预警',
    '信用修复去哪里申请',
    '整改通知书的行距和字体有什么要求',
    '正面清单里的那家热电厂还招人吗',
    '危废处置场边上的住户拆迁怎么补偿',
    '正面清单管理办法最新版是哪年印发的',
    '在线监测比对的技术规范用哪个标准',
    '能不能给我局长的手机号',
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope, question).toBe(true);
  });
});
