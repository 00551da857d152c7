import { describe, expect, it } from 'vitest';
import { emptyDraft, type ReferralDraft } from '../../../src/domain/referrals/annex3.js';
import { resolveUnit, routeReferral } from '../../../src/domain/referrals/routing.js';
import { directory, enterprise } from './fixtures.js';

const unitId = (text: string) => resolveUnit(text, directory)?.id;
const draft = (fields: Partial<ReferralDraft>): ReferralDraft => ({ ...emptyDraft(), ...fields });

describe('resolveUnit', () => {
  it('finds a branch by every way of naming it', () => {
    for (const text of [
      '潞城分局',
      '潞城',
      '潞城区',
      '长治市生态环境局潞城分局',
      '市生态环境局潞城分局',
      '潞城区分局',
      'lucheng',
    ]) {
      expect(unitId(text), text).toBe('lucheng');
    }
  });

  it('tells 沁县 from 沁源 and finds 高新', () => {
    expect(unitId('沁县分局')).toBe('qinxian');
    expect(unitId('沁县')).toBe('qinxian');
    expect(unitId('沁源')).toBe('qinyuan');
    expect(unitId('沁源县')).toBe('qinyuan');
    expect(unitId('高新分局')).toBe('gaoxin');
    expect(unitId('长治高新区')).toBe('gaoxin');
  });

  it('finds sections by full and short names', () => {
    const cases: Record<string, string> = {
      大气环境科: 'air',
      大气科: 'air',
      水科: 'water',
      水生态环境科: 'water',
      执法队: 'enforcement',
      市执法队: 'enforcement',
      综合执法队: 'enforcement',
      法规科: 'legal',
      法规与标准科: 'legal',
      监控中心: 'monitoring',
      环评科: 'eia',
      土壤科: 'soil',
      自然生态保护科: 'nature',
      机动车检测中心: 'vehicle',
      大气科室: 'air',
    };
    for (const [text, id] of Object.entries(cases)) expect(unitId(text), text).toBe(id);
  });

  it('finds nothing for an ambiguous or unknown name', () => {
    for (const text of ['生态科', '局', '长治市生态环境局', '宣传科', ''])
      expect(unitId(text), text).toBeUndefined();
  });
});

describe('routeReferral', () => {
  const steel = enterprise('长治示例钢铁集团有限公司');
  const chemical = enterprise('长治示例化工有限公司');

  it('uses the unit the officer named', () => {
    expect(routeReferral(draft({ toUnitText: '潞城分局' }), steel, directory)).toEqual({
      toUnit: 'lucheng',
      how: 'named',
      copyUnits: [],
      warnings: [],
    });
  });

  it('routes to the branch of the enterprise county when no unit is named', () => {
    expect(routeReferral(draft({}), chemical, directory)).toMatchObject({ toUnit: 'tunliu', how: 'county' });
    expect(routeReferral(draft({}), enterprise('长治示例医药有限公司'), directory).toUnit).toBe('gaoxin');
  });

  it('routes nowhere without a named unit or an enterprise', () => {
    expect(routeReferral(draft({}), undefined, directory)).toEqual({
      how: 'none',
      copyUnits: [],
      warnings: [],
    });
  });

  it('warns when the named branch is not the one for the county', () => {
    const route = routeReferral(draft({ toUnitText: '上党分局' }), steel, directory);
    expect(route).toMatchObject({ toUnit: 'shangdang', how: 'named' });
    expect(route.warnings).toEqual([
      {
        code: 'county-mismatch',
        message:
          '长治示例钢铁集团有限公司位于潞城区，属长治市生态环境局潞城分局辖区，接收单位为长治市生态环境局上党分局，请确认。',
      },
    ]);
  });

  it('does not warn when a city section is named', () => {
    expect(routeReferral(draft({ toUnitText: '执法队' }), steel, directory).warnings).toEqual([]);
  });

  it('asks about a named unit it cannot place instead of rerouting', () => {
    const route = routeReferral(draft({ toUnitText: '宣传科' }), steel, directory);
    expect(route).toMatchObject({ toUnit: undefined, how: 'none' });
    expect(route.warnings[0]?.code).toBe('unknown-unit');
    expect(route.warnings[0]?.message).toContain('潞城分局');
  });

  it('copies the section asked to assist', () => {
    const route = routeReferral(
      draft({ opinion: 'coordinate', coordinateText: '大气环境科' }),
      chemical,
      directory,
    );
    expect(route).toMatchObject({ toUnit: 'tunliu', how: 'county', copyUnits: ['air'] });
  });

  it('warns about an assisting unit it cannot place', () => {
    const route = routeReferral(
      draft({ opinion: 'coordinate', coordinateText: '宣传科' }),
      chemical,
      directory,
    );
    expect(route.copyUnits).toEqual([]);
    expect(route.warnings.map((w) => w.code)).toEqual(['unknown-coordinate']);
  });

  it('warns when a unit refers a clue to itself', () => {
    const route = routeReferral(draft({ fromUnit: '屯留分局' }), chemical, directory);
    expect(route.warnings.map((w) => w.code)).toEqual(['same-unit']);
  });

  it('accepts unit ids already resolved', () => {
    expect(
      routeReferral(draft({ toUnit: 'licheng', coordinateWith: 'enforcement' }), undefined, directory),
    ).toEqual({
      toUnit: 'licheng',
      how: 'named',
      copyUnits: ['enforcement'],
      warnings: [],
    });
  });
});
