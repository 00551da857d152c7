import { describe, expect, it } from 'vitest';
import { parseReferralMessage } from '../../../src/domain/referrals/parse-message.js';
import { readSource } from '../../../src/domain/referrals/value-readers.js';

const parse = (text: string) => parseReferralMessage(text);

describe('线索来源: the non-site means of 第8条 are monitoring', () => {
  it.each([
    '无人机巡查',
    '无人机航拍',
    '自动监控',
    '排污许可',
    '排污许可执行报告',
    '机动车尾气',
    '机动车尾气遥感监测',
    '用电用能',
    '用电监控',
  ])('reads 「%s」 as 监测数据', (value) => {
    expect(readSource(value)).toEqual({ source: 'monitoring', unsure: false });
  });

  it.each(['现场检查', '现场巡查', '巡查', '执法检查'])('keeps 「%s」 as 现场检查', (value) => {
    expect(readSource(value)).toEqual({ source: 'inspection', unsure: false });
  });

  it('reads 无人机巡查发现 in a one-liner as monitoring', () => {
    const { draft, unsure } = parse(
      '移送线索：示例焦化（上党）料场未苫盖，无人机巡查发现，大气污染，建议立案',
    );
    expect(draft).toMatchObject({ source: 'monitoring', violations: ['air'], description: '料场未苫盖' });
    expect(unsure).toEqual([]);
  });

  it('guesses monitoring from a description that names the means, and says so', () => {
    const { draft, unsure } = parse(
      '移送线索：长治示例热电有限公司排污许可执行报告显示氮氧化物超许可排放量，建议立案',
    );
    expect(draft.source).toBe('monitoring');
    expect(unsure).toContain('source');
  });

  it('does not read 无证排污 or 未取得排污许可证 as a source', () => {
    expect(readSource('未取得排污许可证排放废水').source).toBe('other');
    expect(parse('移送线索：某某洗涤厂未取得排污许可证排放废水，信访举报').draft.source).toBe('petition');
  });
});
