import { describe, expect, it } from 'vitest';
import { findEnterpriseMention } from '../../../src/domain/referrals/find-enterprise.js';
import { handsOver, readReceiver } from '../../../src/domain/referrals/hand-over.js';
import { classifyReferralIntent } from '../../../src/domain/referrals/intent.js';
import { readReferral } from '../../../src/domain/referrals/read-referral.js';
import { findSources } from '../../../src/domain/referrals/source-words.js';
import { resolveUnit } from '../../../src/domain/referrals/units.js';
import { directory, enterprises } from './fixtures.js';

const CHEM = '长治示例化工有限公司';

describe('the enterprise named anywhere in a message', () => {
  it.each([
    ['长治示例化工有限公司夜间偷排', CHEM],
    ['示例化工夜间偷排', CHEM],
    ['屯留示例化工厂夜间偷排', CHEM],
    ['91140405LDBH8H2JDL 夜间偷排', CHEM],
    ['9114 0405 LDBH 8H2J DL 夜间偷排', CHEM],
    ['示例钢铁集团粉尘超标', '长治示例钢铁集团有限公司'],
  ])('「%s」 → %s', (text, name) => {
    expect(findEnterpriseMention(text, enterprises)?.enterprise.name).toBe(name);
  });

  it('is not found in words that only share 示例 or an industry', () => {
    expect(findEnterpriseMention('示例文本：化工行业夜间偷排', enterprises)).toBeUndefined();
  });
});

describe('the receiving unit', () => {
  it.each([
    ['请屯留分局核查', 'tunliu'],
    ['移送长治市生态环境局潞城分局', 'lucheng'],
    ['转黎城分局处理', 'licheng'],
    ['建议高新分局立案查处', 'gaoxin'],
    ['屯留分局：\n接群众举报…请核查。\n水生态环境科', 'tunliu'],
    ['致平顺分局：示例陶瓷冒黑烟。监控中心', 'pingshun'],
    ['企业: 示例热电 接收: 潞州分局', 'luzhou'],
    ['由屯留分局负责核查', 'tunliu'],
    ['移送屯留处理', 'tunliu'],
    ['麻烦潞城分局跟进', 'lucheng'],
  ])('「%s」 → %s', (text, unit) => {
    expect(readReceiver(text, directory).unit?.id).toBe(unit);
  });

  it('is the enterprise’s county for 属地 or for none, and a signature is not a receiver', () => {
    expect(readReceiver('示例化工偷排，移送属地分局', directory)).toEqual({ local: true });
    expect(readReceiver('示例化工偷排，请核查。大气环境科', directory).unit).toBeUndefined();
    expect(readReceiver('请协调大气科协助', directory).unit).toBeUndefined();
  });
});

describe('the one table of source words', () => {
  it.each([
    ['在线监测显示超标', 'monitoring', undefined],
    ['自动监控发现', 'monitoring', undefined],
    ['用电监控显示', 'monitoring', '用电监控'],
    ['无人机巡查发现', 'monitoring', '无人机巡查'],
    ['视频监控发现', 'monitoring', '视频监控'],
    ['巡查发现', 'inspection', undefined],
    ['群众举报', 'petition', undefined],
    ['电话举报', 'petition', undefined],
    ['信访件', 'petition', undefined],
    ['媒体曝光', 'other', '媒体曝光'],
    ['上级交办', 'transfer', undefined],
    ['公安局移交', 'transfer', undefined],
  ])('「%s」 → %s', (text, source, note) => {
    const [first] = findSources(text);
    expect(first?.source).toBe(source);
    expect(first?.note).toBe(note);
  });

  it('does not take the sender’s own 移交 or 转办 for a source', () => {
    expect(findSources('移交襄垣分局依法查处')).toEqual([]);
  });
});

describe('intent', () => {
  it.each([
    ['示例化工夜间偷排废水，请屯留分局核查', 'referral'],
    ['示例化工夜间偷排废水，群众举报', 'unsure'],
    ['有小作坊夜间偷排废水，请屯留分局核查', 'unsure'],
    ['示例化工夜间偷排应该移送哪个分局？', 'none'],
    ['示例化工可以开展非现场检查吗', 'none'],
    ['屯留分局已受理示例化工偷排线索', 'none'],
    ['麻烦把会议纪要转给我', 'none'],
  ] as const)('「%s」 is %s', (text, intent) => {
    expect(classifyReferralIntent(text, enterprises)).toBe(intent);
  });

  it('counts a note addressed to a branch, and 需核查 or 你局予以查处, as a hand-over', () => {
    expect(handsOver('屯留分局：示例化工夜间偷排。水科')).toBe(true);
    expect(handsOver('示例化工夜间偷排，需进一步核实')).toBe(true);
    expect(handsOver('示例化工夜间偷排，你局予以查处')).toBe(true);
  });
});

describe('a free sentence read whole', () => {
  it('reads 无证排污 as 其他 with its note', () => {
    const { draft } = readReferral('示例农产品加工无证排污，请沁源分局核查', { directory, enterprises });
    expect(draft).toMatchObject({ violations: ['other'], violationNote: '无证排污' });
  });

  it('fills every box it states and asks for none of them', () => {
    const { draft, unsure } = readReferral(
      '用电监控显示示例铸造治污设施与生产设施用电不同步，疑似治污设施不正常运行，请壶关分局核实。',
      { directory, enterprises },
    );
    expect(draft).toMatchObject({
      subject: { name: '长治示例铸造有限公司', uscc: '91140427XPQY8K17LG' },
      source: 'monitoring',
      sourceNote: '用电监控',
      opinion: 'verify',
      violations: ['other'],
      violationNote: '治污设施不正常运行',
    });
    expect(resolveUnit(draft.toUnit ?? draft.toUnitText ?? '', directory)?.id).toBe('huguan');
    expect(unsure).toEqual([]);
  });

  it('reads 依法查处 and 建议立案 as 建议立案, and the media as 其他：媒体曝光', () => {
    const { draft } = readReferral('媒体曝光示例化工向河道排放黄色废水，请屯留分局依法查处。', {
      directory,
      enterprises,
    });
    expect(draft).toMatchObject({ source: 'other', sourceNote: '媒体曝光', opinion: 'file-case' });
    expect(draft.violations).toEqual(['water']);
  });
});
