import { describe, expect, it } from 'vitest';
import { parseReferralMessage } from '../../../src/domain/referrals/parse-message.js';
import { SAMPLE_LABELLED } from './fixtures.js';

const parse = (text: string) => parseReferralMessage(text);

describe('parseReferralMessage: labelled variants', () => {
  it('accepts half-width colons', () => {
    const { draft } = parse(SAMPLE_LABELLED.replace(/：/g, ':'));
    expect(draft).toEqual(parse(SAMPLE_LABELLED).draft);
  });

  it('accepts reordered labels, extra blank lines and a missing header', () => {
    const text = [
      '',
      '移送意见：建议立案',
      '',
      '',
      '涉嫌违法行为：大气污染',
      '线索来源：监测数据',
      '涉嫌违法主体：长治示例钢铁集团有限公司',
      '   ',
      '统一社会信用代码：91140406W20GL578PP',
      '接收单位：潞城分局',
      '问题描述：11月20日至22日在线监测显示颗粒物小时均值多次超标，最高超标1.8倍。',
      '涉嫌违反法律规定：《中华人民共和国大气污染防治法》第九十九条',
      '移交材料：在线监测数据截图3张；超标时段统计表1份',
      '',
    ].join('\n');
    expect(parse(text)).toEqual(parse(SAMPLE_LABELLED));
  });

  it('accepts the short synonyms', () => {
    const { draft, unsure } = parse(
      [
        '移送线索',
        '移送至：屯留分局',
        '对象：长治示例化工有限公司',
        '代码：91140405LDBH8H2JDL',
        '来源：信访举报',
        '问题类型：水污染',
        '描述：群众反映夜间有异味废水排入河沟。',
        '法律依据：《中华人民共和国水污染防治法》第八十三条',
        '材料：举报记录1份',
        '意见：需进一步核查',
      ].join('\n'),
    );
    expect(draft).toMatchObject({
      toUnitText: '屯留分局',
      subject: { name: '长治示例化工有限公司', uscc: '91140405LDBH8H2JDL' },
      source: 'petition',
      violations: ['water'],
      description: '群众反映夜间有异味废水排入河沟。',
      law: '《中华人民共和国水污染防治法》第八十三条',
      materials: ['举报记录1份'],
      opinion: 'verify',
    });
    expect(unsure).toEqual([]);
  });

  it('accepts the annex labels, numbered and tab-separated as copied from the form', () => {
    const { draft } = parse(
      [
        '移送科室/单位\t大气环境科',
        '接收科室/单位\t长治市生态环境局潞城分局',
        '移送日期\t2025年11月24日',
        '1. 涉嫌违法主体名称\t长治示例钢铁集团有限公司',
        '统一社会信用代码/身份证号\t91140406W20GL578PP',
        '2. 线索来源\t监测数据',
        '3. 涉嫌违法行为\t大气污染',
        '4. 涉嫌环境违法问题简要描述\t颗粒物小时均值多次超标。',
        '5. 涉嫌违反法律规定\t《中华人民共和国大气污染防治法》第九十九条',
        '经办人\t张某',
        '移送方意见：建议立案',
      ].join('\n'),
    );
    expect(draft).toMatchObject({
      fromUnit: '大气环境科',
      toUnitText: '长治市生态环境局潞城分局',
      subject: { name: '长治示例钢铁集团有限公司', uscc: '91140406W20GL578PP' },
      source: 'monitoring',
      violations: ['air'],
      description: '颗粒物小时均值多次超标。',
      opinion: 'file-case',
    });
  });

  it('leaves out what was not given instead of failing', () => {
    const { draft, unsure } = parse(
      '线索移送\n涉嫌违法主体：长治示例焦化有限公司\n问题描述：焦炉烟囱冒黑烟。',
    );
    expect(draft).toEqual({
      subject: { name: '长治示例焦化有限公司' },
      description: '焦炉烟囱冒黑烟。',
      violations: ['air'],
      materials: [],
    });
    // 大气 was read from the description, so the bot should confirm it.
    expect(unsure).toEqual(['violations']);
  });

  it('reads two violations separated by 、 , / or 和', () => {
    for (const written of ['水污染、大气污染', '水污染，大气污染', '废水/废气', '水污染和大气污染']) {
      const { draft } = parse(`涉嫌违法主体：长治示例焦化有限公司\n涉嫌违法行为：${written}`);
      expect(draft.violations, written).toEqual(['water', 'air']);
    }
  });

  it('reads every option of 涉嫌违法行为 by its annex label', () => {
    const { draft } = parse('涉嫌违法行为：水污染、大气污染、固废违法、环评/验收违法、生态破坏、噪声扰民');
    expect(draft.violations).toEqual(['water', 'air', 'solid-waste', 'eia', 'ecology', 'noise']);
  });

  it('takes an ID number given in the code field', () => {
    const { draft, unsure } = parse('当事人：张某某\n统一社会信用代码：11010519491231002X\n来源：信访举报');
    expect(draft.subject).toEqual({ name: '张某某', idNumber: '11010519491231002X' });
    expect(unsure).toEqual([]);
  });

  it('takes a value labelled 身份证号 as an ID number even when it fails its check', () => {
    const { draft } = parse('当事人：张某某\n身份证号：110105194912310021');
    expect(draft.subject).toEqual({ name: '张某某', idNumber: '110105194912310021' });
  });

  it('normalises a full-width, lower-case code', () => {
    const { draft } = parse('主体：长治示例钢铁集团有限公司\n信用代码：９１１４０４０６ｗ２０ＧＬ５７８ＰＰ');
    expect(draft.subject.uscc).toBe('91140406W20GL578PP');
  });

  it('keeps a malformed code as written, for validation to report', () => {
    const { draft } = parse('主体：长治示例钢铁集团有限公司\n统一社会信用代码：91140406W20GL578');
    expect(draft.subject.uscc).toBe('91140406W20GL578');
  });

  it('takes a code written after the name', () => {
    const { draft } = parse('涉嫌违法主体：长治示例钢铁集团有限公司（91140406W20GL578PP）');
    expect(draft.subject).toEqual({ name: '长治示例钢铁集团有限公司', uscc: '91140406W20GL578PP' });
  });

  it('continues a field on the lines below its label', () => {
    const { draft } = parse(
      [
        '涉嫌违法主体：',
        '长治示例危废处置有限公司',
        '问题描述：危废暂存间未设置防渗措施。',
        '现场发现渗滤液外溢。',
        '移交材料：',
        '1. 现场照片6张',
        '2. 询问笔录1份',
        '经办人：李某',
        '联系电话：0355-0000000',
      ].join('\n'),
    );
    expect(draft.subject.name).toBe('长治示例危废处置有限公司');
    expect(draft.description).toBe('危废暂存间未设置防渗措施。\n现场发现渗滤液外溢。');
    expect(draft.materials).toEqual(['现场照片6张', '询问笔录1份']);
  });

  it('keeps a bracketed list inside one material', () => {
    const { draft } = parse('移交材料：检测报告（COD、氨氮）1份、现场照片3张');
    expect(draft.materials).toEqual(['检测报告（COD、氨氮）1份', '现场照片3张']);
  });

  it('splits labels written on one line', () => {
    const { draft } = parse('移送线索：对象：示例化工；来源：信访举报；行为：水污染；意见：建议立案');
    expect(draft).toMatchObject({
      subject: { name: '示例化工' },
      source: 'petition',
      violations: ['water'],
      opinion: 'file-case',
    });
  });

  it('reads 其他 with its note for source and violation', () => {
    const { draft, unsure } = parse('来源：其他：省厅督察交办\n涉嫌违法行为：其他：非法采砂');
    expect(draft).toMatchObject({
      source: 'other',
      sourceNote: '省厅督察交办',
      violations: ['other'],
      violationNote: '非法采砂',
    });
    expect(unsure).toEqual([]);
  });

  it('reads 其他单位移交 as transfer, not as 其他', () => {
    expect(parse('线索来源：其他单位移交').draft.source).toBe('transfer');
  });

  it('marks an unrecognised source or violation as 其他 and unsure', () => {
    const { draft, unsure } = parse('来源：领导批示\n涉嫌违法行为：辐射超标');
    expect(draft).toMatchObject({
      source: 'other',
      sourceNote: '领导批示',
      violations: ['other'],
      violationNote: '辐射超标',
    });
    expect(unsure).toEqual(['source', 'violations']);
  });

  it('reads 请协调大气环境科协助 as the coordinate opinion', () => {
    const { draft } = parse('主体：长治示例焦化有限公司\n移送意见：请协调大气环境科协助');
    expect(draft).toMatchObject({ opinion: 'coordinate', coordinateText: '大气环境科' });
    expect(draft.violations).toEqual([]);
  });

  it('reads the annex blank filled in as 请协调执法队科室协助', () => {
    const { draft } = parse('移送方意见：请协调执法队科室协助');
    expect(draft).toMatchObject({ opinion: 'coordinate', coordinateText: '执法队' });
  });

  it('marks an unreadable opinion as unsure', () => {
    const { draft, unsure } = parse('主体：长治示例焦化有限公司\n移送意见：请阅处');
    expect(draft.opinion).toBeUndefined();
    expect(unsure).toEqual(['opinion']);
  });
});
