import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const clausesOf = (question: string) => answer(question, ctx).citations.map((c) => c.clause);

describe('near-misses about the bureau’s own housekeeping are refused', () => {
  it.each([
    ['举报核实后举报人的奖励标准是多少'],
    ['有没有举报奖励办法'],
    ['群众投诉的件子多少天要办结'],
    ['12345转来的件子答复期限是几天'],
    ['专项行动期间单位食堂几点开饭'],
    ['下乡检查的出差补助怎么报'],
    ['安静期里想请年假找谁'],
    ['企业营业执照快到期了去哪办'],
    ['执法证件遗失了怎么补办'],
    ['线索移送表的纸质版去哪领'],
    ['法规科的电话是多少'],
    ['送法入企的展板在哪做'],
    ['投诉人的身份要保密吗'],
  ])('%s', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it.each([
    ['线索移交有时限吗', '8'],
    ['举报线索查实了要移交给谁', '8'],
  ])('%s stays in scope', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe(clause);
  });
});

describe('part 三’s own asks lead with their item', () => {
  it.each([
    ['县里打算成立个工作专班统筹入企检查，行不行', 'org-1', /^可以/],
    ['局里要求分局组建专班，人手少能不搞吗', 'org-1', undefined],
    ['年底了，分局想这个月干脆都不查了，可以吗', 'org-2', /^不能/],
    ['某分局两周内对同一家企业查了好几次，局里怎么纠正', 'org-2', undefined],
    ['给执法人员组织一次业务培训有依据吗', 'org-3', undefined],
    ['我们队双随机抽查的做法想作为典型经验宣传一下，可以吗', 'org-3', /^可以/],
  ])('%s', (question, clause, verdict) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe(clause);
    if (verdict) expect(firstSentence(result.answer)).toMatch(verdict);
  });

  it('names a stated 双随机 with 第3条 and the training of enterprises with 第2条', () => {
    expect(clausesOf('稽查发现分局以双随机名义一周去同一企业三次，要不要纠正')).toEqual(['org-2', '3']);
    // Both asks are answered; which leads is the lead model's reading of the message.
    expect(clausesOf('支队想给执法人员办业务培训，顺便请重点企业来听普法讲座，可以吗').sort()).toEqual([
      '2',
      'org-3',
    ]);
  });

  it('takes 「执法不规范怎么处理」 as the oversight 三（二） asks for', () => {
    expect(clausesOf('执法不规范怎么处理')[0]).toBe('org-2');
    expect(clausesOf('企业反映检查人员态度很差，局里怎么纠正')[0]).toBe('org-2');
    expect(clausesOf('有执法人员检查时不文明，局里怎么办')[0]).toBe('org-2');
  });

  it('leaves one enterprise’s visits to their own clauses: 「整改完了就不查了？」 stops no inspections', () => {
    expect(clausesOf('整改完了就不查了？')[0]).not.toBe('org-2');
    expect(clausesOf('罚完款这家就不查了？')[0]).not.toBe('org-2');
  });

  it('reads 「组织实施第一条」 as 三（一）, not 第1条', () => {
    expect(clausesOf('组织实施里第一条讲了哪些要求')[0]).toBe('org-1');
  });
});

describe('第6条’s procedure asked of a visit leads, not its approval or cap', () => {
  it.each([
    ['记录仪没电了，用手机拍照把现场查完行不行', /^不行/],
    ['移动执法系统登不上，先用纸质笔录可以吗', /^不能/],
    ['排污许可检查能不能废水废气分两趟查', /^不能/],
    ['去长治示例焦化有限公司查废水，顺便把排污许可一并查了可以吗', /^可以/],
    ['昨天双随机查完企业没发现问题，结果还要告诉企业吗', /^需要/],
    ['查完可以先不告诉企业检查结果吗', /^不可以/],
    ['现场检查没开移动执法系统，事后补录可以吗', /^不能/],
    ['想把废水废气分开两次去查，行不行', /^不能/],
  ])('%s', (question, verdict) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('6');
    expect(firstSentence(result.answer)).toMatch(verdict);
  });

  it('says 不符合要求 to a visit without the recorder or feedback, asked whether it is a problem', () => {
    const result = answer('上周现场检查记录仪坏了没录，也一直没给企业结果，这样有问题吗', ctx);
    expect(result.answer).toMatch(/^不符合要求/);
    expect(result.answer).toContain('及时向企业反馈检查结果');
  });

  it.each([['分局查完企业要多久把结果给企业'], ['查完企业多长时间把检查结果告诉厂家']])(
    'says the scheme sets no period for feedback, only 及时: %s',
    (question) => {
      expect(answer(question, ctx).answer).toMatch(/^实施方案未规定具体期限；.*及时向企业反馈检查结果/);
    },
  );

  it('cites the draw’s 第3条 beside a result fed back after 双随机', () => {
    expect(clausesOf('双随机抽查了一家企业，啥问题没有，还要跟企业说结果吗')).toEqual(['6', '3']);
  });
});

describe('the clue form’s boxes are ticked from the stated facts', () => {
  it.each([
    ['群众举报企业夜里噪声扰民，移送表线索来源勾哪个', ['信访举报', '噪声扰民']],
    ['无人机拍到一家企业冒烟，拿不准是不是违法，移送表移送意见怎么勾', ['需进一步核查', '无人机巡查']],
    ['在线监测发现废水超标，移送给分局，线索来源选什么', ['监测数据', '水污染']],
  ])('%s', (question, words) => {
    const result = answer(question, ctx);
    expect(result.citations.map((c) => c.clause)).toEqual(['annex-3', '8']);
    for (const word of words) expect(result.answer).toContain(word);
  });
});

describe('a section acting on its own clue is told to hand it on (第8条)', () => {
  it.each([
    ['尾气检测中心发现一家运输公司车辆尾气超标，能直接去罚吗', /^不能/],
    ['大气科看用电数据发现企业停产期间用电异常，我们科能自己上门查吗', /^不能/],
    ['水科在线监控发现企业超标了，我们要自己处理吗', /^不需要/],
  ])('%s', (question, verdict) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('8');
    expect(firstSentence(result.answer)).toMatch(verdict);
    expect(result.answer).toContain('移交有关分局调查处理');
  });
});

describe('more asks in the officer’s words', () => {
  it('says a joint visit of two sections is what 综合一次查 wants', () => {
    expect(answer('水科和大气科能不能一起去查同一家企业', ctx).answer).toMatch(/^可以/);
  });

  it('says the scheme names no lead unit for the working group', () => {
    expect(answer('工作专班由谁牵头', ctx).answer).toMatch(/^实施方案未明确牵头单位/);
  });

  it('does not say whether a visit without the recorder counts', () => {
    expect(answer('执法记录仪忘带了，这次检查还算数吗', ctx).answer).not.toMatch(/^(?:不能|可以|不行)/);
  });

  it('answers 要不要先打个招呼 with the duty to warn, and a platform’s warning asked as a choice', () => {
    expect(answer('监控中心看在线数据快超了，要不要先跟企业打个招呼', ctx).answer).toMatch(/^需要/);
    expect(clausesOf('平台预警了，是先提醒企业还是直接去查')[0]).toBe('1');
  });

  it('says who writes the receiver’s opinion on the clue form', () => {
    const result = answer('移送表的接收方意见谁填', ctx);
    expect(result.citations[0]?.clause).toBe('annex-3');
    expect(result.answer).toContain('接收科室/单位');
  });
});

describe('a clue handed over is the one screened out (第8条), on the clue form', () => {
  it.each([
    ['大气科在线监控发现企业数据异常，想移交属地分局，可以直接移吗'],
    ['用电数据异常，准备移交分局，能直接移吗'],
  ])('%s', (question) => {
    const result = answer(question, ctx);
    expect(result.citations.map((c) => c.clause)).toEqual(['8', 'annex-3']);
    expect(result.answer).toContain('筛选出的涉嫌违法线索');
  });
});

describe('第1条’s warning asked leads, with the source’s 第8条', () => {
  it.each([
    ['监控中心看到企业在线数据快到限值了，还没超，能先提醒一下企业不', ['1', '8']],
    ['检测中心拟通过智能化监管平台对尾气数据异常的车队企业预警提醒，暂不入企，可否', ['1', '8', '3']],
    ['平台上看一家正面清单企业风险高了，先预警还是直接报分局', ['1', '8', '9']],
  ])('%s', (question, clauses) => {
    expect(clausesOf(question)).toEqual(clauses);
  });
});

describe('第2条 and 第7条 in the officer’s words', () => {
  it('lists 第2条’s forms when asked what forms 普法 takes', () => {
    const result = answer('送法入企讲课除了念法条还能用什么方式', ctx);
    expect(result.answer).toContain('以案说法');
    expect(result.answer).toContain('集中培训');
  });

  it('takes a first visit as the chance to teach the law', () => {
    expect(answer('第一次去企业现场检查，能捎带讲讲法吗', ctx).answer).toContain('现场执法检查等契机');
  });

  it('answers who posts a penalty decision online, echoing 公示', () => {
    const posted = answer('分局罚了一家企业，处罚决定往网上挂谁负责', ctx);
    expect(posted.citations[0]?.clause).toBe('7');
    expect(posted.answer).toContain('市执法队负责行政处罚决定');
    expect(answer('执法依据更新了谁负责公示', ctx).answer).toContain('（公示）');
  });

  it('lists 渐进式执法’s five steps and names 第13条 beside a penalty asked', () => {
    const result = answer('渐进式执法是啥顺序，企业第一次违法就直接罚行吗', ctx);
    expect(result.citations.map((c) => c.clause)).toEqual(['general', '13']);
    expect(result.answer).toContain('告诫说理');
  });
});

describe('results posted and officers complained of', () => {
  it.each([
    ['随机抽查的检查结果需要公开吗', '7'],
    ['执法检查结果谁负责公示', '7'],
    ['检查结果要不要挂网公布', '7'],
    ['检查完了结果要不要告诉企业', '6'],
  ])('%s leads with 第%s条', (question, clause) => {
    expect(clausesOf(question)[0]).toBe(clause);
  });

  it.each([
    '执法人员态度很差，企业投诉了，方案怎么说',
    '检查人员态度蛮横，企业举报到局里，咋处理',
    '我们的人耍威风，被企业投诉了，方案有啥规定',
  ])('%s is the bureau’s own fault to correct, not a complaint that frees a visit', (question) => {
    expect(clausesOf(question)).toEqual(['org-2']);
  });
});
