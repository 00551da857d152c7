import { describe, expect, it } from 'vitest';
import type { QuietPeriod } from '../../../src/domain/org.js';
import { quietEvents } from '../../../src/domain/rules/index.js';

const base: QuietPeriod = { id: 'TL', jurisdiction: '屯留区', scope: 'county', basis: '通知' };
const spans = (periods: QuietPeriod[], today: string) =>
  quietEvents(periods, today).map((e) => `${e.key} ${e.from}..${e.to}`);

describe('quietEvents', () => {
  it('folds a monthly notice into one event a month, its validity ending mid-month', () => {
    const p = { ...base, monthly: { fromDay: 1, toDay: 20 }, from: '2027-01-01', to: '2027-03-10' };
    expect(spans([p], '2026-12-01')).toEqual([
      'TL/2027-01-01 2027-01-01..2027-01-20',
      'TL/2027-02-01 2027-02-01..2027-02-20',
      'TL/2027-03-01 2027-03-01..2027-03-10',
    ]);
  });

  it('ends a 1st–31st run with a short month, and keeps a run under way whole with its key', () => {
    const p = { ...base, monthly: { fromDay: 25, toDay: 31 }, from: '2027-02-01', to: '2027-03-31' };
    expect(spans([p], '2027-02-26')).toEqual([
      'TL/2027-02-25 2027-02-25..2027-02-28',
      'TL/2027-03-25 2027-03-25..2027-03-31',
    ]);
  });

  it('drops what ended before today and stops a year ahead', () => {
    const weekly = { ...base, weekly: { days: [6, 7] } };
    const events = quietEvents([weekly], '2026-12-02');
    expect(events[0]).toMatchObject({ from: '2026-12-05', to: '2026-12-06' });
    expect(events.at(-1)!.to <= '2027-12-02').toBe(true);
    expect(events).toHaveLength(52);
  });

  it('crosses New Year in one event and says the notice, the exemptions and 第10条', () => {
    const p: QuietPeriod = {
      ...base,
      from: '2026-12-25',
      to: '2027-01-05',
      categories: ['规模以上工业企业'],
      exemptions: ['投诉举报需调查核实'],
    };
    const [event] = quietEvents([p], '2026-12-01');
    expect(event).toMatchObject({
      from: '2026-12-25',
      to: '2027-01-05',
      summary: '企业安静期·屯留区（规模以上工业企业）',
    });
    expect(event?.description).toContain('通知列明的例外情形：\n1. 投诉举报需调查核实');
    expect(event?.description).toContain('第10条');
  });

  it('gives two periods with the same id one event, not two fighting over a key', () => {
    const p = { ...base, from: '2027-01-01', to: '2027-01-02' };
    expect(quietEvents([p, p], '2026-12-01')).toHaveLength(1);
  });
});
