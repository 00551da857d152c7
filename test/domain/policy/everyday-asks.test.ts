import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('checks made without a visit in a quiet period', () => {
  it.each([
    ['安静期内查看企业报送的危废台账需要报批吗', /^不需要。第10条的报批要求针对“企业安静期”内的现场执法检查/],
    [
      '安静期让企业把监测报告扫描件传过来看一下行吗',
      /^可以。第10条的报批要求针对“企业安静期”内的现场执法检查/,
    ],
    ['安静期内给企业打个电话核实一下整改情况可以吗', /^可以。.*不是现场执法检查/],
    ['安静期内用用电数据查企业要主要负责人批吗', /^不需要。.*不是现场执法检查/],
    ['安静期间搞个视频连线检查用不用报一把手', /^不需要。.*不是现场执法检查/],
    ['安静期能不能让企业报送自行监测报告', /^可以。.*不是现场执法检查/],
    ['安静期能调企业监控录像看吗', /^可以。.*不是现场执法检查/],
    ['安静期里给企业发函要求报材料需要审批吗', /^不需要。.*不是现场执法检查/],
  ])('%s is no 现场执法检查, so 第10条’s approval does not apply', (question, words) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(words);
    expect(result.citations[0]?.clause).toBe('10');
  });

  it('still asks for the main head’s approval of a visit on site', () => {
    expect(answer('安静期内去企业现场看看台账要批吗', ctx).answer).toMatch(/^需要/);
  });

  it('weighs a dated call for a named enterprise’s records as a 资料核查', () => {
    const result = answer('市执法队12月8日调示例化工的台账看看，需要主要负责人批吗', ctx);
    expect(result.answer).toMatch(/^不需要，本次为资料核查/);
  });

  it('reads a complaint phoned in as the trigger, not the method', () => {
    const result = answer('群众打电话举报企业偷排，分局想去查要批吗', ctx);
    expect(result.answer).toContain('因投诉举报发现线索确需实施检查');
    expect(result.answer).not.toContain('问询');
  });

  it('keeps a rectification report a rectification', () => {
    expect(answer('要求企业提交整改报告后还要去现场核查吗', ctx).citations[0]?.clause).toBe('15');
  });
});

describe('everyday words for the scheme’s 依法严惩 and 反馈检查结果', () => {
  it.each(['什么样的违法要从重处罚', '哪类问题会被严厉打击', '哪些情形得狠罚'])(
    '%s lists 第11条’s serious violations',
    (question) => {
      const result = answer(question, ctx);
      expect(result.outOfScope).toBe(false);
      expect(result.citations[0]?.clause).toBe('11');
      expect(result.answer).toMatch(/^对弄虚作假、偷排偷放、无证排污.*依法严惩/);
    },
  );

  it.each(['现场查完了还要干什么', '检查完毕后要告诉企业什么', '入企检查完以后还有什么手续'])(
    '%s is answered with 第6条’s feedback',
    (question) => {
      const result = answer(question, ctx);
      expect(result.citations[0]?.clause).toBe('6');
      expect(result.answer).toContain('及时向企业反馈检查结果');
    },
  );
});

describe('everyday words for the scheme’s other terms', () => {
  it.each([
    ['哪些企业要重点盯', '11'],
    ['查企业能不能一次把事办完', '6'],
    ['罚了款企业不改咋办', '14'],
    ['执法人员信息要不要挂网上', '7'],
    ['企业说我们老去查影响生产怎么办', '3'],
  ])('%s is answered from 第%s条', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe(clause);
  });
});

describe('near-misses: a clause’s topic word does not make the bureau’s housekeeping in scope', () => {
  it.each([
    '支队每天几点签到',
    '执法队这个月的排班表在哪看',
    '移动执法APP密码忘了找谁',
    '执法记录仪摔坏了去哪报修',
    '专项检查的经费从哪出',
    '分局明年的办案预算怎么报',
    '检查时企业阻挠执法人员进厂怎么处理',
    '对方拒不配合检查能怎么办',
    '记录仪的视频怎么导出',
    '移动执法终端丢了怎么办',
    '执法队值班怎么安排',
    '执法队有多少辆车',
    '执法记录仪多少钱一台',
    '分局的公章谁保管',
  ])('refuses %s', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it.each([
    ['现场检查要用移动执法系统吗', '6'],
    ['企业不配合整改怎么办', '14'],
    ['执法记录仪没电了还能检查吗', '6'],
  ])('still answers %s from the scheme', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe(clause);
  });
});
