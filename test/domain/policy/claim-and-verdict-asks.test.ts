import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

// 「X说……，这个说法站得住吗」: whether what someone said holds, answered first.
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
