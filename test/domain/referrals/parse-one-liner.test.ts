import { describe, expect, it } from 'vitest';
import { parseReferralMessage } from '../../../src/domain/referrals/parse-message.js';
import { SAMPLE_ONE_LINER } from './fixtures.js';

const parse = (text: string) => parseReferralMessage(text);

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
