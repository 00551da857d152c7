import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

describe('a fine in place of the order to correct is 第14条’s 不得以罚代管', () => {
  it.each<Row>([
    ['只罚款不责令改正可以吗？这家厂废水超标。', ['14', '11'], [['罚款', '第14条']], /^不能/],
    ['光罚钱不让整改行吗？企业偷排了。', ['14', '11'], [['偷排', '第11条']], /^不能/],
    ['分局想开罚单了事，可以吗？那家厂偷排。', ['14', '11'], [], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('like cases fined far apart are against 第12条’s 类案同罚', () => {
  it.each<Row>([
    ['两家一样的超标 罚的差了一半 这样可以吗', ['12', '11'], [['超标', '第11条']], /^不能/],
    ['同一类违法，这个县罚得比那个县少很多，行吗？', ['12'], [], /^不能/],
    ['两个厂都是偷排，一个罚得比另一个重两倍，合适吗？', ['12', '11'], [], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('a special inspection dated a whole year is no period limited (第4条)', () => {
  it.each<Row>([
    [
      '专项检查审批表 检查时间一栏 可以写一整年不写起止日期吗',
      ['annex-1', '4'],
      [
        ['检查时间', '附件1'],
        ['一整年', '第4条'],
      ],
      /^不能/,
    ],
    ['危废专项的审批表，检查时间能不能填全年？', ['annex-1', '4'], [['全年', '第4条']], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('「只管查不管帮」 is answered from 第15条', () => {
  it.each<Row>([
    ['有人说执法只查不帮企业，真是这样吗？', ['15'], [], /^不是/],
    ['那家厂整改资金紧张，科里有人讲我们光查不帮，方案里是这样写的吗', ['15'], [['整改', '第15条']], /^不是/],
    ['企业整改钱不够，我们是不是只管查不管帮？', ['15'], [], /^不是/],
  ])('%s', (...row) => checkCase(row));
});

describe('the officer’s word for a fact is said beside the scheme’s', () => {
  it.each<Row>([
    ['执法队发现示例化工篡改在线监测数据，怎么处理', ['11', '12'], [['篡改在线监测数据', '第11条']]],
    ['示例焦化删改了自动监控数据，以后日常监管频次要不要提高？', ['11'], [['删改', '第11条']], /^需要/],
    ['上周对那家厂下了责令改正，整改期过了还没改，怎么办？', ['14', '15'], [['责令改正', '第14条']]],
    ['罚完款还要责令整改吗？示例陶瓷超标排放。', ['14'], [['责令整改', '第14条']]],
  ])('%s', (...row) => checkCase(row));
});

describe('a clue stated beside a visit without a plan frees the cap, not the plan (第5条, 第3条)', () => {
  it.each<Row>([
    ['群众举报那家厂冒黑烟，来不及做方案，能先去吗？', ['5', '3'], [['举报', '第3条']], /^不能/],
    ['上级转办了一件线索，不写检查方案直接进厂行吗', ['5', '3'], [['转办', '第3条']], /^不能/],
    ['方案还没写，能先去现场吗？', ['5'], [], /^不能/],
    // The approval waved through in so many words, judged with 「中不中」.
    [
      '接到两起群众电话说长治示例陶瓷有限公司半夜冒烟，值班的说明早直接过去，不用走审批，反正是举报件。这样中不中？',
      ['5', '3'],
      [],
      /^不能/,
    ],
  ])('%s', (...row) => checkCase(row));
});

describe('an approval only asked about is not waved through', () => {
  it.each<Row>([
    ['省里转办个线索说黎城水泥厂超标排放 分局能直接去查不 用不用走审批', ['5', '3'], [], /^需要/],
    ['12月12号想先远程调平顺陶瓷厂的用电数据，这种不进厂的，安静期里需不需要报批', ['10'], [], /^不需要/],
  ])('%s', (...row) => checkCase(row));
});

describe('every row of 附件1 asked is named as the form prints it', () => {
  it.each<Row>([
    ['扬尘专项的审批表，检查对象和检查时间要写清楚吗', ['annex-1', '4'], [['检查时间', '附件1']], /^需要/],
    ['危废专项审批表实施单位、检查依据两栏要不要填', ['annex-1'], [['检查依据', '附件1']]],
  ])('%s', (...row) => checkCase(row));
});

describe('a printed row of 附件3 asked is named as the form prints it', () => {
  it.each<Row>([
    ['移交线索时移送表企业名称要填吗', ['annex-3', '8'], [['涉嫌违法主体名称', '附件3']], /^需要/],
    ['监控中心移交线索，移送表身份证号那栏必须填吗', ['annex-3', '8'], [['身份证号', '附件3']], /^需要/],
  ])('%s', (...row) => checkCase(row));
});

describe('a weekday named is a day the officer chose, weighed on the quiet calendar (第10条)', () => {
  it.each<Row>([
    ['市执法队下周一去示例钢铁现场，谁批？', ['5', '10'], [['下周一', '第10条']]],
    ['潞城分局下周三去示例钢铁现场，能去吗？', ['10', '5'], [['下周三', '第10条']], /^可以/],
  ])('%s', (...row) => checkCase(row));
});

describe('a stage of the full process asked (验收, 销号) brings the process (第14条)', () => {
  it.each<Row>([
    ['潞城分局查处的示例钢铁案，整改完了谁来验收？', ['14'], [['验收', '第14条']]],
    ['罚过款的那家企业，整改销号归谁管？', ['14'], [['销号', '第14条']]],
  ])('%s', (...row) => checkCase(row));
});

describe('a special inspection’s focus named is said with its approval (第4条)', () => {
  it.each<Row>([
    ['超标排放专项方案谁批？', ['4'], [['超标排放', '第4条']]],
    ['超标排放专项审批表要几个人签？', ['annex-1', '4'], [['超标排放', '第4条']]],
  ])('%s', (...row) => checkCase(row));
});

describe('an inspection’s results posted are 第7条’s postings; a random draw’s, 第3条’s 双随机、一公开', () => {
  it.each<Row>([
    ['这批双随机抽查的结果要不要公示？', ['7', '3'], [['公示', '第7条']], /^需要/],
    ['双随机抽查结果需不需要对外公示？', ['7', '3'], [['双随机', '第3条']], /^需要/],
  ])('%s', (...row) => checkCase(row));
});

describe('another department named is one of 第3条’s 多个单位', () => {
  it.each<Row>([
    ['下月我局和公安局都要进示例化工，按综合一次查联合去，行吗？', ['3'], [['公安局', '第3条']]],
    ['市场监管局也要去示例焦化，能不能综合一次查？', ['3'], [['市场监管局', '第3条']]],
  ])('%s', (...row) => checkCase(row));
});

describe('a signer the officer names is answered by name beside 第5条', () => {
  const ctx5 = demoContext();
  it.each([
    ['长子分局11月30号去污水处理厂，分局副局长签个字够不够', '副局长签批不够'],
    ['屯留分局11月30号去化工厂，方案分管副局长签了就能去吗', '分管副局长签批不够'],
  ])('%s (county)', (question, words) => {
    const text = answer(question, ctx5).answer;
    expect(text).toMatch(/^不能，县区级入企执法检查由各分局主要负责人审批/);
    expect(text.split(/[；。]/).some((part) => part.includes(words) && part.includes('第5条'))).toBe(true);
  });

  it.each(['水生态环境科11月27号去污水处理厂，方案让分管我们科的副局长审一下可以吧'])(
    '%s (city)',
    (question) => {
      expect(answer(question, ctx5).answer).toMatch(
        /^可以[，。]市级入企执法检查由市生态环境局主要负责人或分管局领导审批/,
      );
    },
  );
});

describe('a violation’s short length is named beside 第12条, and a fine at one extreme is 畸轻畸重', () => {
  it.each<Row>([
    ['水泥厂超标排放就持续了两个小时，有人要顶格罚，能行吗', ['12', '11'], [['两个小时', '第12条']], /^不能/],
    ['焦化厂废气超标，才超了三天，分局想罚到顶，合适吗', ['12', '11'], [['三天', '第12条']], /^不妥/],
    ['化工厂偷排，企业说就偷排了一晚上，罚款咋定', ['11', '12'], [['一晚上', '第12条']], /./],
  ])('%s', (...row) => checkCase(row));
});

describe('after sparing the fine, what is still owed leads (第14条’s 免罚不免责)', () => {
  it.each<Row>([
    [
      '示例陶瓷首次违法情节轻微，已经不予处罚了，分局是不是什么都不用管了',
      ['14', '13'],
      [['不予处罚', '第14条']],
      /^不是/,
    ],
    ['企业轻微违法按清单免罚了，接下来我们要做点啥', ['14'], [], /./],
    ['那家厂首违不罚了，分局是不是啥也不用干了', ['14'], [], /^不是/],
  ])('%s', (...row) => checkCase(row));
});

describe('a special plan signed by a lower hand is asked whether it counts (算数)', () => {
  it.each([
    '武乡分局局长签了个危废专项检查方案，12月22号去危废处置公司，分局局长批了算数吗',
    '潞城分局搞涉气专项，12月22号去钢铁厂，方案分局长签了，这个签字作数吗',
  ])('%s', (question) => {
    const text = answer(question, demoContext()).answer;
    expect(text).toMatch(/^不能/);
    expect(text).toContain('县级以上人民政府');
  });
});

describe('a decision without the order to correct, and 要不要立案处罚 of a first minor violation', () => {
  it.each<Row>([
    ['给示例水泥的处罚决定书只写了罚款，没下责令改正，这样行吗', ['14'], [], /^不能/],
    ['示例陶瓷头一回违法，当场就改了，没造成后果，要不要立案处罚', ['13', '14'], [], /^可不予处罚/],
    ['那家厂首次违法情节轻微，需不需要立案处罚', ['13', '14'], [], /./],
  ])('%s', (...row) => checkCase(row));

  it('an ask about who posts officers’ details leads with 第7条 though a visit is told', () => {
    const question = '下周去示例化工检查，企业要核对执法人员信息，执法人员信息由哪个科室负责公开';
    expect(answer(question, demoContext()).citations[0]?.clause).toBe('7');
  });
});

describe('会不会占次数 asks the cap; a county deputy’s signature asked by 审批行不行', () => {
  it.each([
    ['群众投诉示例污水处理厂出水发黑，长子分局今年已查了三次，这趟去了会不会占它今年的检查次数', /^不算/],
    [
      '有人举报示例化工偷排，屯留分局11月27号去，分局副局长审批行不行',
      /^不能，县区级入企执法检查由各分局主要负责人审批/,
    ],
  ])('%s', (question, opening) => {
    expect(answer(question, demoContext()).answer).toMatch(opening);
  });
});

describe('whether to move a visit’s day is answered by the quiet period (第10条)', () => {
  it.each<Row>([
    [
      '下周三去长治示例化工有限公司双随机检查，正好赶上安静期，要不要改个时间',
      ['10'],
      [],
      /^需要，应科学合理安排“错峰”执法检查/,
    ],
    [
      '双随机抽中潞城钢铁集团，原计划12月25日入厂，正好在潞城区安静期，可不可以往后挪一挪',
      ['10'],
      [],
      /^可以，/,
    ],
    ['明天去长治示例钢铁集团有限公司双随机检查，要不要改个时间', ['10'], [], /^不需要，.*不在企业安静期内/],
  ])('%s', (...row) => checkCase(row));
});
