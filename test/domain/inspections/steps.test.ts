import { describe, expect, it } from 'vitest';
import {
  cancelProblem,
  DEFAULT_INSPECTION_REMINDERS,
  dueReminder,
  feedbackProblem,
  resultProblem,
  type InspectionRecord,
} from '../../../src/domain/inspections/index.js';

const by = { openId: 'ou_a', name: '甲' };
const planned: InspectionRecord = {
  code: 'JC-2026-0001-1',
  requestId: 'JC-2026-0001',
  enterprise: { name: '示例企业', uscc: null },
  status: 'planned',
  from: '2026-11-27',
  to: '2026-11-30',
  unitId: 'air',
  result: null,
  feedback: null,
  cancelled: null,
  reminders: 0,
  lastRemindedOn: null,
};
const result = { date: '2026-11-28', outcome: 'no-issue' as const, findings: '', methods: [], by, at: '' };
const done: InspectionRecord = { ...planned, status: 'done', result };
const fedBack: InspectionRecord = {
  ...done,
  status: 'fed-back',
  feedback: { date: '2026-11-29', means: 'phone', content: '', by, at: '' },
};
const cancelled: InspectionRecord = {
  ...planned,
  status: 'cancelled',
  cancelled: { reason: '停产', by, at: '' },
};

describe('which step an inspection takes, and why not', () => {
  it.each([
    ['in the period', planned, '2026-11-27', null],
    ['on the day itself', planned, '2026-11-28', null],
    ['before the period', planned, '2026-11-26', 'OUT_OF_PERIOD'],
    ['after the period', planned, '2026-12-01', 'OUT_OF_PERIOD'],
    ['after today', planned, '2026-11-29', 'IN_FUTURE'],
    ['a second result', done, '2026-11-28', 'ALREADY_RECORDED'],
    ['on a cancelled visit', cancelled, '2026-11-28', 'CANCELLED'],
  ] as const)('result %s', (_name, rec, date, code) => {
    expect(resultProblem(rec, date, '2026-11-28')?.code ?? null).toBe(code);
  });

  it.each([
    ['after the result', done, '2026-11-28', null],
    ['before any result', planned, '2026-11-28', 'NO_RESULT'],
    ['dated before the result', done, '2026-11-27', 'BEFORE_RESULT'],
    ['after today', done, '2026-12-02', 'IN_FUTURE'],
    ['a second time', fedBack, '2026-11-30', 'ALREADY_FED_BACK'],
    ['on a cancelled visit', cancelled, '2026-11-30', 'CANCELLED'],
  ] as const)('feedback %s', (_name, rec, date, code) => {
    expect(feedbackProblem(rec, date, '2026-12-01')?.code ?? null).toBe(code);
  });

  it.each([
    ['planned', planned, null],
    ['done', done, 'ALREADY_RECORDED'],
    ['cancelled', cancelled, 'CANCELLED'],
  ] as const)('cancel when %s', (_name, rec, code) => {
    expect(cancelProblem(rec)?.code ?? null).toBe(code);
  });
});

describe('reminders in working days', () => {
  // 2026-11-30 is a Monday: 3 working days on is Thursday 12-03, 3 more Tuesday 12-08.
  it.each([
    [planned, '2026-12-02', null],
    [planned, '2026-12-03', 'inspectors'],
    [{ ...planned, reminders: 1, lastRemindedOn: '2026-12-03' }, '2026-12-07', null],
    [{ ...planned, reminders: 1, lastRemindedOn: '2026-12-03' }, '2026-12-08', 'head'],
    [{ ...planned, reminders: 1, lastRemindedOn: '2026-12-08' }, '2026-12-08', null],
    [{ ...planned, reminders: 2, lastRemindedOn: '2026-12-08' }, '2026-12-31', null],
    // Result on Saturday 11-28: 5 working days on is Friday 12-04.
    [done, '2026-12-03', null],
    [done, '2026-12-04', 'inspectors'],
    [fedBack, '2027-01-31', null],
    [cancelled, '2027-01-31', null],
  ] as const)('%#: on %s', (rec, today, to) => {
    const due = dueReminder(rec, today, DEFAULT_INSPECTION_REMINDERS);
    expect(due?.to ?? null).toBe(to);
  });
});
