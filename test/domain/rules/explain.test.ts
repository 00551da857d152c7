import { describe, expect, it } from 'vitest';
import { evaluateInspection, explainDecision, type RulesDecision } from '../../../src/domain/rules/index.js';
import { context, plan, USCC, visits } from './fixtures.js';

describe('explainDecision', () => {
  it('ends each line with its clause label and closes with the chain', () => {
    const decision = evaluateInspection(plan({ from: '2026-12-05', to: '2026-12-05' }), context());
    const lines = explainDecision(decision).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^【提醒】长治示例焦化有限公司检查时间有1天处于企业安静期/);
    expect(lines[0]).toMatch(/批准（第10条 认真执行“企业安静期”制度）$/);
    expect(lines[1]).toBe(
      '审批流程：大气环境科负责人（示例）（承办机构负责人）→ 副局长乙（示例）（分管局长）→ 局长（示例）（局长）',
    );
  });

  it('tags severity and exemptions, in the decision order', () => {
    const decision = evaluateInspection(
      plan({ type: 'complaint', enterprises: [USCC.coking, USCC.steel, '911400000000000000'] }),
      context({ pastInspections: visits(USCC.coking, ['2026-03-01', '2026-04-01']) }),
    );
    const lines = explainDecision(decision).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^【须纠正】统一社会信用代码911400000000000000不在企业名录中/);
    expect(lines[1]).toMatch(/^【豁免】长治示例焦化有限公司2026年已现场检查2次/);
    expect(lines[2]).toMatch(/^审批流程：/);
    expect(lines[0]).toMatch(/（附件2 入企执法检查计划审批表）$/);
    expect(lines[1]).toMatch(/不受频次上限限制（第3条 科学制定入企检查计划）$/);
  });

  it('says when no chain could be worked out', () => {
    const decision = evaluateInspection(plan({ unit: 'nowhere' }), context());
    expect(explainDecision(decision)).toBe(
      '【须纠正】实施单位“nowhere”不在机构名录中，无法确定审批流程（第5条 严格入企检查审批程序）\n审批流程：暂无法确定，请先纠正上述问题。',
    );
  });

  it('explains a decision without findings by its chain alone', () => {
    const decision: RulesDecision = { chain: [], findings: [], exemptions: [], blocked: false };
    expect(explainDecision(decision)).toBe('审批流程：暂无法确定，请先纠正上述问题。');
    expect(explainDecision(evaluateInspection(plan(), context()))).toBe(
      '审批流程：大气环境科负责人（示例）（承办机构负责人）→ 副局长乙（示例）（分管局长）',
    );
  });
});
