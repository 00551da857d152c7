import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('asks the composers answer from the scheme’s own parts', () => {
  it.each(['实施方案带了几个附件？', '方案后面的附件都有哪些'])(
    'lists the three annexes for %s',
    (question) => {
      const result = answer(question, ctx);
      expect(result.answer).toContain(
        '附件1《专项执法检查审批表》、附件2《入企执法检查计划审批表》、附件3《涉嫌环境违法线索移送表》',
      );
      expect(result.citations.map((citation) => citation.clause)).toEqual(['annex-1', 'annex-2', 'annex-3']);
    },
  );

  it.each([
    ['办案时裁量基准有几方面要求', '共4个方面：案件事实清楚、违法证据充分、法律适用准确、裁量范围得当'],
    ['自由裁量对案件证据有什么要求', '办理案件须做到案件事实清楚、违法证据充分'],
  ])('gives 第12条’s requirements for handling a case: %s', (question, words) => {
    const result = answer(question, ctx);
    expect(result.answer).toContain(words);
    expect(result.citations[0]?.clause).toBe('12');
  });

  it.each([
    ['无感式执法是什么意思', '“技防优先”'],
    ['执法普法指的是什么', '“执法普法、送法入企”工作以县区为单位'],
  ])('defines a clause’s heading term from its body: %s', (question, words) => {
    expect(answer(question, ctx).answer).toContain(words);
  });

  it('quotes the one sentence that uses the question’s own term', () => {
    expect(answer('执法与服务相统一怎么理解', ctx).answer).toContain('坚持执法与服务相统一');
    expect(answer('普法的时候要讲典型案例吗', ctx).answer).toContain('“以案说法”');
  });

  it.each([
    ['线索移交有时限吗', /^实施方案没有规定具体时限；.*及时移交有关分局/],
    ['发现的线索多久要移交分局', /^实施方案未规定具体期限；.*及时移交有关分局/],
    ['检查完多长时间内要把结果告诉企业', /^实施方案未规定具体期限；.*及时向企业反馈检查结果/],
    ['专项检查有没有时间限制', /^有。实施方案要求严格限定检查内容和时间周期.*最长90天/],
  ])(
    'says the scheme sets no period where it only says 及时, and that it has one where it does: %s',
    (question, words) => {
      expect(answer(question, ctx).answer).toMatch(words);
    },
  );

  it('opens a 哪些 question on the cap with 第3条’s exemptions', () => {
    expect(answer('哪几类检查不算频次', ctx).answer).toMatch(
      /^根据投诉举报、转办交办、数据监测等.*可以不受频次上限限制（第3条）。$/,
    );
  });

  it('reads 检查结束 as the step 第6条 follows with 反馈', () => {
    expect(answer('检查结束以后还要做哪些事', ctx).citations[0]?.clause).toBe('6');
  });
});

describe('who sees a rectification plan made is 第15条’s (and never loops between the two)', () => {
  it.each(['整改计划谁帮着定', '整改计划由谁来督导', '企业的整改方案谁帮它理清'])('%s', (question) => {
    expect(answer(question, ctx).citations[0]?.clause).toBe('15');
  });
});

describe('the clue form’s parts are its four printed parts', () => {
  it.each([
    '大气科发现示例钢铁无人机巡查数据异常，要移交潞城分局，移送表要填哪几块内容',
    '监控中心要移交在线数据超标的线索，移送表都填些啥',
  ])('%s', (question) => {
    const text = answer(question, ctx).answer;
    for (const part of ['移送信息', '线索基本信息', '移交材料清单', '移交意见']) expect(text).toContain(part);
  });
});
