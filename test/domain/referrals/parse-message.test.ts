import { describe, expect, it } from 'vitest';
import { parseReferralMessage } from '../../../src/domain/referrals/parse-message.js';
import { SAMPLE_LABELLED, SAMPLE_ONE_LINER } from './fixtures.js';

const parse = (text: string) => parseReferralMessage(text);

describe('parseReferralMessage: the samples of messages.md', () => {
  it('reads the labelled referral completely', () => {
    expect(parse(SAMPLE_LABELLED)).toEqual({
      draft: {
        toUnitText: '潞城分局',
        subject: { name: '长治示例钢铁集团有限公司', uscc: '91140406W20GL578PP' },
        source: 'monitoring',
        violations: ['air'],
        description: '11月20日至22日在线监测显示颗粒物小时均值多次超标，最高超标1.8倍。',
        law: '《中华人民共和国大气污染防治法》第九十九条',
        materials: ['在线监测数据截图3张', '超标时段统计表1份'],
        opinion: 'file-case',
      },
      unsure: [],
    });
  });

  it('reads the one-liner with the @mention', () => {
    expect(parse(SAMPLE_ONE_LINER)).toEqual({
      draft: {
        subject: { name: '示例化工（屯留）' },
        source: 'petition',
        violations: ['water'],
        description: '夜间疑似偷排',
        materials: [],
        opinion: 'verify',
      },
      unsure: [],
    });
  });
});

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

describe('parseReferralMessage: one-line variants', () => {
  const expected = parse(SAMPLE_ONE_LINER);

  it('reads the one-liner without a mention', () => {
    expect(parse('移送线索：示例化工（屯留）夜间疑似偷排，信访举报，水污染，建议进一步核查')).toEqual(
      expected,
    );
  });

  it('strips a Lark @_user_1 placeholder and a mention without a space', () => {
    const body = '移送线索：示例化工（屯留）夜间疑似偷排，信访举报，水污染，建议进一步核查';
    expect(parse(`@_user_1 ${body}`)).toEqual(expected);
    expect(parse(`@执法助手${body}`)).toEqual(expected);
  });

  it('accepts half-width punctuation and the 线索移送 header', () => {
    expect(
      parse('@_user_1 线索移送:示例化工(屯留)夜间疑似偷排,信访举报,水污染,建议进一步核查').draft,
    ).toMatchObject({
      subject: { name: '示例化工(屯留)' },
      source: 'petition',
      violations: ['water'],
      description: '夜间疑似偷排',
      opinion: 'verify',
    });
  });

  it('reads keywords in any order', () => {
    const { draft } = parse('移送线索：示例化工（屯留）夜间疑似偷排，建议立案，水污染，信访举报');
    expect(draft).toMatchObject({ source: 'petition', violations: ['water'], opinion: 'file-case' });
  });

  it('reads 请协调大气环境科协助 in a one-liner', () => {
    const { draft } = parse(
      '@执法助手 移送线索：示例焦化（上党）焦炉烟囱冒黑烟，现场检查，大气污染，请协调大气环境科协助',
    );
    expect(draft).toMatchObject({
      subject: { name: '示例焦化（上党）' },
      description: '焦炉烟囱冒黑烟',
      source: 'inspection',
      violations: ['air'],
      opinion: 'coordinate',
      coordinateText: '大气环境科',
    });
  });

  it('reads a full company name with its code and a receiving branch', () => {
    const { draft, unsure } = parse(
      '移送线索：长治示例水泥有限公司91140426C53GFNQ6GN窑尾粉尘超标排放，监测数据，大气污染，移交黎城分局处理，建议立案',
    );
    expect(draft).toMatchObject({
      subject: { name: '长治示例水泥有限公司', uscc: '91140426C53GFNQ6GN' },
      description: '窑尾粉尘超标排放',
      source: 'monitoring',
      violations: ['air'],
      toUnitText: '黎城分局',
      opinion: 'file-case',
    });
    expect(unsure).toEqual([]);
  });

  it('guesses where a name without suffix or place ends, and says so', () => {
    const { draft, unsure } = parse('移送线索：示例化工夜间疑似偷排，信访举报，水污染');
    expect(draft.subject.name).toBe('示例化工');
    expect(draft.description).toBe('夜间疑似偷排');
    expect(unsure).toEqual(['subject.name']);
  });

  it('infers source and violation from the description when not given, as unsure', () => {
    const { draft, unsure } = parse('移送线索：长治示例焦化有限公司在线监测显示颗粒物多次超标，建议立案');
    expect(draft).toMatchObject({
      subject: { name: '长治示例焦化有限公司' },
      description: '在线监测显示颗粒物多次超标',
      source: 'monitoring',
      violations: ['air'],
      opinion: 'file-case',
    });
    expect(unsure).toEqual(['source', 'violations']);
  });

  it('does not read 水 in a name or 偷排废气 as water pollution', () => {
    expect(parse('移送线索：长治示例水泥有限公司夜间偷排废气').draft.violations).toEqual(['air']);
  });

  it('reads ID numbers in a one-liner about a person', () => {
    const { draft } = parse('移送线索：张某某 11010519491231002X 私设暗管排放废水，信访举报，建议立案');
    expect(draft.subject).toEqual({ name: '张某某', idNumber: '11010519491231002X' });
    expect(draft).toMatchObject({ violations: ['water'], source: 'petition', opinion: 'file-case' });
  });

  it('joins a one-liner broken over lines', () => {
    const { draft } = parse('@执法助手 移送线索\n示例化工（屯留）夜间疑似偷排\n信访举报，水污染');
    expect(draft).toMatchObject({
      subject: { name: '示例化工（屯留）' },
      description: '夜间疑似偷排',
      source: 'petition',
      violations: ['water'],
    });
  });

  it('returns an empty draft for an empty message', () => {
    expect(parse('@执法助手 移送线索')).toEqual({
      draft: { subject: {}, violations: [], materials: [] },
      unsure: [],
    });
  });
});

describe('parseReferralMessage: phrasing seen in chat', () => {
  it('takes 群众投诉 and 巡查发现 as the source, not as description', () => {
    const { draft, unsure } = parse('移送线索：示例铸造（壶关）厂区扬尘严重，群众投诉，大气污染，建议立案');
    expect(draft).toMatchObject({ source: 'petition', description: '厂区扬尘严重' });
    expect(unsure).toEqual([]);
    expect(parse('移送线索：某某养殖场向河道排放污水，巡查发现').draft.source).toBe('inspection');
  });

  it('reads 经核查 as what was done, not as the opinion', () => {
    expect(parse('移送线索：示例化工（屯留），经核查发现夜间偷排，信访举报').draft.opinion).toBeUndefined();
  });

  it('routes to the branch named in the message and reads its task', () => {
    const { draft } = parse('移送线索：某某养殖场向河道排放污水，水污染、生态破坏，请潞城分局核查');
    expect(draft).toMatchObject({
      subject: { name: '某某养殖场' },
      toUnitText: '潞城分局',
      violations: ['water', 'ecology'],
      opinion: 'verify',
    });
  });

  it('leaves the subject out when the message opens with the conduct', () => {
    const { draft } = parse('移送线索：夜间有企业向河道偷排废水，信访举报');
    expect(draft.subject).toEqual({});
    expect(draft.description).toBe('夜间有企业向河道偷排废水');
  });
});
