import { describe, expect, it } from 'vitest';
import {
  CASE_STAGES,
  canTransition,
  isOverdue,
  nextStage,
  STATE_LABELS,
  type CaseState,
  type StageRecord,
} from '../../../src/domain/referrals/lifecycle.js';
import { validateStageInput } from '../../../src/domain/referrals/stage-input.js';

const noPenalty: StageRecord = {
  stage: 'investigated',
  input: { outcome: 'no-penalty', note: '首次违法且危害轻微，依不予处罚事项清单不予处罚。' },
};

describe('referral states', () => {
  it('goes draft → submitted → accepted, returned or verifying', () => {
    expect(canTransition('draft', 'submitted')).toBe(true);
    for (const to of ['accepted', 'returned', 'verifying'] as const)
      expect(canTransition('submitted', to)).toBe(true);
    expect(canTransition('draft', 'accepted')).toBe(false);
    expect(nextStage('draft')).toBe('submitted');
    expect(nextStage('submitted')).toBeUndefined();
  });

  it('lets a clue under verification be accepted or returned later', () => {
    expect(canTransition('verifying', 'accepted')).toBe(true);
    expect(canTransition('verifying', 'returned')).toBe(true);
    expect(canTransition('verifying', 'filed')).toBe(false);
  });

  it('ends at returned', () => {
    expect(nextStage('returned')).toBeUndefined();
    expect(canTransition('returned', 'submitted')).toBe(false);
  });
});

describe('case stages', () => {
  it('runs 立案 → 查处 → 整改 → 验收 → 销号 from acceptance', () => {
    const path: CaseState[] = ['accepted'];
    for (let s = nextStage('accepted'); s; s = nextStage(s)) path.push(s);
    expect(path).toEqual(['accepted', ...CASE_STAGES]);
  });

  it('labels the stages as 第14条 names them', () => {
    expect(CASE_STAGES.map((s) => STATE_LABELS[s]).join('—')).toBe('立案—查处—整改—验收—销号');
  });

  it('allows no skipping and no going back', () => {
    expect(canTransition('accepted', 'investigated')).toBe(false);
    expect(canTransition('filed', 'rectifying')).toBe(false);
    expect(canTransition('investigated', 'closed')).toBe(false);
    expect(canTransition('rectifying', 'closed')).toBe(false);
    expect(canTransition('investigated', 'filed')).toBe(false);
    expect(canTransition('closed', 'filed')).toBe(false);
  });

  it('still requires 整改 after 不予处罚 (免罚不免责)', () => {
    expect(nextStage('investigated', noPenalty)).toBe('rectifying');
    expect(canTransition('investigated', 'closed', noPenalty)).toBe(false);
    expect(canTransition('investigated', 'rectifying', noPenalty)).toBe(true);
  });

  it('closes a case where no violation was found without 整改', () => {
    const none: StageRecord = {
      stage: 'investigated',
      input: { outcome: 'no-violation', note: '经查未发现违法行为。' },
    };
    expect(nextStage('investigated', none)).toBe('closed');
    expect(canTransition('investigated', 'closed', none)).toBe(true);
    expect(canTransition('investigated', 'rectifying', none)).toBe(false);
  });

  it('sends a failed 验收 back to 整改', () => {
    const failed: StageRecord = { stage: 'verified', input: { conclusion: 'failed', note: '废水仍超标。' } };
    const passed: StageRecord = { stage: 'verified', input: { conclusion: 'passed' } };
    expect(nextStage('verified', failed)).toBe('rectifying');
    expect(canTransition('verified', 'rectifying', failed)).toBe(true);
    expect(canTransition('verified', 'closed', failed)).toBe(false);
    expect(canTransition('verified', 'rectifying', passed)).toBe(false);
    expect(nextStage('verified', passed)).toBe('closed');
  });

  it('ignores a record that belongs to another stage', () => {
    expect(nextStage('rectifying', noPenalty)).toBe('verified');
  });
});

describe('validateStageInput', () => {
  it('needs a case number for 立案', () => {
    expect(validateStageInput('filed', { caseNumber: ' 长环罚〔2025〕12号 ' })).toEqual({
      ok: true,
      value: { caseNumber: '长环罚〔2025〕12号' },
    });
    expect(validateStageInput('filed', {})).toEqual({
      ok: false,
      errors: [{ field: 'caseNumber', message: '请填写立案编号。' }],
    });
    expect(validateStageInput('filed', undefined)).toMatchObject({ ok: false });
  });

  it('needs an outcome and a note for 查处; the amount is optional', () => {
    expect(
      validateStageInput('investigated', { outcome: 'penalty', note: '罚款。', penaltyAmount: '50000' }),
    ).toEqual({
      ok: true,
      value: { outcome: 'penalty', note: '罚款。', penaltyAmount: 50000 },
    });
    expect(validateStageInput('investigated', { outcome: 'penalty', note: '责令改正。' }).ok).toBe(true);
    expect(validateStageInput('investigated', {})).toEqual({
      ok: false,
      errors: [{ field: 'outcome', message: '请选择查处结果：予以处罚、不予处罚或未发现违法。' }],
    });
  });

  it('asks for the basis of 不予处罚, citing 第13条', () => {
    expect(validateStageInput('investigated', { outcome: 'no-penalty' })).toEqual({
      ok: false,
      errors: [{ field: 'note', message: '请说明不予处罚的依据（第13条）。', clause: '13' }],
    });
  });

  it('rejects a fine when no penalty was imposed, and a negative fine', () => {
    const result = validateStageInput('investigated', {
      outcome: 'no-penalty',
      note: '轻微。',
      penaltyAmount: 1000,
    });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'penaltyAmount' }] });
    expect(
      validateStageInput('investigated', { outcome: 'penalty', note: '罚款。', penaltyAmount: -1 }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'penaltyAmount', message: '罚款金额不能为负数。' }],
    });
  });

  it('needs measures and a deadline for 整改, citing 第14条 (免罚不免责)', () => {
    const result = validateStageInput('rectifying', {});
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'measures',
          message: '请填写整改措施。不予处罚的也须责令改正，确保免罚不免责（第14条）。',
          clause: '14',
        },
        { field: 'deadline', message: '请填写整改期限（YYYY-MM-DD）。', clause: '14' },
      ],
    });
  });

  it('checks the 整改 deadline is a real date', () => {
    expect(validateStageInput('rectifying', { measures: '更换滤袋。', deadline: '2025-12-31' }).ok).toBe(
      true,
    );
    for (const deadline of ['2025-02-30', '2025/12/31', '20251231']) {
      expect(validateStageInput('rectifying', { measures: '更换滤袋。', deadline }), deadline).toMatchObject({
        ok: false,
        errors: [{ field: 'deadline', message: '整改期限应为有效日期，格式为YYYY-MM-DD。' }],
      });
    }
  });

  it('needs a conclusion for 验收 and a reason when it failed', () => {
    expect(validateStageInput('verified', { conclusion: 'passed' })).toEqual({
      ok: true,
      value: { conclusion: 'passed' },
    });
    expect(validateStageInput('verified', { conclusion: 'failed' })).toEqual({
      ok: false,
      errors: [{ field: 'note', message: '验收不通过的，请说明原因。' }],
    });
    expect(validateStageInput('verified', { conclusion: 'ok' })).toMatchObject({
      ok: false,
      errors: [{ field: 'conclusion' }],
    });
  });

  it('needs a closing note for 销号', () => {
    expect(validateStageInput('closed', { closingNote: '  ' })).toEqual({
      ok: false,
      errors: [{ field: 'closingNote', message: '请填写销号说明。' }],
    });
  });
});

describe('isOverdue', () => {
  it('is overdue from the day after the 整改 deadline', () => {
    expect(isOverdue('rectifying', '2025-12-31', '2025-12-31')).toBe(false);
    expect(isOverdue('rectifying', '2025-12-31', '2026-01-01')).toBe(true);
  });

  it('is not overdue once rectification is over', () => {
    expect(isOverdue('verified', '2025-12-31', '2026-03-01')).toBe(false);
    expect(isOverdue('closed', '2025-12-31', '2026-03-01')).toBe(false);
  });

  it('rejects dates not written YYYY-MM-DD', () => {
    expect(() => isOverdue('rectifying', '2025/12/31', '2026-01-01')).toThrow(RangeError);
  });
});
