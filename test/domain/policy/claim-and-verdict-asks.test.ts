import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

// Claims asked about, and yes-or-no asks whose verdict the rule decides, as officers put them.
const ctx = demoContext();

describe('a claim asked about is answered 不是 where the scheme says otherwise', () => {
  it.each([
    ['襄垣县政府办的人说，今年送法入企由市局统一组织就行，县区不用再单独搞了。这说法跟36号文对得上吗？', '2'],
    [
      '长治示例农产品加工有限公司的人讲，他们进了正面清单，以后生态环境部门就不能再上门了，哪怕有人举报也不能查。企业这个说法成立吗？',
      '9',
    ],
    [
      '机动车排气污染防治检测中心的人说，他们发现的柴油货车尾气异常只管登记，移交线索不是他们的事。按方案是这样吗？',
      '8',
    ],
    // The scheme names another who does it.
    ['上党分局查处的案子，分局那边说后续督促整改、验收应该由市局来管。这个说法站得住吗？', '14'],
  ])('%s', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(/^不是[，。]/);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  it.each([
    // A claim the scheme bears out keeps the answer's own yes.
    ['法规科的人说，上党分局查处的案子由上党分局督促整改。这个说法站得住吗？'],
    ['有人说检查结束后要及时向企业反馈检查结果。是这样吗？'],
  ])('leaves %s its own yes', (question) => {
    expect(answer(question, ctx).answer).not.toMatch(/^不是[，。]/);
  });
});

describe('asks in the officers’ words that had the wrong yes or no', () => {
  it.each([
    ['小毛病也得罚？', /^不需要，/, '13'],
    [
      '1.重污染天气橙色预警期间；2.长治示例焦化有限公司未按要求落实停限产措施；3.现场已固定证据。问：这种算不算严重违法，要不要依法严惩',
      /^属于，/,
      '11',
    ],
    [
      '①对象：长治示例铸造有限公司；②方式：现场检查；③企业负责人提出车间有专利工艺，要求检查时关掉执法记录仪。问：能不能按企业要求关',
      /^不能。/,
      '6',
    ],
    ['俺们武乡分局要去危废处置那家查 局长出差了 副局长给审比一下方案行不', /^不能，/, '5'],
    // A joint visit told: the recording asked is still 第6条's.
    [
      '昨天跟应急联合检查襄垣长治示例煤业有限公司 应急的人说企业有涉密区域 让把执法记录仪都关了 我们就全程关着 移动执法也没开 这样行不行',
      /^不行。/,
      '6',
    ],
  ])('%s', (question, opens, clause) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  it('still answers a serious violation found on a visit asked as a visit', () => {
    const result = answer('现场发现长治示例焦化有限公司偷排，12月28日还能再去复查吗', ctx);
    expect(result.citations.map((c) => c.clause)).toContain('3');
  });
});

describe('asks that fell to a neighbouring clause', () => {
  it.each([
    ['听说现在要少打扰企业 那是不是能不去查就尽量都不去', /^不能，既要防止检查过多干扰企业/, 'org-2'],
    ['不用去现场也能发现企业有问题的那些办法 一般都有哪些', /^线索来源包括排污许可、自动监控/, '8'],
    [
      '除了到现场，方案里认可的非现场发现问题的渠道都有哪几种？我们分局想对照着梳理一下',
      /^线索来源包括/,
      '8',
    ],
    [
      '我们原来那边移送线索只分水和气两类，这边移送表上涉嫌违法行为能选哪些？',
      /“涉嫌违法行为”的选项为水污染、大气污染、固废违法/,
      'annex-3',
    ],
    ['专项执法检查审批表局长签完字，是不是就可以直接开始查了？', /^不是，.*备案，并向社会公开/, '4'],
    ['那个就是12月份的时候然后我们壶关县哪几天是那个企业安静气啊', /12月1日至12月20日/, '10'],
  ])('%s', (question, opens, clause) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  it.each([
    // Filing a closed case is other rules'; closing it without follow-up is the scheme's.
    [
      '潞州分局对一家企业轻微违法不予处罚后，没有教育也没有跟进督促整改，直接归档了事，是否违反方案规定',
      false,
    ],
    ['专项方案副局长签完字，是不是就可以直接开始查了', false],
  ])('%s is still answered from its own rule', (question, refused) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(refused);
    expect(result.answer).not.toMatch(/还须按照规定备案，并向社会公开（第4条）。$/);
  });
});

describe('yes-or-no asks whose verdict the rule itself decides', () => {
  it.each([
    [
      '請問列入監督執法正面清單的企業，是不是就可以完全不接受現場檢查了？',
      /^不是，视情减少或免除现场检查/,
      '9',
    ],
    ['专项检查最长能搞多长时间 有没有个天数规定', /^有。.*本局设定专项检查最长90天/, '4'],
    [
      '夜查 长治示例煤业 脱硫塔循环泵停着 中控记录停了快三个钟头 企业说头一回 求首违不罚 这种能不罚么',
      /^不能，脱硫塔循环泵停着属不正常运行治污设施/,
      '11',
    ],
    [
      '今天去示例陶瓷做送法入企，发现危废间标识牌没按规定贴，这是头一次被发现。是不是必须立案处罚？',
      /^不需要，/,
      '13',
    ],
    ['企业首次违法而且情节很轻微，必须处罚吗', /^不需要，/, '13'],
  ])('%s', (question, opens, clause) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  it('still answers 可以免检吗 with the incentive itself', () => {
    expect(answer('进了正面清单的企业可以免检吗', ctx).answer).toMatch(/^可以，但视情减少或免除现场检查/);
  });
});

describe('going in at will and a reach left for later', () => {
  it('answers a follow-up asking to go in at will from the calendar, 不是', () => {
    const result = answer('那潞城的钢铁厂 21号以后是不是就能随便进了', {
      ...ctx,
      previous: '这个月底到下个月全市哪几天是安静期',
    });
    expect(result.answer).toMatch(
      /^不是。.*12月21日至12月31日（潞城区）.*须报请本级行政执法主体主要负责人批准（第10条）/,
    );
  });

  it.each([
    ['示例钢铁12月21号以后是不是就能随便进了', /^不能，不得随意入企/, '10'],
    [
      '法规与标准科拟2027年“送法入企”计划：人手有限，先安排潞州区、上党区两个区的重点企业，其余县区放到2028年。这样排可以吗？',
      /^不能，.*每年全市重点企业全覆盖/,
      '2',
    ],
  ])('%s', (question, opens, clause) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  it('still answers whether one may go in a quiet period with its condition', () => {
    expect(answer('安静期里能不能去现场检查', ctx).answer).toMatch(/^能，但须因实际工作需要/);
  });
});
