import { describe, expect, it } from 'vitest';
import {
  addDays,
  CHAIN_ROLE_LABELS,
  chainRoleLabel,
  daysBetween,
  distanceDays,
  eachDay,
  isCalendarDate,
  isCapExempt,
  isOnSite,
  levelOfUnit,
  type InspectionMethod,
  type InspectionType,
} from '../../../src/domain/rules/index.js';
import { directory } from './fixtures.js';

describe('isOnSite', () => {
  it.each<[InspectionMethod[], boolean]>([
    [['on-site'], true],
    [['sampling'], true],
    [['document-review', 'inquiry'], false],
    [['document-review', 'on-site'], true],
    [['other'], true],
    [[], false],
  ])('%j → %s', (methods, expected) => {
    expect(isOnSite(methods)).toBe(expected);
  });
});

describe('isCapExempt', () => {
  it.each<[InspectionType, boolean]>([
    ['complaint', true],
    ['referral', true],
    ['monitoring', true],
    ['enterprise-request', true],
    ['random', false],
    ['special', false],
    ['other', false],
  ])('%s → %s', (type, expected) => {
    expect(isCapExempt(type)).toBe(expected);
  });
});

describe('levelOfUnit and role labels', () => {
  it('reads the level from the directory', () => {
    expect([
      levelOfUnit(directory, 'air'),
      levelOfUnit(directory, 'qinxian'),
      levelOfUnit(directory, 'x'),
    ]).toEqual(['city', 'county', undefined]);
  });

  it('labels every role', () => {
    expect(CHAIN_ROLE_LABELS).toEqual({
      'unit-head': '承办机构负责人',
      supervisor: '分管局长',
      'branch-head': '分局主要负责人',
      director: '局长',
    });
    expect(chainRoleLabel('director')).toBe('局长');
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-6-1', false],
    ['', false],
  ])('%s is a calendar date: %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });

  it('counts across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-28', '2027-01-03')).toBe(6);
    expect(eachDay('2026-12-30', '2027-01-01')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(eachDay('2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('measures the distance between ranges', () => {
    const a = { from: '2026-06-01', to: '2026-06-02' };
    expect(distanceDays(a, { from: '2026-06-02', to: '2026-06-05' })).toBe(0);
    expect(distanceDays(a, { from: '2026-06-03', to: '2026-06-05' })).toBe(1);
    expect(distanceDays({ from: '2026-05-01', to: '2026-05-02' }, a)).toBe(30);
  });

  it('rejects arithmetic on a non-date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
