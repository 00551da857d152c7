import { describe, expect, it } from 'vitest';
import { loadEnterprisesFromSeed } from './seed.js';
import { parseStart } from '../../../src/features/approvals/chat/commands.js';
import { prefillPlan, prefillSpecial } from '../../../src/features/approvals/chat/prefill.js';
import { workingHoursBetween } from '../../../src/features/approvals/working-hours.js';

const at = (local: string) => new Date(`${local}+08:00`);

describe('workingHoursBetween', () => {
  it('counts Mon–Fri 09:00–17:00 bureau time only', () => {
    expect(workingHoursBetween(at('2026-11-26T10:00:00'), at('2026-11-26T15:30:00'))).toBe(5.5);
    expect(workingHoursBetween(at('2026-11-27T16:00:00'), at('2026-11-30T10:00:00'))).toBe(2);
    expect(workingHoursBetween(at('2026-11-28T09:00:00'), at('2026-11-29T17:00:00'))).toBe(0);
    expect(workingHoursBetween(at('2026-11-26T18:00:00'), at('2026-11-27T08:59:00'))).toBe(0);
    expect(workingHoursBetween(at('2026-11-26T08:00:00'), at('2026-11-26T20:00:00'))).toBe(8);
    expect(workingHoursBetween(at('2026-11-27T10:00:00'), at('2026-11-26T10:00:00'))).toBe(0);
  });
});

describe('chat commands', () => {
  it('recognises the start commands and their natural variants', () => {
    expect(parseStart('发起入企检查审批')).toEqual({ kind: 'plan', rest: '' });
    expect(parseStart('申请入企检查：长治示例焦化有限公司')).toEqual({
      kind: 'plan',
      rest: '长治示例焦化有限公司',
    });
    expect(parseStart('入企检查审批申请')).toEqual({ kind: 'plan', rest: '' });
    expect(parseStart('我要发起检查审批')).toEqual({ kind: 'plan', rest: '' });
    expect(parseStart('申请专项检查')).toEqual({ kind: 'special', rest: '' });
    expect(parseStart('发起专项执法检查审批，超标排放')).toEqual({ kind: 'special', rest: '超标排放' });
    expect(parseStart('专项检查申请')).toEqual({ kind: 'special', rest: '' });
  });

  it('leaves questions and other talk alone', () => {
    expect(parseStart('申请专项检查需要谁批准？')).toBeUndefined();
    expect(parseStart('入企检查审批要谁批')).toBeUndefined();
    expect(parseStart('专项检查的期限')).toBeUndefined();
    expect(parseStart('检查计划')).toBeUndefined();
  });

  it('pre-fills the special form from the words after the command', () => {
    expect(prefillSpecial('危险废物非法处置专项，2026年12月1日至12月31日', '2026-11-26')).toEqual({
      name: '危险废物非法处置专项',
      focus: '危险废物非法处置',
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });

  it('pre-fills the plan form with registry enterprises, type, methods and dates', () => {
    const registry = loadEnterprisesFromSeed();
    expect(
      prefillPlan(
        '长治示例焦化有限公司、91140406W20GL578PP，举报投诉，资料核查，12月3日至5日',
        '2026-11-26',
        registry,
      ),
    ).toEqual({
      enterprises: ['91140404A10YRXXR9P', '91140406W20GL578PP'],
      type: 'complaint',
      methods: ['document-review'],
      from: '2026-12-03',
      to: '2026-12-05',
    });
  });
});
