import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

// The yearly cap asked in the officers' words, and an enterprise's own request told in theirs.
const ctx = demoContext();

describe('the cap asked is answered in the verb asked', () => {
  it.each([
    [
      '那个就是我们上党分局然后想再去那个长治示例焦化有限公司查一次那个它今年已经被查了两次了然后这次是有人举报的那还受不受那个次数限制啊',
      /^不受，/,
    ],
    [
      '1、长治示例钢铁集团有限公司今年的双随机抽查已经做完；2、生态环境监控中心发现其颗粒物在线监测数据异常；3、潞城分局打算11月30日再入企核实。请问这次入企受不受年度检查次数上限的约束',
      /^不受，/,
    ],
    [
      '长治示例热电有限公司书面申请我局对其新建脱硫设施的运行情况开展执法检查。该企业在监督执法正面清单内，今年尚未检查过。请问此次检查是否受频次上限限制？',
      /^不受，本次系应企业申请实施执法检查/,
    ],
    ['企业自己喊我们去查，算次数不', /^不算。/],
    // The cap asked before the visit is answered first; the visit asked first keeps its 可以.
    ['12月28日上党分局接到举报要去长治示例焦化有限公司，这次去算不算频次，能不能去？', /^不算，/],
    ['12月28日上党分局接到举报要去长治示例焦化有限公司，能不能去？这次去算不算频次', /^可以，/],
  ])('%s', (question, opens) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(opens);
    expect(result.citations[0]?.clause).toBe('3');
  });
});

describe('a written request is the enterprise asking, not a check on paper', () => {
  it('reads 书面申请 as the enterprise’s request for a visit', () => {
    const result = answer(
      '情况说明：长治示例化工有限公司近日向屯留分局提交书面申请，请求我局对其新建废水处理设施运行情况开展执法检查。该企业本年度已接受过多次检查。请问此次应企业申请实施的检查，是否受年度检查频次上限限制？',
      ctx,
    );
    expect(result.answer).toMatch(/^不受，本次系应企业申请/);
    expect(result.answer).not.toMatch(/资料核查/);
  });

  it('does not read a written request to pay in parts as a request for a visit', () => {
    const result = answer('长治示例水泥有限公司书面申请分期缴纳罚款，能同意吗', ctx);
    expect(result.citations.map((c) => c.clause)).toEqual(['13']);
  });
});
