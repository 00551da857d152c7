import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

// Files reviewed, signers, penalties weighed and violations again, as officers ask about them.
const ctx = demoContext();

describe('a file reviewed and a decision posted', () => {
  it('finds a visit without a written plan against 第5条', () => {
    const result = answer(
      '长子分局报来的卷：11月19日对示例污水处理现场检查，卷里只有分局局长微信回复的截图“同意”，没有书面检查方案，也没有审批表；现场执法记录仪视频倒是全的。法制审核能过吗？',
      ctx,
    );
    expect(result.answer).toMatch(/^不符合：.*（第5条），所述“没有书面检查方案”不符合这一要求/);
  });

  it('answers where a decision is posted from 第7条, before the order to correct it lacks', () => {
    const result = answer(
      '法制科审卷。壶关分局示例铸造一案，11月24日作出处罚决定，罚款3.2万元。这个处罚决定要公示，是壶关分局自己挂网还是市里统一挂？另外我看决定书里只写了罚款，没写责令改正。',
      ctx,
    );
    expect(result.citations.map((c) => c.clause).slice(0, 2)).toEqual(['7', '14']);
    expect(result.answer).toMatch(/^市执法队负责行政处罚决定等信息的信息公开/);
  });
});

describe('a serious violation with what weighs it down told', () => {
  it('is weighed on the benchmark (第12条), not refused outright', () => {
    const result = answer(
      '钢铁那家超标排放，持续时间不长，发现后整改态度也挺积极，裁量的时候能不能往轻里考虑',
      ctx,
    );
    expect(result.answer).toMatch(/^可以，但须严格遵循“过罚相当”原则/);
    expect(result.citations.map((c) => c.clause)).toEqual(['12', '11']);
  });

  it('still refuses leniency for a serious violation with nothing told to weigh it', () => {
    expect(answer('钢铁那家超标排放，裁量的时候能不能往轻里考虑', ctx).answer).toMatch(/^不能，/);
  });
});

describe('a lower signer asked to do, in and out of the quiet period', () => {
  it.each([
    [
      '请示：本人系平顺分局新任副局长（分管执法）。现有一份对长治示例陶瓷有限公司的入企执法检查方案，检查时间为2026年11月30日，因局长外出学习，可否由本人审批？',
      /^不能，县区级入企执法检查由各分局主要负责人审批/,
    ],
    [
      '执法队要在12月10号安静期内去长治示例钢铁集团有限公司现场 报告只有分管副局长签字 这样够不够',
      /^不能，企业安静期内/,
    ],
  ])('%s', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });

  it('reads a follow-up with the quiet period asked before it', () => {
    const result = answer('那我们是市执法队 分管的副局长签了算不算', {
      ...ctx,
      previous: '安静其里头要去企业现场 得谁批',
    });
    expect(result.answer).toMatch(/^不能，企业安静期内.*分管的副局长签字不够（第10条）/);
  });

  it('still lets a city supervisor approve outside the quiet period', () => {
    expect(
      answer('执法队11月27号去长治示例钢铁集团有限公司现场，分管副局长签字行不行', ctx).answer,
    ).not.toMatch(/签字不够/);
  });
});

describe('a listed enterprise asked about', () => {
  it.each([
    ['列入正面清单的企业，是不是一律不能进去现场检查了？', /^不是，视情减少或免除现场检查/],
    ['列入正面清单有什么好处', /^对列入监督执法正面清单的企业，采取减少、免除现场检查/],
    ['能不能进正面清单，咋个进法', /^可以，但须符合条件并经过筛选程序/],
  ])('%s', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });
});

describe('a violation again after 首违不罚', () => {
  it('is no first violation', () => {
    const result = answer(
      '复查 长治示例陶瓷有限公司 10月份首违不罚那次责令整改的是原料堆场苫盖不全 今天26号复查一看又没盖 还是同一个问题 这回还能不罚不',
      ctx,
    );
    expect(result.answer).toMatch(/^不能，所述[^，]+，不属于首次违法，不适用首违不罚（第13条）/);
  });

  it('leaves a first violation spared', () => {
    expect(answer('企业首次违法，当场改正了，能不罚吗', ctx).answer).toMatch(/^可以，首次违法的/);
  });
});

describe('a clue the branch left alone', () => {
  it('is 三（二）’s 不作为, not a hand-over done right', () => {
    const result = answer(
      '市监控中心11月10日通过线索移送表，把长治示例医药有限公司废水在线监测COD超标的线索移交高新分局，督察发现到现在分局没有任何调查处理记录。这个怎么定性，依据方案哪条？',
      ctx,
    );
    expect(result.answer).toMatch(/^属于违规：.*不作为、乱作为等问题（三（二））/);
    expect(result.citations[0]?.clause).toBe('org-2');
  });
});

describe('words that looked like something else', () => {
  it.each([
    // A call from the team leader is no unit's phone number asked; 有没有问题 asks of the enterprise, not the records.
    [
      '黎城分局今天上午去长治示例水泥有限公司送法入企讲课，讲完企业负责人主动提出让我们顺便帮他们查一查有没有问题。带队的打电话问我，能不能当场就转成执法检查？',
      /^可以，.*须经分局主要负责人（黎城分局局长（示例））审批（第5条）/,
    ],
    // Visits made, not only planned, to a listed enterprise.
    [
      '沁源分局今年对长治示例农产品加工有限公司现场检查了4次，都是例行检查，没有举报，也没有监测异常，这家在正面清单里。合不合规？',
      /^不符合：.*（第9条），所述“检查了4次”不符合这一要求/,
    ],
  ])('%s', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });

  it('still refuses a unit’s phone number', () => {
    expect(answer('执法队的电话是多少', ctx).outOfScope).toBe(true);
  });
});

describe('the count planned, after a serious violation', () => {
  it('is raised by 第11条, not kept', () => {
    const result = answer(
      '11月25日对长治示例钢铁集团有限公司现场检查，烧结烟气颗粒物超标2倍多，还发现在线监测数据有人为修改的痕迹，案子已经立了。想问下明年对这家的日常检查还按原来年度计划的次数来吗？',
      ctx,
    );
    expect(result.citations[0]?.clause).toBe('11');
    expect(result.answer).toMatch(/对发现重大环境问题的企业提高日常监管频次（第11条）/);
  });
});

describe('two units visiting one enterprise apart', () => {
  it('leads with 第3条’s 综合一次查', () => {
    const result = answer(
      '问个事，支队12月1日去长治示例化工有限公司查危废，大气科那边也报了12月3日去同一家查VOCs治理设施，两拨人一个礼拜里前后脚进一家企业，这么排行不行',
      ctx,
    );
    expect(result.answer).toMatch(/^可以，市执法队与大气环境科应通过“综合一次查”加强联合检查/);
    expect(result.citations.map((c) => c.clause).slice(0, 2)).toEqual(['3', '10']);
  });
});

describe('v14’s verdicts, mended after it was scored', () => {
  it.each([
    [
      '武乡分局的 问个事 危废处置公司今年5月份危废台账没记全 兀回按首违不罚没罚它 当场给说了叫改 前日又去 台账还是圪里圪糟的没记 这回还能不罚不',
      /^不能，所述[^，]+，不属于首次违法/,
    ],
    [
      '危废处置公司头一回叫俺们逮住把废矿物油偷偷卖给个体户了 老板说头一回犯事 要求首违不罚 这能行不',
      /^不能，.*属危废非法处置/,
    ],
    [
      '黎城分局拟对长治示例水泥有限公司作出限制生产决定。经了解：检查中仅发现危废贮存间标识牌脱落，属首次，企业当场重新张贴。请问此措施是否妥当？',
      /^不(?:应|妥)，/,
    ],
    [
      '长子分局11月5日检查长治示例污水处理有限公司，发现自行监测台账漏记两天，企业系初次违法，当场补记，未造成后果。分局按首违不罚不予处罚，当天就结案销号了，卷里没有任何批评教育、指导纠正的记录，也没有后续回访。不罚我们认可，但就这么直接结案，程序上站得住吗？',
      /^不符合：对轻微违法不予处罚的，应当履行对当事人的教育义务/,
    ],
  ])('%s', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });

  it.each([
    // A serious violation found the first time still allows the measure, with care.
    [
      '铸造公司烟尘超标，第一次发现，有的同志说直接查封扣押设备让它停产整治，能这么干吗',
      /^可以，但须审慎采取/,
    ],
    [
      '潞城分局查到长治示例钢铁集团有限公司超标，有同事提议直接查封扣押设备。查封扣押这类措施是不是得慎用？',
      /^需要，/,
    ],
  ])('keeps %s', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });

  it('refuses a car’s yearly test told beside the quiet period', () => {
    expect(
      answer('分局兀辆执法车年检到期了 12月安静期里头能开去检测站不 用不用报局长批', ctx).outOfScope,
    ).toBe(true);
  });
});

describe('the ask a case answers first', () => {
  it.each([
    // Whether to go, asked before who signs: the yes or no, whose condition names the signer.
    [
      '俺们襄垣这搭夜来黑间有人打12345举报示例煤业兀个洗煤厂往河沟里头放黑水 想下礼拜四12月3号去现场看看 安静期能去不 要谁签字嘞',
      /^可以，但.*须报请襄垣分局主要负责人批准，即襄垣分局局长（示例）/,
    ],
    // 「会不会」 is answered 不会.
    [
      '迎检准备。长治示例焦化有限公司今年双随机已查两次（3月10日、6月15日），11月18日我们又根据群众举报去了一次。省里会不会认定这次超了频次？',
      /^不会，.*因投诉举报发现线索确需实施检查/,
    ],
    // A plan a branch's deputy approved, reviewed.
    [
      '省厅督察组问询：上党分局报送的检查方案显示，拟于2026年11月30日对长治示例焦化有限公司再开展一次双随机现场检查，方案由分局副局长审批。请问该分局做法是否符合要求？',
      /^不符合：县区级入企执法检查由各分局主要负责人审批（第5条），所述“方案由分局副局长审批”/,
    ],
  ])('%s', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });

  it('still answers who alone with who', () => {
    expect(answer('12月9号上党分局去长治示例焦化有限公司查举报，得谁批', ctx).answer).not.toMatch(/^可以/);
  });
});

describe('the visits told, counted toward the cap', () => {
  it.each([
    [
      '做年底统计时发现长治示例焦化有限公司今年入企记录有5条：上党分局双随机3月10日、6月15日各一次，8月信访举报核查一次，9月企业自己申请帮扶检查一次，10月大气科工作调研一次。算进年度频次上限的到底是几次？',
      /^计入年度频次上限的为2次.*应企业申请实施的2次，可以不受频次上限限制（第3条）；工作调研等1次不属于入企执法检查/,
      ['3', 'notice'],
    ],
    [
      '今年查了它三次，两次双随机，一次举报，算进频次的是几次',
      /^计入年度频次上限的为2次.*的1次，可以不受/,
      ['3'],
    ],
  ])('%s', (question, opens, clauses) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations.map((c) => c.clause).slice(0, clauses.length)).toEqual(clauses);
  });

  it.each(['焦化今年查过几次', '工作调研也算频次吗'])('leaves %s to its own answer', (question) => {
    expect(answer(question, ctx).answer).not.toMatch(/^计入年度频次上限的为/);
  });
});
