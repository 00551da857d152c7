import { describe, expect, it } from 'vitest';
import { clauseLabel } from '../../../src/domain/clauses.js';
import { PLACEHOLDER_USCC } from '../../../src/domain/policy/case-context.js';
import { answer, getClause, scheme, type PolicyAnswer } from '../../../src/domain/policy/index.js';
import { demoContext, questionSet } from '../../policy/fixtures.js';

const ctx = demoContext();
const everyQuestion = [...questionSet('questions.json'), ...questionSet('holdout.json')].map(
  (item) => item.q,
);

function expectVerbatim(result: PolicyAnswer): void {
  for (const citation of result.citations) {
    const sentences = getClause(citation.clause).sentences.map((sentence) => sentence.text);
    expect(sentences).toContain(citation.quote);
    expect(scheme().text).toContain(citation.quote);
    expect(citation.label).toBe(clauseLabel(citation.clause));
  }
}

describe('answer', () => {
  it('quotes only verbatim sentences of the scheme, with and without a context', () => {
    for (const question of everyQuestion) {
      expectVerbatim(answer(question, ctx));
      expectVerbatim(answer(question));
    }
  });

  it('cites each clause once, and at most three outside described cases', () => {
    for (const question of everyQuestion) {
      const result = answer(question, ctx);
      const clauses = result.citations.map((citation) => citation.clause);
      expect(new Set(clauses).size, question).toBe(clauses.length);
      if (!result.decision) expect(clauses.length, question).toBeLessThanOrEqual(3);
    }
  });

  it('refuses what the scheme does not cover, pointing to 法规与标准科', () => {
    const result = answer('加班费怎么算？', ctx);
    expect(result).toMatchObject({ outOfScope: true, citations: [] });
    expect(result.answer).toBe('实施方案未涉及这一问题。如需进一步了解，请咨询法规与标准科。');
  });

  it('does not answer a bare 谁批 outside inspections from 第5条', () => {
    expect(answer('请假要找谁批？', ctx).outOfScope).toBe(true);
    expect(answer('县里的执法检查找谁批？', ctx).outOfScope).toBe(false);
  });

  it('says the notice leaves 行政许可 and 核与辐射 to other rules, quoting it', () => {
    const result = answer('核与辐射检查谁批？', ctx);
    expect(result.outOfScope).toBe(true);
    expect(result.citations[0]?.clause).toBe('notice');
    expect(result.citations[0]?.quote).toContain('核与辐射监管等其他入企行为按照相关规定和要求执行');
  });

  it.each(['工作调研入企也按这个方案来吗？', '行政许可现场核查适用这个方案吗', '考核评估入企算不算入企检查'])(
    'answers whether the scheme applies to %s from the notice, not as a refusal',
    (question) => {
      const result = answer(question, ctx);
      expect(result.outOfScope).toBe(false);
      expect(result.answer).toMatch(/^这一事项不适用本实施方案/);
      expect(result.citations[0]?.clause).toBe('notice');
    },
  );

  it.each([
    ['luzhou', '我们的检查计划谁签字', '潞州分局主要负责人为潞州分局局长（示例）'],
    ['air', '检查计划找谁审批', '大气环境科的分管局领导为副局长乙（示例）'],
    ['shangdang', '安静期要去现场报谁批', '上党分局主要负责人为'],
    ['water', '安静期确需进厂，找哪位领导批准', '市生态环境局主要负责人为局长（示例）'],
  ])("names the people of the asker's unit (%s) for 「%s」", (unit, question, person) => {
    expect(answer(question, { ...ctx, askerUnit: unit }).answer).toContain(person);
  });

  it('composes who approves from the level the question names', () => {
    expect(answer('县区级的入企执法检查找谁批？').answer).toBe(
      '县区级入企执法检查由各分局主要负责人审批（第5条）。',
    );
    const quiet = answer('安静期内确需现场检查，要谁批？');
    expect(quiet.answer).toContain('本级行政执法主体主要负责人批准');
    expect(quiet.citations.map((citation) => citation.clause)).toEqual(['10', '5']);
    expect(quiet.offerApproval).toBe(true);
  });

  it('answers the cap question by the trigger', () => {
    expect(answer('举报来的检查算不算频次上限？').answer).toMatch(/^不算。可以不受频次上限限制：因投诉举报/);
    expect(answer('双随机抽查有没有次数限制？').answer).toMatch(/^双随机抽查不属于/);
  });

  it('answers a general question without a context, never as a case', () => {
    const result = answer('下周三去长治示例医药有限公司现场核查举报，能去吗？');
    expect(result.decision).toBeUndefined();
    expect(result.outOfScope).toBe(false);
  });
});

describe('answer on a described case', () => {
  it('judges an unnamed enterprise on a placeholder carrying only what the officer said', () => {
    const result = answer('分局下周去一家企业现场检查，是举报来的，正好在安静期，能去吗？', ctx);
    expect(result.decision?.hypothetical).toBe(true);
    expect(result.decision?.proposal).toMatchObject({
      enterprises: [PLACEHOLDER_USCC],
      type: 'complaint',
      methods: ['on-site'],
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect(result.decision?.rules.findings.map((finding) => finding.code)).toContain('QUIET_PERIOD_ON_SITE');
    expect(result.decision?.rules.chain.map((step) => step.role)).toEqual(['branch-head']);
    expect(result.answer).toContain('本次系因投诉举报发现线索确需实施检查，可以不受频次上限限制（第3条）');
    expect(result.offerApproval).toBe(true);
  });

  it('weighs the citywide calendar for an unnamed enterprise, and only it when no branch is named', () => {
    // 下周 (11-30 to 12-06) reaches the citywide period that begins on 12-01.
    const result = answer('分局下周要去一家企业检查，是双随机抽查，谁批？', ctx);
    expect(result.decision?.rules.findings.map((finding) => finding.code)).toContain('QUIET_PERIOD_ON_SITE');
    // 「下周」 lies partly in the quiet period: the approval first, the quiet period as a condition.
    expect(result.answer).toMatch(
      /^县区级入企执法检查由各分局主要负责人审批（第5条）；在企业安静期内现场检查的，须报请/,
    );
    // 潞城区's own period (12-21 to 12-31) binds a 潞城分局 visit, not one by an unnamed branch.
    const guessed = answer('分局12月22日要去一家企业现场检查，能去吗？', ctx);
    expect(guessed.decision?.rules.findings.some((finding) => finding.code.startsWith('QUIET'))).toBe(false);
    const named = answer('潞城分局12月22日要去一家企业现场检查，能去吗？', ctx);
    expect(named.decision?.rules.findings.map((finding) => finding.code)).toContain('QUIET_PERIOD_ON_SITE');
  });

  it('judges a named enterprise on the real quiet-period calendar, flags and caps', () => {
    const listed = answer('下周三去长治示例医药有限公司现场核查举报，能去吗？', ctx);
    expect(listed.decision?.hypothetical).toBe(false);
    const codes = listed.decision?.rules.findings.map((finding) => finding.code);
    expect(codes).toEqual(expect.arrayContaining(['QUIET_PERIOD_ON_SITE', 'POSITIVE_LIST_NOT_RESTRICTED']));
    expect(listed.decision?.proposal.unit).toBe('gaoxin');

    const capped = answer('市执法队明天去长治示例焦化有限公司做双随机抽查，要谁批？', ctx);
    expect(capped.decision?.rules.blocked).toBe(true);
    expect(capped.answer).toMatch(
      /^市级入企执法检查由.*审批（第5条）；但按所述情况暂不能开展：该企业今年现场检查已达频次上限。/,
    );
    expect(capped.offerApproval).toBe(false);

    const quietFree = answer('后天去长治示例水泥有限公司现场检查，能去吗？', ctx);
    expect(quietFree.decision?.rules.findings).toEqual([]);
    expect(quietFree.answer).toBe('可以，但须经分局主要负责人（黎城分局局长（示例））审批（第5条）。');
  });

  it('states what it had to assume', () => {
    const result = answer('分局想去一家正面清单企业例行现场检查，需要什么手续？', ctx);
    expect(result.decision?.assumptions).toContain('未说明检查日期，按今日（2026-11-26）判断。');
  });

  it('turns unfilled form fields of a special inspection into reminders, not a refusal', () => {
    const result = answer('大气科下个月打算开展危废专项检查，谁批？', ctx);
    expect(result.answer).toMatch(/^由.*→局长（示例）审批[，。；]/);
    expect(result.answer).not.toContain('暂不能开展');
    expect(result.decision?.assumptions).toContain('正式申请时须补充：专项检查未写明检查内容。');
    expect(result.decision?.rules.chain.map((step) => step.role)).toEqual([
      'unit-head',
      'supervisor',
      'director',
    ]);
  });
});
