import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();

const check = checkCase;

describe('a serious violation whose handling is asked weighs the penalty on 第12条', () => {
  it.each<Row>([
    ['屯留分局查到示例化工偷排，这事怎么处理', ['11', '12'], [['偷排', '第11条']]],
    // A serious violation decides the relief asked for: 第11条 first.
    ['企业被发现超标排放，能不能不罚', ['11', '13', '12'], [['超标', '第11条']], /^不能/],
    ['平顺分局发现示例陶瓷无证排污，罚款的时候要注意什么', ['11', '12', '14'], [['无证排污', '第11条']]],
  ])('%s', (...row) => check(row));
});

describe('the ask decides which clause leads', () => {
  it.each<Row>([
    // What sparing the fine still leaves owed is 第14条's.
    ['壶关分局查到示例铸造首次违法，情节轻微，免罚以后还得干什么', ['14', '13'], [['不予处罚', '第14条']]],
    ['黎城分局发现示例水泥第一次违法，不予处罚之后还需要做哪些工作', ['14', '13'], []],
    // A measure the officer plans is what the ask is about.
    ['执法队发现示例钢铁偷排，打算停产整治，需要注意啥', ['13', '11'], [['偷排', '第11条']]],
    ['壶关分局查出示例铸造超标，拟查封设备，有什么要求', ['13', '11'], []],
    // The form asked alone leads; the clue it carries is 第8条's.
    ['武乡分局接到市局移交的示例危废处置线索，用哪个表', ['annex-3', '8'], [['武乡分局', '第8条']]],
    ['潞州分局收到大气科移送的线索，该填什么表', ['annex-3', '8'], []],
  ])('%s', (...row) => check(row));
});

describe('the officer’s word for a fact stays beside its clause', () => {
  it.each<Row>([
    // The anomaly found off-site is the clue.
    ['监控中心发现示例钢铁用电数据异常，能不能自己去查', ['8', 'annex-3'], [['异常', '第8条']], /^不能/],
    ['土壤科从在线监测看到示例危废处置数据异常，科里要不要自己去查', ['8'], [['异常', '第8条']], /^不需要/],
    // 附件2's box as the form prints it.
    ['平顺分局下周去示例陶瓷，是群众投诉来的，审批表检查类型选哪个', ['annex-2'], [['举报投诉', '附件2']]],
    ['屯留分局下周对示例化工双随机抽查，计划审批表怎么勾', ['annex-2'], [['双随机', '附件2']]],
    // One visit that checks everything is 第6条's.
    ['襄垣分局下周去示例煤业做排污许可检查，有什么要求', ['6'], [['排污许可', '第6条']]],
    ['屯留分局下周去示例化工，想一次查完所有事项，有啥规定', ['6'], [['一次检查、全面体检', '第6条']]],
  ])('%s', (...row) => check(row));
});

describe('who approves a visit in the quiet period', () => {
  it.each<Row>([
    // The level named with 第5条, the quiet period that decides the approver first.
    ['市执法队12月10号去示例化工现场，谁批', ['10', '5'], [['市级', '第5条']]],
    ['潞城分局12月5号去示例钢铁，谁来签字', ['10', '5'], [['县区级', '第5条']]],
    ['执法队和潞城分局12月8号一起去示例钢铁，找谁批', ['10', '5', '3'], [['安静期', '第10条']]],
    // A day outside it is said once, with 第10条.
    [
      '大气科12月28号去示例焦化现场检查，要走安静期审批吗',
      ['10', '5'],
      [['不在企业安静期内', '第10条']],
      /^不需要/,
    ],
  ])('%s', (...row) => check(row));
});

describe('whether a lower signer is enough', () => {
  it.each<Row>([
    ['市执法队下周查示例化工，科长签字就行了吧', ['5'], [['分管局领导审批', '第5条']], /^不能/],
    ['平顺分局下周去示例陶瓷，队长批了就能去吗', ['5'], [['各分局主要负责人审批', '第5条']], /^不能/],
  ])('%s', (...row) => check(row));

  it('reads one unit’s round of several enterprises as no joint visit', () => {
    const result = answer('上党分局下周对示例焦化、示例化工两家一起查，行吗', ctx);
    expect(result.answer).not.toContain('综合一次查');
  });
});

describe('a named case answered from the rule names its clause', () => {
  it.each<Row>([
    ['示例医药的处罚决定谁公开', ['7'], [['行政处罚决定', '第7条']]],
    ['土壤科想搞个危废专项，全市企业都查一遍，行吗', ['4'], [['专项', '第4条']], /^不能/],
  ])('%s', (...row) => check(row));
});

describe('第11条’s serious violations in the officer’s words', () => {
  it.each<Row>([
    ['屯留分局发现示例化工除尘器没开，怎么处理', ['11', '12'], [['除尘器没开', '第11条']]],
    ['企业脱硫塔停运了好几天，要不要罚', ['11'], [['不正常运行治污设施', '第11条']], /^需要/],
    ['示例焦化没有排污许可证就生产，分局准备查封，要注意什么', ['13', '11'], [['无证排污', '第11条']]],
    ['企业干扰在线监测设备，分局怎么处理', ['11', '12'], [['弄虚作假', '第11条']]],
    ['企业私设排污口往河里排，能不能从轻', ['12', '11'], [['偷排偷放', '第11条']], /^可以，但须/],
    ['重污染天气预警期间示例钢铁还在生产，能按首违不罚吗', ['11', '13'], [['停限产', '第11条']], /^不能/],
  ])('%s', (...row) => check(row));
});

describe('a first or minor violation in everyday words', () => {
  it.each<Row>([
    ['企业以前从没被处罚过，这次台账不全，没造成什么后果，要罚吗', ['13', '14'], [], /^可不予处罚/],
    ['示例铸造之前没有违法记录，标识没挂，壶关分局一定要罚款吗', ['13'], [['首次违法', '第13条']], /^不需要/],
  ])('%s', (...row) => check(row));
});

describe('triggers in everyday words free the visit from the cap', () => {
  it.each([
    ['有人反映示例焦化夜里冒黑烟，上党分局明天能去吗', '因投诉举报发现线索确需实施检查'],
    ['企业主动邀请长子分局去示例焦化指导，还能去吗', '应企业申请实施执法检查'],
    // The officer's word for the referral is said beside the scheme's.
    ['领导批示要查示例焦化，上党分局明天去行不行', '因转办交办（领导批示）发现线索确需实施检查'],
  ])('%s', (question, says) => {
    const result = answer(question, ctx);
    expect(result.answer).toContain(says);
    expect(result.answer).not.toContain('夜间检查');
  });
});

describe('a question whose parts are parted by spaces, as chat messages often are', () => {
  it.each<Row>([
    [
      '监控中心用电数据看到示例陶瓷异常 我们自己能直接去厂里查吗 不行的话交给谁',
      ['8', 'annex-3'],
      [['异常', '第8条']],
    ],
    ['无人机巡查拍到示例铸造冒烟 我们科下一步怎么处理', ['8'], [['无人机', '第8条']]],
  ])('%s', (...row) => check(row));
});

describe('a special inspection of every enterprise in a district is weighed as a plan', () => {
  it.each<Row>([
    ['沁县分局想搞个专项 把辖区所有企业都过一遍 行不行', ['4'], [['专项', '第4条']], /^不能/],
    ['黎城分局打算做个专项，全县企业先摸个底，可以吗', ['4'], [], /^不能/],
  ])('%s', (...row) => check(row));
});

describe('cases other clauses decide, not the visit', () => {
  it.each<Row>([
    // A risk not yet a violation: 第1条's warning.
    [
      '水生态环境科看到示例陶瓷出水数据快超标了，想先提醒企业，方案有这个规定吗',
      ['1'],
      [['预警提醒', '第1条']],
      /^有/,
    ],
    ['大气科发现示例焦化有违法苗头，还没到违法那一步，我们怎么弄', ['1'], [['违法风险', '第1条']]],
    // 送法入企 on its own, or during a visit.
    ['平顺分局想请专家去示例陶瓷搞个讲座，这算不算执法普法', ['2'], [['讲座', '第2条']], /^属于/],
    ['潞城分局下周去示例钢铁现场检查，顺便以案说法讲讲新法，可以吗', ['2'], [['以案说法', '第2条']]],
    // Who publishes what.
    ['屯留分局对示例化工下了处罚决定，决定书上网公示归谁管', ['7'], [['行政处罚决定', '第7条']]],
    ['新来的执法人员信息要公示，这活谁干', ['7'], [['执法人员', '第7条']]],
    // Conduct the bureau must correct, and publicity.
    ['示例焦化反映我们今年查太多了，还说执法不规范，局里怎么处理', ['org-2'], [['执法不规范', '三（二）']]],
    ['准备在示例热电开个会宣传一下规范执法的政策和典型经验', ['org-3'], [['典型经验', '三（三）']]],
  ])('%s', (...row) => check(row));
});

describe('a violation denied is none, and a visit checking rectification is weighed as a visit', () => {
  it('reads 「还没超标」 as no violation', () => {
    expect(answer('监控中心看到示例化工在线数据往上走，还没超标，要不要提醒企业', ctx).answer).not.toContain(
      '依法严惩',
    );
  });

  it.each<Row>([
    ['12月8日屯留分局想去示例化工现场看看整改情况，可以吗', ['10', '15'], [['整改', '第15条']]],
    ['平顺分局12月3号去示例陶瓷回头看整改效果，能去吗', ['10', '15'], [['安静期', '第10条']]],
  ])('%s', (...row) => check(row));
});

describe('more kinds read in the officer’s words', () => {
  it.each<Row>([
    // A result held back is not 「及时」.
    [
      '查完示例陶瓷发现点小问题，企业问什么时候给个说法，我们想拖到月底统一出，可以吗',
      ['6'],
      [['反馈', '第6条']],
      /^不能/,
    ],
    // The enterprise asking the bureau over is 应企业申请.
    [
      '示例铸造老板想让我们去厂里帮着看看新设备，今年已经去过两回了，这趟算不算次数',
      ['3'],
      [['企业申请', '第3条']],
      /^不算/,
    ],
    // 调研 is not an inspection under the scheme.
    ['局里下周去示例钢铁调研，了解企业困难，这算入企执法检查吗', ['notice'], [['调研', '通知']], /不适用/],
  ])('%s', (...row) => check(row));

  it.each(['下周去示例焦化那天会不会下大雪', '执法人员想请年休假找谁批'])('refuses %s', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it('takes 「没按要求限产」 for 第11条’s violation', () => {
    expect(answer('预警期间示例焦化没按要求限产，怎么处理', ctx).answer).toContain('停限产措施');
  });
});

describe('follow-ups and alternatives', () => {
  const ask = (previous: string, question: string) => answer(question, { ...ctx, previous });

  it('resolves 「这个清单」 to the list the previous question named', () => {
    const result = ask('正面清单企业还要现场检查吗', '示例医药在不在这个清单里');
    expect(result.outOfScope).toBe(false);
    expect(result.answer).toContain('长治示例医药有限公司');
  });

  it('drops a trigger the follow-up denies', () => {
    const result = ask('示例焦化今年查过两次，有人举报，上党分局还能去吗', '要是没人举报，是双随机抽到的呢');
    expect(result.answer).not.toContain('因投诉举报发现线索确需实施检查');
  });

  it('answers 「A吗，还是B」 as A asks', () => {
    expect(firstSentence(answer('罚完示例陶瓷以后还要管吗，还是结案就行', ctx).answer)).toMatch(/^需要/);
  });

  it('reads hardship in rectification with a plan and help', () => {
    const text = answer('示例水泥整改快到期了，企业说钱不够改不完，屯留分局下一步怎么办', ctx).answer;
    expect(text).toContain('整改计划');
    expect(text).toContain('纾困解难');
  });
});

describe('forms’ boxes and rows, several violations, and where a clue goes', () => {
  it.each<Row>([
    [
      '监控中心看到示例焦化用电数据异常，要移给上党分局，移送表线索来源勾哪个',
      ['annex-3'],
      [['监测数据', '附件3']],
    ],
    ['群众举报示例陶瓷，要移送平顺分局，线索来源选哪个', ['annex-3'], [['信访举报', '附件3']]],
    ['土壤科准备搞个危废专项，审批表上要签哪几个人的意见', ['annex-1'], [['分管局长意见', '附件1']]],
  ])('%s', (...row) => check(row));

  it('names every violation stated, each with its term', () => {
    const text = answer('示例煤业被查出数据造假还有偷排，能按轻微违法处理吗', ctx).answer;
    expect(text).toMatch(/数据造假属弄虚作假，偷排属偷排偷放，均属严重违法问题，应依法严惩（第11条）/);
  });

  it('sends a named enterprise’s clue to its county’s branch', () => {
    expect(answer('监控中心发现示例陶瓷在线数据异常，科里能自己去查吗', ctx).answer).toContain(
      '移交有关分局调查处理（平顺分局）',
    );
  });
});

describe('a serious violation asked to be treated as minor, and a special plan without an end', () => {
  it.each<Row>([
    [
      '示例焦化被查出篡改在线数据还有偷排，能按轻微违法走柔性执法吗',
      ['11', '13'],
      [['偷排', '第11条']],
      /^不能/,
    ],
    ['土壤科专项审批表的检查时间结束日期还没定，能先空着吗', ['annex-1', '4'], [['无限期延长检查', '第4条']]],
    ['上半年那个扬尘专项还没收尾，干脆延到明年，行吗', ['4'], [['无限期延长检查', '第4条']], /^不能/],
  ])('%s', (...row) => check(row));

  it.each([
    ['企业没按要求限产，这个算方案里重点打的吗', /^属于/],
    ['去现场查，执法记录仪得全程开着吗', /^需要/],
  ])('%s', (question, opens) => expect(firstSentence(answer(question, ctx).answer)).toMatch(opens));
});

describe('the supervisor’s signature on a city visit, and more frequent visits asked', () => {
  it.each<Row>([
    [
      '大气科11月28号去示例化工核实线索，分管副局长已经签了字，还用不用再找局长',
      ['5'],
      [['市级', '第5条']],
      /^不需要/,
    ],
    [
      '示例水泥上个月查出重大环境问题，罚完了，以后要不要多跑几趟',
      ['11'],
      [['重大环境问题', '第11条']],
      /^需要/,
    ],
  ])('%s', (...row) => check(row));
  // Both clauses decide it (第5条's 分管局领导 signs, 第10条's quiet period does not reach 11月30日); which
  // leads is the lead model's reading of the ask, so only the verdict and both clauses are held here.
  it('answers a city visit signed by the supervisor outside the quiet period 可以, with 第5条 and 第10条', () => {
    const result = answer('执法队11月30号去示例陶瓷现场，分管局长签了就行吗', ctx);
    expect(result.answer).toMatch(/^可以/);
    const cited = result.citations.map((c) => c.clause);
    expect(cited).toEqual(expect.arrayContaining(['5', '10']));
    expect(result.answer.split(/[；。]/).some((p) => p.includes('分管局领导') && p.includes('第5条'))).toBe(
      true,
    );
  });
});

describe('an off-site look proposed as the first step is 第8条’s, whatever it spares', () => {
  it.each<Row>([
    [
      '高新分局接到异味投诉，附近有示例医药，想先不进企业，用无人机巡查排查来源，可以吗',
      ['8', '9'],
      [['无人机巡查', '第8条']],
      /^可以/,
    ],
    [
      '屯留分局下周想先不进厂，调示例化工的在线数据和用电数据远程看看，行吗',
      ['8'],
      [['用电用能', '第8条']],
      /^可以/,
    ],
    ['武乡分局想先让无人机飞一圈示例危废处置厂再定去不去，可以吗', ['8'], [['无人机巡查', '第8条']], /^可以/],
    // Without 先 the off-site check stands in for the visit: the list or the quiet period answers it.
    ['示例医药是正面清单企业，是否只做资料核查就可以，不去现场', ['9'], []],
    ['大气科想在12月15日对示例焦化做用电监控数据分析，不去企业，行吗', ['10', '8'], []],
  ])('%s', (...row) => check(row));
});

describe('a visit asked to go on its set day is answered by the quiet period over that day', () => {
  it.each<Row>([
    [
      '执法队拟12月8日对示例医药现场检查，能否按期入企？',
      ['10', '9'],
      [
        ['安静期', '第10条'],
        ['正面清单', '第9条'],
      ],
      /^可以，但/,
    ],
    ['潞城分局12月10日去示例钢铁现场检查，可以如期开展吗', ['10'], [['安静期', '第10条']], /^可以，但/],
    // A day outside it leaves the list's reason to answer.
    ['执法队拟12月28日对示例医药现场检查，能否按期入企？', ['9'], [], /^原则上不能/],
  ])('%s', (...row) => check(row));
});

describe('the approver of a visit a clue form brought is asked of the visit, not of the form', () => {
  it.each<Row>([
    [
      '监控中心用线索移送表移来示例危废处置的线索，执法队拟12月22日去现场检查。检查方案我签字后，报分管副局长审批即可，还是必须报局长？',
      ['5'],
      [['分管局领导', '第5条']],
    ],
    [
      '大气科用移送表把示例钢铁的线索移过来了，执法队拟12月23日去现场检查。检查方案要报谁批？',
      ['10', '5'],
      [],
    ],
    // A row of the form asked stays the form's.
    ['监控中心移来示例危废处置的线索，移送表谁签字？', ['annex-3', '8'], []],
  ])('%s', (...row) => check(row));
});
