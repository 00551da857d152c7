import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { extractFacts } from '../../../src/domain/policy/facts.js';
import { askedForm } from '../../../src/domain/policy/form.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();
const ask = (question: string) => answer(question, ctx);

describe('a lower signer said to be enough is a no, with the approver the scheme names', () => {
  it.each<Row>([
    [
      '潞城分局去长治示例钢铁现场，局长不在，副局长签了字就出发，可以吗',
      ['5'],
      [],
      /^不能，县区级入企执法检查由各分局主要负责人审批/,
    ],
    ['平顺分局查示例陶瓷，分管的签批了就去，中不中', ['5'], [], /^不能，/],
    ['区里搞个危废专项，分局长批了方案这就能开始了吧', ['4'], [], /^不(?:能|可以)/],
    ['大气科的扬尘专项，方案分管局长签了，局长还没签，先去企业行吗', ['4'], [], /^不能，.*主要负责人批准/],
  ])('%s', (...row) => checkCase(row));
});

describe('a special plan a government above the county approved (第4条 names either approver)', () => {
  it.each<Row>([
    ['专项方案县政府已经批了，还要报市局局长批吗', ['4'], [], /^不需要，.*县级以上人民政府已批准的即可/],
    [
      '黎城分局：县政府要求配合开展水泥行业专项检查，方案已经县政府常务会议研究通过，时间12月21日至12月30日，是否还需要报市局主要负责人再批一次？',
      ['4'],
      [],
      /^不需要，/,
    ],
    ['专项方案局长还没签，县政府能替着批吗', ['4'], [], /^可以，/],
    ['专项方案局长还没签，能先开展吗', ['4'], [], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('a city visit the supervising deputy approves', () => {
  it.each([
    '市执法队11月28日去长治示例水泥，分管局领导签批后即可出发，妥否',
    '市执法队去示例化工，分管局长批了就行还是还得局长批',
  ])('%s', (question) =>
    expect(firstSentence(ask(question).answer)).toMatch(
      /^可以，市级入企执法检查由市生态环境局主要负责人或分管局领导审批（第5条）/,
    ),
  );
  it('reads 支队 as the city team', () => {
    expect(extractFacts('支队去长治示例钢铁检查', [], ctx).unit?.name).toContain('执法队');
    expect(ask('支队抽到长治示例煤业，方案谁签').answer).toContain('分管局领导审批');
  });
});

describe('fewer visits to a positive-list enterprise are 第9条’s own relief', () => {
  it.each<Row>([
    ['长治示例医药在正面清单里，今年双随机又抽到它了，可以不进厂吗', ['9'], [], /^可以/],
    ['长治示例热电是正面清单企业，这次抽查能免了现场检查吗', ['9'], [], /^可以/],
  ])('%s', (...row) => checkCase(row));
});

describe('whether a visit a clue frees counts toward the cap', () => {
  it.each<Row>([
    ['长治示例焦化昨天又被举报了，上党分局再去一次占不占频次', ['3'], [['投诉举报', '第3条']], /^不算，/],
    [
      '长治示例化工自己申请我们去指导，屯留分局这次去计不计入检查次数',
      ['3'],
      [['企业申请', '第3条']],
      /^不算，/,
    ],
    [
      '长治示例焦化今年双随机已查过两次，又接到举报，上党分局再去算不算频次',
      ['3'],
      [['双随机', '第3条']],
      /^不算，/,
    ],
  ])('%s', (...row) => checkCase(row));
  it('maps the typo 频词', () => expect(everyday('这趟算不算超频词')).toContain('超频次'));
  it.each([
    '这家企业今年的检查次数已经满了，没有线索，还能再安排一次吗',
    '水泥厂今年的次数用光了，也没人举报，领导想再去一趟，行不行',
  ])('%s is a no: nothing 第3条 names frees it', (question) => {
    const text = ask(question).answer;
    expect(firstSentence(text)).toMatch(/^不能/);
    expect(text).toContain('最大限度减少入企检查频次');
  });
});

describe('the quiet period asked beside the visit', () => {
  it('answers the visit, not only the calendar', () => {
    const result = ask('长治示例钢铁集团12月5号想进厂看看，那几天有没有安静期，中不中');
    expect(firstSentence(result.answer)).toMatch(/^可以，但.*主要负责人批准/);
    expect(result.citations[0]?.clause).toBe('10');
  });
  it('says when the next quiet days begin for a day outside them', () => {
    const result = ask('屯留分局11月29日去长治示例化工现场，要不要按安静期报一把手');
    expect(firstSentence(result.answer)).toMatch(/^不需要/);
    expect(result.answer).toContain('最近的企业安静期自12月1日起');
  });
  it('names the data looked at off site beside 第8条', () => {
    const result = ask('安静期内只在平台上看看企业自动监控数据，要报主要负责人吗');
    expect(firstSentence(result.answer)).toMatch(/^不需要/);
    expect(result.answer).toMatch(/自动监控数据[^；。]*（第8条）/);
    expect(everyday('化工厂在线这两天一直超标')).toContain('在线监测数据');
  });
});

describe('special inspections: the verdict first', () => {
  it.each([
    ['专项检查时间能无限期延长不，先这么定着', /^不能/],
    ['扬尘专项方案市局主要负责人已批，明天能开展吗', /^可以，(?:但)?专项检查方案须经/],
    ['专项方案已经局长批了，还须向社会公开吗', /^需要/],
  ])('%s', (question, opens) => expect(firstSentence(ask(question).answer)).toMatch(opens));
  it.each<Row>([
    ['专项执法检查审批表局长那栏还空着，能先去查吗', ['annex-1', '4'], [], /^不能/],
    ['专项审批表的检查时间先不填，以后再补，可以吗', ['annex-1', '4'], [['检查时间', '附件1']], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('a special inspection’s target said with 第4条', () => {
  it.each<Row>([
    ['屯留分局想搞个危废非法处置专项检查，方案谁批', ['4'], [['危废非法处置', '第4条']]],
    ['黎城分局打算搞扬尘专项，方案报谁', ['4'], [['扬尘', '第4条']]],
  ])('%s', (...row) => checkCase(row));
});

describe('the year’s plan and the plan form', () => {
  it.each<Row>([
    ['年度执法检查计划能不能把全部企业都查一遍', ['3'], [], /^不能/],
    ['明年年度计划要不要先定下来，免得各科重复查', ['3'], [['避免重复检查', '第3条']], /^需要/],
    ['黎城分局接到投诉要去长治示例水泥，计划审批表检查类型勾哪个', ['annex-2', '3'], [['举报投诉', '附件2']]],
    ['只是去企业看看，不是专项检查，也要报批吗', ['5'], [['检查方案', '第5条']], /^需要/],
    ['示例陶瓷想进正面清单，怎么个进法', ['9'], [['筛选程序', '第9条']]],
  ])('%s', (...row) => checkCase(row));
  it('says the other row the facts fill', () =>
    expect(ask('襄垣分局收到举报，要去长治示例煤业现场核实，计划审批表检查类型选哪个').answer).toMatch(
      /勾选“举报投诉”.*“检查方式”勾选“现场检查”/,
    ));
  it('picks the methods stated, not one ruled out', () => {
    const text = ask('不去现场，只电话问询企业，审批表检查方式勾哪项').answer;
    expect(text).toMatch(/勾选[^（]*“问询调查”/);
    expect(text).not.toMatch(/勾选[^（]*“现场检查”/);
  });
});

describe('who asks and who goes', () => {
  it.each([
    ['检查方案报科长签还是报局长签', 'who'],
    ['分管的批了就行还是得局长批', 'yes-no'],
    ['方案允许不，顺便问一下谁批', 'yes-no'],
  ])('%s asks %s', (question, form) => expect(askedForm(question)).toBe(form));
  it('reads 我们潞城 as the unit going', () =>
    expect(extractFacts('监控中心推来的线索，我们潞城下周去长治示例钢铁', [], ctx).unit?.name).toContain(
      '潞城分局',
    ));
  it('answers 在不在正面清单 from the register first', () =>
    expect(firstSentence(ask('长治示例化工在不在正面清单上，屯留分局下周想去查，行吗').answer)).toMatch(
      /^不在，长治示例化工有限公司未列入监督执法正面清单/,
    ));
  it('reads an enterprise’s own call as its request, the visit still on site', () => {
    const text = ask('长治示例陶瓷老板打电话请我们去看治污设施，12月8号去行不行').answer;
    expect(text).toContain('应企业申请');
    expect(text).toContain('主要负责人批准');
  });
});
