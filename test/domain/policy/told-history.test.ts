import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

// What officers tell of what already happened: a trigger denied, a day gone by, a visit in each of
// two months, a letter that objects, a look off site that sent them on site. Today is 2026-11-26.

const ctx = demoContext();
const clauses = (text: string) => answer(text, ctx).citations.map((c) => c.clause);

describe('what an officer tells of the past is read as told', () => {
  it.each([
    // A trigger denied frees nothing: 焦化's two draws use up its cap.
    [
      '12月28日想对长治示例焦化有限公司再安排一次双随机抽查，纯日常的，没举报也没数据异常。这家3月、6月已经各查过一次。能安排吗？',
      /^不能，该企业今年现场检查已达频次上限/,
      ['3'],
      /数据监测发现线索|本局记录为/,
    ],
    // A day eight days ago is this year's, not next year's.
    [
      '潞州分局答复企业异议：长治示例热电有限公司是正面清单企业，来函说11月18日我局对其搞双随机现场检查，违背正面清单激励政策。回复口径怎么把握？',
      /11月18日不在安静期内/,
      ['9'],
      /2027年|应企业申请/,
    ],
    // The data looked at off site is the clue; going on site after it is the visit, and it is free of the cap.
    [
      '11月20号我们用无人机绕长治示例焦化有限公司飞了一圈，又调了它的用电数据，发现夜里治污设施基本不用电，21号就进厂查了。企业说今年上党分局都查过两回了，我们这次进厂是不是违反了频次要求？',
      /^不违反，.*因数据监测/,
      ['3'],
      /属资料核查/,
    ],
  ])('%s', (question, opens, leads, never) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations.slice(0, leads.length).map((c) => c.clause)).toEqual(leads);
    expect(result.answer).not.toMatch(never);
  });

  it('reads people calling in as a complaint, however they are named', () => {
    const result = answer(
      '有老百姓打电话说某个厂晚上偷偷往河里排污水 可下周正好是不让随便打扰企业的那段日子 我们还能去吗',
      ctx,
    );
    expect(result.answer).toMatch(/本次系因投诉举报发现线索确需实施检查/);
  });

  it('still reads a trigger that is stated, not denied', () => {
    const said = answer('12月28日想对长治示例焦化有限公司去一次，有群众举报，也有数据异常，能去吗', ctx);
    expect(said.answer).toMatch(/不受频次上限限制/);
    expect(
      answer('企业来函申请我们12月15日去长治示例化工有限公司做一次检查，受不受频次限制', ctx).answer,
    ).toMatch(/^不受，.*应企业申请/);
  });
});

describe('a penalty asked of a violation told', () => {
  it.each([
    // First and put right: 首违不罚 leads.
    [
      '夜查 长治示例陶瓷 危废间标识不全 台账缺两页 现场已经补上了 以前没犯过 队长说还是罚一下 能罚不',
      /^可不予处罚/,
      '13',
    ],
    ['长治示例陶瓷危废间标识不全，台账缺两页，以前没犯过，能罚吗', /^可不予处罚/, '13'],
    // Nothing told that spares or aggravates it: a penalty is allowed, on 第13条's and 第12条's terms.
    ['企业台账缺了两页，要不要罚', /^需要，依法处罚；但属于首违不罚/, '13'],
    ['危废间标识牌不规范，能罚款吗', /^可以，依法处罚；但属于首违不罚/, '13'],
    // Paying in three parts is paying in parts, whatever the enterprise wrote to ask it.
    [
      '长治示例焦化有限公司被罚50万，企业写了申请，说资金紧张，想分三期缴。要我签意见，能同意吗？',
      /^可以，当事人确有困难的，可以依法依规批准延期、分期缴纳罚款/,
      '13',
    ],
    // A fine said to be heavier than a neighbour's is weighed on the benchmark.
    [
      '长治示例水泥有限公司提出陈述申辩，说同样是料场扬尘未苫盖，邻县一家只罚了2万，我们拟罚10万，属于畸重。数额要不要调？',
      /^应依裁量基准复核，.*类案同罚/,
      '12',
    ],
  ])('%s', (question, opens, lead) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations[0]?.clause).toBe(lead);
  });

  it.each([
    // Not an enterprise's violation: left to what answered it before.
    '交通违章能罚款吗',
    // How much, not whether.
    '罚款能分几期交啊',
  ])('leaves %s to its own rule', (question) => {
    expect(answer(question, ctx).answer).not.toMatch(/依法处罚；但属于首违不罚/);
  });
});

describe('a rectification the enterprise cannot manage, and a clue handed over in words', () => {
  it('answers how far the bureau may help with 第15条', () => {
    const result = answer(
      '长治示例铸造有限公司上个月被责令整改，企业说不懂怎么改，问我们能不能帮着出出主意。站里和分局能做到哪一步？',
      ctx,
    );
    expect(result.answer).toMatch(/^可以，.*督导企业明确改进方向/);
    expect(clauses('企业整改完了，还要做什么')[0]).not.toBe('14');
  });

  it.each([
    ['线索移给分局，微信里说一下行不行', /^不能，应填写《涉嫌环境违法线索移送表》（附件3）/],
    [
      '大气环境科无人机巡查拍到示例煤业堆场没有苫盖。要是移给襄垣分局，打个电话说一声就行吗？',
      /^不能，.*移交襄垣分局调查处理（第8条）/,
    ],
  ])('%s', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });

  it('does not read a phone call about something else as a clue handed over', () => {
    expect(answer('检查前给企业打个电话说一声就行吗', ctx).answer).not.toMatch(/移送表/);
  });
});

describe('a seizure proposed in the officer’s words leads with 第13条’s 审慎采取', () => {
  it.each([
    '现在23:40 在长治示例化工 西墙根发现一根暗管往外排水 记录仪开着呢 我们想把那台泵当场扣了 行不行 还要注意啥',
    '在长治示例化工发现暗管，能不能把泵扣了',
    // 「方案对这个咋说」 asks again what the part before it asked.
    '跟应急局在示例钢铁现场，脱硫设施停着没开，怀疑数据造假。应急那边说直接查封，我们这边能当场查封扣押吗，方案对这个咋说',
  ])('%s', (question) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('13');
    expect(result.answer).toMatch(/审慎采取/);
  });

  it.each(['水泵坏了能不能换', '企业的泵扣在仓库里了，怎么申请维修资金'])('leaves %s alone', (question) => {
    expect(answer(question, ctx).citations[0]?.clause).not.toBe('13');
  });
});

describe('a row of the plan form told empty', () => {
  it('is answered 不能 with the row the form prints', () => {
    const result = answer(
      '土壤科的，在汇总明年入企检查计划，长治示例铸造有限公司那一行检查依据是空的，只写了个“例行检查”，其他检查类型、时间、人员都填了。这样报上去审批表能过吗？',
      ctx,
    );
    expect(result.answer).toMatch(/^不能，《入企执法检查计划审批表》须填写“检查依据”栏/);
    expect(result.citations.map((c) => c.clause)).toEqual(['annex-2', '5']);
  });

  it.each(['入企执法检查计划审批表的检查依据一栏填什么', '检查计划里检查人员都填了，能报吗'])(
    'leaves %s alone',
    (question) => {
      expect(answer(question, ctx).answer).not.toMatch(/空缺不符合要求/);
    },
  );
});
