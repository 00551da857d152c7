import { describe, expect, it } from 'vitest';
import seed from '../../../db/seed/enterprises.json' with { type: 'json' };
import { parseEnterprisesFile } from '../../../src/directory/enterprises-file.js';
import type { Enterprise } from '../../../src/domain/org.js';
import {
  activityDateProblem,
  earlierOnSameRisk,
  mayWarn,
  nextWarningState,
  outreachCoverage,
  readDay,
  readLabelled,
  readOutreachForm,
  readWarningSource,
  referralDraftFromWarning,
  reminderMonth,
  resolveEnterpriseRef,
  sameRisk,
} from '../../../src/domain/prevention/index.js';

const parsed = parseEnterprisesFile(seed);
if (!parsed.ok) throw new Error('seed enterprises do not parse');
const registry: Enterprise[] = parsed.value;

describe('the warning lifecycle', () => {
  it.each([
    ['sent', 'acknowledge', 'acknowledged'],
    ['sent', 'resolve', 'resolved'],
    ['sent', 'escalate', 'escalated'],
    ['acknowledged', 'resolve', 'resolved'],
    ['acknowledged', 'escalate', 'escalated'],
    ['acknowledged', 'acknowledge', undefined],
    ['resolved', 'escalate', undefined],
    ['escalated', 'resolve', undefined],
  ] as const)('%s + %s → %s', (state, move, to) => {
    expect(nextWarningState(state, move)).toBe(to);
  });
});

describe('who may warn (第1条)', () => {
  it.each([
    ['大气环境科', 'city', true],
    ['生态环境监控中心', 'city', true],
    ['机动车排气污染防治检测中心', 'city', true],
    ['法规与标准科', 'city', false],
    ['长治市生态环境局潞城分局', 'county', false],
  ] as const)('%s → %s', (name, level, allowed) => {
    expect(mayWarn({ name, level })).toBe(allowed);
  });
});

describe('repeats within 30 days', () => {
  const earlier = [
    {
      id: 'YJ-2026-0001',
      uscc: 'A',
      source: 'online-monitoring' as const,
      risk: '颗粒物小时均值接近排放限值',
      sentOn: '2026-11-01',
    },
    {
      id: 'YJ-2026-0002',
      uscc: 'A',
      source: 'permit' as const,
      risk: '危废台账与贮存量不符',
      sentOn: '2026-10-01',
    },
  ];
  it('finds the same risk, reworded, inside the window only', () => {
    expect(sameRisk('颗粒物小时均值接近排放限值', '颗粒物小时均值连续接近排放限值')).toBe(true);
    expect(sameRisk('颗粒物小时均值接近排放限值', '危废台账与贮存量不符')).toBe(false);
    expect(earlierOnSameRisk(earlier, 'A', '颗粒物小时均值接近限值', '2026-10-27')?.id).toBe('YJ-2026-0001');
    expect(earlierOnSameRisk(earlier, 'A', '危废台账与贮存量不符', '2026-10-27')).toBeUndefined();
    expect(earlierOnSameRisk(earlier, 'B', '颗粒物小时均值接近排放限值', '2026-10-27')).toBeUndefined();
  });
});

describe('reading what people write', () => {
  it.each([
    ['在线监控', 'online-monitoring'],
    ['用电量异常', 'power-usage'],
    ['柴油车尾气', 'vehicle-exhaust'],
    ['无人机巡查', 'drone'],
    ['排污许可执行报告', 'permit'],
    ['群众来电', 'other'],
    ['drone', 'drone'],
  ])('source %s → %s', (text, source) => {
    expect(readWarningSource(text)).toBe(source);
  });

  it.each([
    ['行业培训', 'industry-training'],
    ['专题讲座', 'lecture'],
    ['现场帮扶', 'on-site-help'],
    ['以案说法', 'case-talk'],
    ['集中培训', 'training'],
    ['座谈', undefined],
  ])('form %s → %s', (text, form) => {
    expect(readOutreachForm(text)).toBe(form);
  });

  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026年1月5日', '2026-01-05'],
    ['3月8日', '2026-03-08'],
    ['上周', undefined],
  ])('day %s → %s', (text, day) => {
    expect(readDay(text, '2026-11-26')).toBe(day);
  });

  it('refuses future and impossible dates', () => {
    expect(activityDateProblem('2026-11-26', '2026-11-26')).toBeUndefined();
    expect(activityDateProblem('2026-11-27', '2026-11-26')).toContain('晚于今天');
    expect(activityDateProblem('2026-02-30', '2026-11-26')).toContain('无效');
  });

  it('reads labelled lines, continuing a value over lines', () => {
    expect(
      readLabelled('企业：甲\n风险：一\n二\n建议：三', {
        enterprise: /^企业$/,
        risk: /^风险$/,
        advice: /^建议$/,
      }),
    ).toEqual({
      enterprise: '甲',
      risk: '一\n二',
      advice: '三',
    });
  });
});

describe('enterprises named by USCC or name', () => {
  it('finds by code, full name and core name', () => {
    for (const text of ['91140406W20GL578PP', '长治示例钢铁集团有限公司', '示例钢铁']) {
      const ref = resolveEnterpriseRef(text, registry);
      expect(ref.ok && ref.enterprise.uscc).toBe('91140406W20GL578PP');
    }
  });
  it('names a wrong check character and lists close names', () => {
    expect(resolveEnterpriseRef('91140406W20GL578PA', registry)).toMatchObject({
      ok: false,
      kind: 'bad-code',
    });
    const unknown = resolveEnterpriseRef('长治示例钢材有限公司', registry);
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.kind === 'unknown' && unknown.close.map((e) => e.name)).toContain(
      '长治示例钢铁集团有限公司',
    );
  });
});

describe('coverage and reminders', () => {
  it('counts key enterprises per county, reached or not', () => {
    const rows = outreachCoverage(
      [
        { id: 'lucheng', name: '潞城分局', county: '潞城区' },
        { id: 'licheng', name: '黎城分局', county: '黎城县' },
      ],
      registry,
      new Set(['91140406W20GL578PP']),
    );
    expect(rows.find((r) => r.county === '潞城区')).toMatchObject({ unitId: 'lucheng', notReached: [] });
    expect(rows.find((r) => r.county === '黎城县')?.key).toEqual([]);
    // A county no branch covers still shows its key enterprises.
    expect(rows.find((r) => r.county === '上党区')?.notReached.map((e) => e.uscc)).toEqual([
      '91140404A10YRXXR9P',
    ]);
  });
  it.each([
    ['2026-08-31', undefined],
    ['2026-09-01', '2026-09'],
    ['2026-12-31', '2026-12'],
    ['2027-01-15', undefined],
  ])('reminder month on %s → %s', (today, month) => {
    expect(reminderMonth(today)).toBe(month);
  });
});

describe('a warning escalated into 附件3', () => {
  it('is prefilled from the warning', () => {
    const draft = referralDraftFromWarning({
      id: 'YJ-2026-0001',
      unitId: 'air',
      branchId: 'lucheng',
      enterpriseName: '长治示例钢铁集团有限公司',
      uscc: '91140406W20GL578PP',
      source: 'drone',
      risk: '露天堆场扬尘，疑似未苫盖',
      advice: '及时苫盖',
      sentOn: '2026-11-20',
    });
    expect(draft).toMatchObject({
      fromUnit: 'air',
      toUnit: 'lucheng',
      source: 'monitoring',
      sourceNote: '无人机巡查',
      materials: ['预警提醒记录YJ-2026-0001'],
      opinion: 'verify',
    });
    expect(draft.violations.length).toBeGreaterThan(0);
    expect(draft.description).toContain('YJ-2026-0001');
  });
});
