import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

// The rules alone: the lead model has learnt the own sets.
beforeEach(() => useLeadModel(null));
afterEach(() => useLeadModel(undefined));

describe('short asks naming the scheme’s own terms, in any script, rules alone', () => {
  it.each([
    ['全流程管理分几步', '14', '立案'],
    ['整改全流程都有哪些环节', '14', '销号'],
    ['检查重点放在哪', '11', '主要矛盾'],
    ['執法檢查重點怎麼把握', '11', '重点区域流域'],
    ['執法監督糾正哪些問題', 'org-2', '乱作为'],
    ['监督要纠什么毛病', 'org-2', '不作为'],
    ['減負以後必要的檢查還查不查', 'org-2', '必要的检查'],
    ['檢查方式可以勾哪幾種', 'annex-2', '5个选项'],
    ['违法行为的种类能选哪些', 'annex-3', '噪声扰民'],
  ])('%s is answered from %s', (question, clause, words) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe(clause);
    expect(result.answer).toContain(words);
  });
});

describe('everyday names of the scheme’s own parts, rules alone', () => {
  it.each([
    ['查的时候顺便普个法行吗', '2', '利用现场执法检查等契机'],
    ['执法全过程留痕用的是什么东西', '6', '执法记录仪'],
    ['非现场监管的线索都从哪些渠道来', '8', '无人机巡查'],
    ['正面清单是做什么用的', '9', '正面激励和示范效应'],
    ['执法监督主要纠正哪几类问题', 'org-2', '乱作为'],
    ['给基层减负和执法监督是什么关系', 'org-2', '力戒形式主义'],
    ['培训和宣传方案里都有啥要求', 'org-3', '营造良好舆论氛围'],
    ['移送线索的表里要不要写信用代码', 'annex-3', '统一社会信用代码'],
    // A leader's terse ask: the trade word alone for the one enterprise of that trade.
    ['热电今年查过几次', 'x', '长治示例热电有限公司'],
    ['钢铁归哪个分局', 'x', '潞城分局'],
    ['热电厂在不在正面清单', 'x', '长治示例热电有限公司'],
    // Both principles asked at once.
    ['裁量要讲过罚相当吧？类案同罚呢', '12', '类案同罚'],
    // A pasted row of a form, its options asked.
    ['线索来源：□监测数据 □…… 后面还有哪些选项', 'annex-3', '信访举报'],
    ['普法要多久做到全覆盖', '2', '每年全市重点企业全覆盖'],
    // What discretion must achieve; going without the approval.
    ['处罚裁量要做到哪几点', '12', '裁量范围得当'],
    ['不报审批就去企业查可以吗', '5', '严格履行审批程序'],
    // A term typed alone asks what it is.
    ['非现场执法', '8', '技防优先'],
    ['【转发】平台预警：某企业有超标风险 预警提醒归哪些科室', '1', '生态环境监控中心'],
  ])('%s is answered from %s', (question, clause, words) => {
    const result = answer(question, ctx);
    // The bureau's records answer with no clause ('x').
    if (clause !== 'x') expect(result.citations[0]?.clause).toBe(clause);
    expect(result.outOfScope).toBe(false);
    expect(result.answer).toContain(words);
  });
});

describe('the first sentence answers the form asked', () => {
  it.each([
    // Like cases fined unlike: a no, said formally.
    ['同类违法两个县罚得不一样行吗', /^不能，/],
    ['类似的案子可以罚得不一致吗', /^不能，/],
    // The penalty is not the end of the rectification.
    ['罚完款整改就不管了吧', /^不/],
    ['处罚以后整改就不再跟了吗', /^不/],
    // Helping an enterprise through its rectification is 第15条's.
    ['企业整改有难处，我们能帮一把不', /^可以/],
    ['整改缺技术，分局能帮忙吗', /^可以/],
    // A box of a form that the facts tick may be ticked; the form's name asks no approval.
    ['入企检查计划审批表检查类型能勾专项不', /^可以/],
    ['线索来源可以勾监测数据吗', /^可以/],
    // 必要的检查 asks whether, not a duty.
    ['必要的检查还能开展吗', /^可以/],
    // A duty questioned without 吗.
    ['执法记录仪必须全程开着？', /^需要/],
    ['现场检查还得用移动执法系统？', /^需要/],
    // More inspections as such.
    ['入企检查是不是越勤越好', /^不是/],
    // A number part 三 does not set.
    ['执法稽查一年搞几次', /^实施方案未规定具体次数/],
    ['业务培训一年要办几期', /^实施方案未规定具体次数/],
    // Spared a fine, still followed up; signed by whom.
    ['不予处罚了还管吗', /^需要/],
    ['首违不罚的企业，我们决定不罚了，是不是啥也不用管了', /^不是/],
    // A typo of 渐进式 on a phone keyboard.
    ['渐近式执法是哪几个步骤', /普法宣传/],
  ])('%s opens %s', (question, opening) => {
    expect(answer(question, ctx).answer).toMatch(opening);
  });

  it.each([
    ['专项表谁签', 'annex-1'],
    ['县里的检查计划谁签', '5'],
  ])('%s answers who signs from %s', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe(clause);
    expect(result.answer).toMatch(/^[^。]*(?:负责人|局长)/);
  });

  it.each([['送法入企归谁组织'], ['执法普法由哪个单位来组织']])('%s names the branches', (question) => {
    expect(answer(question, ctx).answer).toMatch(/^[^。]*分局/);
  });

  it.each([['事前预警提醒由谁来做'], ['违法风险预警是哪些科室负责']])(
    '%s names 第1条’s sections and units',
    (question) => {
      expect(answer(question, ctx).answer).toMatch(/^[^。]*生态环境监控中心/);
    },
  );

  it.each([['普法讲座派谁去讲'], ['送法入企由什么人来授课']])(
    '%s names the team that gives the talks',
    (question) => {
      expect(answer(question, ctx).answer).toMatch(/^由[^。]*专业普法团队/);
    },
  );
});
