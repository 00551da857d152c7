import { describe, expect, it } from 'vitest';
import { readQuietEntry, splitExemptions, type QuietEntry } from '../../../src/domain/sheets/index.js';

const ctx = {
  city: '长治市',
  counties: ['屯留区', '潞城区', '长治高新区'],
  enterprises: [{ name: '长治示例化工有限公司', uscc: '91140400MA0000000X' }],
};
const base: QuietEntry = { area: '屯留区', pattern: 'monthly', fromDay: '1', toDay: '20', basis: '通知' };

describe('readQuietEntry', () => {
  it.each<[string, QuietEntry, Record<string, unknown>]>([
    [
      'monthly for a county',
      base,
      { scope: 'county', jurisdiction: '屯留区', monthly: { fromDay: 1, toDay: 20 } },
    ],
    ['a county written short', { ...base, area: '屯留' }, { jurisdiction: '屯留区' }],
    ['the city', { ...base, area: '全市' }, { scope: 'citywide', jurisdiction: '长治市' }],
    [
      'named enterprises',
      { ...base, area: '长治高新区', enterprises: '长治示例化工有限公司' },
      { scope: 'enterprises', enterprises: ['长治示例化工有限公司'] },
    ],
    [
      'days written with 日',
      { ...base, fromDay: '1日', toDay: '20号' },
      { monthly: { fromDay: 1, toDay: 20 } },
    ],
    ['weekly', { ...base, pattern: 'weekly', weekdays: ['7', '6', '6'] }, { weekly: { days: [6, 7] } }],
    [
      'one range',
      { area: '屯留区', pattern: 'once', from: '2026-12-01', to: '2026-12-20', basis: '通知' },
      { from: '2026-12-01', to: '2026-12-20' },
    ],
    [
      'ranges with 至 and ～',
      { ...base, pattern: 'ranges', ranges: '2026-12-01至2026-12-20；2027-01-04～2027-01-24' },
      {
        ranges: [
          { from: '2026-12-01', to: '2026-12-20' },
          { from: '2027-01-04', to: '2027-01-24' },
        ],
      },
    ],
    [
      'categories',
      { ...base, categories: '规模以上工业企业，资质等级建筑业企业' },
      { categories: ['规模以上工业企业', '资质等级建筑业企业'] },
    ],
  ])('reads %s', (_name, entry, expected) => {
    const read = readQuietEntry(entry, ctx);
    expect(read.ok && read.period).toMatchObject(expected);
  });

  it.each<[string, QuietEntry, string]>([
    ['fromDay after toDay', { ...base, fromDay: '25', toDay: '5' }, '每月起始日（25日）晚于截止日（5日）'],
    ['day 0', { ...base, fromDay: '0' }, '每月起始日须为1至31之间的整数'],
    ['day 32', { ...base, toDay: '32' }, '每月截止日须为1至31之间的整数'],
    ['a missing day', { ...base, toDay: '' }, '请填写每月截止日'],
    [
      'validity inverted',
      { ...base, from: '2027-02-01', to: '2027-01-31' },
      '有效期结束日期（2027-01-31）早于开始日期（2027-02-01）',
    ],
    ['once without an end', { ...base, pattern: 'once', from: '2027-02-01' }, '请填写结束日期'],
    ['an unknown place', { ...base, area: '太原市' }, '「太原市」不是本市县区'],
    ['an unknown pattern', { ...base, pattern: 'yearly' }, '请选择安静期的设置方式'],
    [
      'a range inverted',
      { ...base, pattern: 'ranges', ranges: '2027-01-10至2027-01-01' },
      '第1段日期的开始日期（2027-01-10）晚于结束日期（2027-01-01）',
    ],
    [
      'a date that does not exist',
      { ...base, pattern: 'ranges', ranges: '2027-02-30至2027-03-01' },
      '第1段日期「2027-02-30至2027-03-01」无法识别',
    ],
  ])('refuses %s', (_name, entry, message) => {
    const read = readQuietEntry(entry, ctx);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problems.join('；')).toContain(message);
  });

  it('reports every problem at once', () => {
    const read = readQuietEntry({ area: '', pattern: 'monthly', fromDay: '40', basis: '' }, ctx);
    expect(read.ok ? [] : read.problems).toEqual([
      '请选择地区',
      '每月起始日须为1至31之间的整数，当前为「40」',
      '请填写每月截止日',
      '「依据文件」不能为空',
    ]);
  });
});

describe('splitExemptions', () => {
  it('keeps the notice’s words, one a line, without their numbering', () => {
    expect(splitExemptions('1. 上级部署的执法检查；\n（二）投诉举报需调查核实。\n③其他\n\n')).toEqual([
      '上级部署的执法检查',
      '投诉举报需调查核实',
      '其他',
    ]);
  });
});
