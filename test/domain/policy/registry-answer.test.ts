import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const ask = (question: string, previous?: string) =>
  answer(question, { ...ctx, ...(previous ? { previous } : {}) });

describe('questions the bureau’s registry answers', () => {
  it.each([
    ['示例热电是不是正面清单企业？', '是。', '长治示例热电有限公司'],
    ['長治示例醫藥在白名單上嗎', '是。', '长治示例医药有限公司'],
    ['示例钢铁在不在正面清单里', '不是。', '长治示例钢铁集团有限公司'],
  ])('says whether %s is on the positive list, with the data’s date', (question, opening, name) => {
    const result = ask(question);
    expect(result.answer.startsWith(opening)).toBe(true);
    expect(result.answer).toContain(name);
    expect(result.answer).toContain('截至2026年11月26日');
    expect(result.citations[0]?.clause).toBe('9');
  });

  it('leaves questions about the list’s rules to 第9条', () => {
    for (const question of ['正面清单企业有哪些激励', '白名单怎么进？', '正面清单名单制度是哪个文件定的']) {
      expect(ask(question).answer, question).not.toContain('现有3家企业');
    }
  });

  it.each(['正面清单里现在有哪些企业', '白名单上有几家企业？', '正面清单上都有哪些'])(
    'lists the positive list for %s',
    (question) => {
      const result = ask(question);
      expect(result.answer).toContain('长治示例热电有限公司、长治示例医药有限公司');
      expect(result.answer).not.toContain('长治示例钢铁集团有限公司');
    },
  );

  it.each([
    ['示例钢铁归哪个分局管？', '潞城分局'],
    ['长治示例焦化有限公司是谁负责的辖区', '上党分局'],
    ['示例水泥属于哪家分局', '黎城分局'],
    ['高新区的企业归谁管', '高新分局'],
    ['屯留的企业由哪个分局负责', '屯留分局'],
  ])('names the branch whose county holds the enterprise: %s', (question, branch) => {
    const result = ask(question);
    expect(result.answer.startsWith(`${branch}。`)).toBe(true);
    expect(result.outOfScope).toBe(false);
  });

  it.each([
    '示例焦化今年查了几回了',
    '长治示例焦化有限公司今年被查过多少次？',
    '示例焦化今年去过几次',
    '示例焦化今年的检查次数',
  ])('counts this year’s visits with their dates: %s', (question) => {
    expect(ask(question).answer).toContain('已现场检查2次（3月10日、6月15日）');
  });

  it('leaves a cancelled visit out of the count, as the yearly cap does', () => {
    const cancelled = {
      uscc: '91140404A10YRXXR9P',
      date: '2026-09-01',
      unit: 'shangdang',
      type: 'random' as const,
      onSite: true,
      code: 'JC-2026-0030-1',
      status: 'cancelled' as const,
    };
    const withCancelled = { ...ctx, pastInspections: [...(ctx.pastInspections ?? []), cancelled] };
    expect(answer('示例焦化今年查过几次', withCancelled).answer).toContain('已现场检查2次');
  });

  it('opens with the number left for 还剩几次', () => {
    expect(ask('示例钢铁今年还能查几次').answer).toMatch(/^今年还可现场检查2次：/);
    expect(ask('示例焦化今年还剩几次？').answer).toMatch(/^今年常规现场检查次数已用完/);
  });

  it('reads 它 and 这家企业 as the enterprise the previous question named', () => {
    expect(ask('它今年检查了几次', '示例焦化归哪个分局').answer).toContain(
      '长治示例焦化有限公司2026年已现场检查2次',
    );
    expect(ask('这家企业在正面清单上吗', '示例水泥是哪个分局管的').answer).toMatch(
      /^不是。长治示例水泥有限公司/,
    );
  });

  it('lists the places in a quiet period on a day asked with 哪些地方', () => {
    const result = ask('12月5日哪些地区处于安静期？');
    expect(result.answer).toMatch(/^12月5日，企业安静期为12月1日至12月20日/);
    expect(ask('屯留区还有哪些安静期').answer).toContain('12月1日至12月20日');
  });

  it.each([
    ['下周是安静期吗', /^部分日期是。11月30日至12月6日，企业安静期为12月1日至12月20日/],
    ['12月是不是安静期', /^部分日期是。/],
    ['潞城区12月是安静期吗', /^是。12月1日至12月31日处于潞城区企业安静期/],
    ['12月有没有安静期', /^有。/],
  ])('does not call a partly quiet span quiet: %s', (question, opening) => {
    expect(ask(question).answer).toMatch(opening);
  });
});

describe('near-misses and staff affairs', () => {
  it.each([
    '个人所得税的专项附加扣除怎么申报',
    '执法队的加班费按什么标准发',
    '大气环境科在办公楼哪层',
    '示例焦化去年营业额多少',
    '环评报告审批要几天',
    '屯留分局的传真号',
    '黎城分局现在有多少人',
    '示例钢铁的排污许可证哪天到期',
    '法规科科长的手机',
    '长治市生态环境局官网是什么',
  ])('refuses %s', (question) => {
    expect(ask(question).outOfScope).toBe(true);
  });
});

describe('the forms’ rows', () => {
  it.each([
    ['计划审批表上的检查方式能选哪些', '“检查方式”的选项为现场检查、资料核查、监测采样、问询调查、其他'],
    ['移送表里线索来源有哪几种', '“线索来源”有5个选项：监测数据、现场检查、信访举报、其他单位移交、其他'],
    ['附件2的检查类型有几个选项', '“检查类型”有4个选项：双随机、专项、举报投诉、其他'],
  ])('reads the options of the row named in %s', (question, options) => {
    expect(ask(question).answer).toContain(options);
  });
});

describe('follow-ups that name a level', () => {
  it.each([
    ['那市里的呢？', '分局的检查计划谁批', '市级入企执法检查由市生态环境局主要负责人或分管局领导审批'],
    ['市局呢', '县区的年度检查计划由谁审批', '市级入企执法检查由市生态环境局主要负责人或分管局领导审批'],
  ])('%s after %s keeps the ask', (question, previous, expected) => {
    const result = ask(question, previous);
    expect(result.answer).toContain(expected);
    expect(result.citations[0]?.clause).toBe('5');
  });
});

describe('follow-ups that go on from the previous question', () => {
  it.each([
    ['查完还要做什么手续', '专项检查方案由谁批准', '4'],
    ['发现线索了移交给谁', '非现场执法用哪些手段', '8'],
    ['线索移送那张表呢', '计划审批表要填哪些内容', 'annex-3'],
    ['那怎样才能进这个名单', '白名单企业可以少检查吗', '9'],
    ['那还得帮企业做点什么', '谁负责督促企业整改', '15'],
    ['县区的呢', '市里去企业检查谁来批', '5'],
  ])('%s after %s', (question, previous, clause) => {
    const result = ask(question, previous);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe(clause);
  });
});

describe('the register’s mark is given only where the ask itself asks it', () => {
  const ctx2 = demoContext();
  it.each([
    '监控中心发现示例热电用电数据异常，还不确定企业有没有违法，企业在正面清单里，监控中心该做啥',
    '1. 检测中心发现示例煤业尾气数据异常\n2. 说不准企业有没有违法\n问：检测中心按方案该干什么',
  ])('%s', (question) => {
    expect(answer(question, ctx2).answer).not.toMatch(/^(?:是|不是)。/);
  });
  it('「是正面清单企业么」 still asks the mark', () => {
    expect(answer('示例热电是正面清单企业么', ctx2).answer).toMatch(/^是。/);
  });
});

describe('辖区 told beside another ask is no branch asked', () => {
  it.each([
    ['上党分局辖区有示例焦化这样的重点企业，组织上方案要求做哪些', /组建工作专班/],
    ['示例钢铁归哪个分局管', /^潞城分局/],
  ])('%s', (question, words) => {
    expect(answer(question, demoContext()).answer).toMatch(words);
  });
});
