import { describe, expect, it } from 'vitest';
import { emptyDraft, type ReferralDraft } from '../../../src/domain/referrals/annex3.js';
import { parseReferralMessage } from '../../../src/domain/referrals/parse-message.js';
import { validateReferral } from '../../../src/domain/referrals/validate.js';
import { directory, enterprises, SAMPLE_LABELLED, SAMPLE_ONE_LINER } from './fixtures.js';

const ctx = { directory, enterprises };
const check = (text: string) => validateReferral(parseReferralMessage(text).draft, ctx);
const codes = (text: string) => check(text).warnings.map((w) => w.code);

const complete = (lines: string[]) =>
  ['来源：信访举报', '行为：水污染', '描述：夜间偷排。', '意见：建议立案', ...lines].join('\n');

describe('validateReferral', () => {
  it('passes the labelled sample with nothing to ask', () => {
    const result = check(SAMPLE_LABELLED);
    expect(result).toMatchObject({ errors: [], warnings: [], missing: [] });
    expect(result.enterprise.how).toBe('uscc');
    expect(result.route).toMatchObject({ toUnit: 'lucheng', how: 'named' });
  });

  it('routes the one-liner to the 屯留 branch by the enterprise county', () => {
    const result = check(SAMPLE_ONE_LINER);
    expect(result).toMatchObject({ errors: [], warnings: [], missing: [] });
    expect(result.enterprise.match?.name).toBe('长治示例化工有限公司');
    expect(result.route).toMatchObject({ toUnit: 'tunliu', how: 'county' });
  });

  it('lists every annex field still needed for an empty draft', () => {
    expect(validateReferral(emptyDraft(), ctx).missing).toEqual([
      'subject.name',
      'source',
      'violations',
      'description',
      'toUnit',
      'opinion',
    ]);
  });

  it('asks for the fields left out of a message', () => {
    expect(check('主体：长治示例焦化有限公司\n描述：焦炉冒黑烟。').missing).toEqual(['source', 'opinion']);
  });

  it('does not ask for the name when the USCC identifies the enterprise', () => {
    const draft: ReferralDraft = { ...emptyDraft(), subject: { uscc: '91140405LDBH8H2JDL' } };
    expect(validateReferral(draft, ctx).missing).not.toContain('subject.name');
  });

  it('asks for the text of 其他 and for the section to coordinate', () => {
    const draft: ReferralDraft = {
      ...emptyDraft(),
      subject: { name: '长治示例化工有限公司' },
      source: 'other',
      violations: ['other'],
      description: '待补充。',
      opinion: 'coordinate',
    };
    expect(validateReferral(draft, ctx).missing).toEqual(['sourceNote', 'violationNote', 'coordinate']);
  });

  it('warns about a wrong check character and shows the expected one', () => {
    const result = check(complete(['主体：长治示例钢铁集团有限公司', '代码：91140406W20GL578PA']));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual({
      code: 'uscc-check',
      message: '统一社会信用代码校验位应为「P」，当前为「A」，请核对。',
    });
  });

  it('reports a malformed code as an error', () => {
    const result = check(complete(['主体：长治示例钢铁集团有限公司', '代码：91140406W20GL578']));
    expect(result.errors).toEqual([
      { field: 'subject.uscc', message: '统一社会信用代码应为18位，当前为16位。' },
    ]);
  });

  it('warns about an unknown enterprise but still allows it', () => {
    const result = check(complete(['主体：长治某某洗车店', '接收单位：潞州分局']));
    expect(result.errors).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'unknown-enterprise',
        message: '企业名录中未找到「长治某某洗车店」，可继续移送，请核实主体信息。',
      },
    ]);
  });

  it('asks which enterprise is meant when the place contradicts the registry', () => {
    expect(codes(complete(['主体：示例化工（潞城）']))).toEqual(['ambiguous-enterprise']);
  });

  it('warns when the code belongs to a different enterprise than the name', () => {
    expect(codes(complete(['主体：长治示例焦化有限公司', '代码：91140405LDBH8H2JDL']))).toEqual([
      'name-mismatch',
    ]);
    expect(codes(complete(['主体：长治示例焦化有限公司', '代码：91140405LDBH8H2JD3']))).toEqual([
      'uscc-check',
      'uscc-mismatch',
    ]);
  });

  it('accepts a valid ID number for a person without an enterprise warning', () => {
    const result = check(
      complete(['当事人：张某某', '统一社会信用代码：11010519491231002X', '接收单位：潞州分局']),
    );
    expect(result).toMatchObject({ errors: [], warnings: [], missing: [] });
  });

  it('reports an ID number whose check digit is wrong', () => {
    const result = check(complete(['当事人：张某某', '身份证号：110105194912310021', '接收单位：潞州分局']));
    expect(result.errors).toEqual([{ field: 'subject.idNumber', message: '身份证号校验位不符，请核对。' }]);
  });

  it('needs a receiving unit it can resolve', () => {
    const result = check(complete(['主体：长治某某洗车店', '接收单位：宣传科']));
    expect(result.missing).toEqual(['toUnit']);
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown-enterprise', 'unknown-unit']);
  });

  it('copies the section asked to assist in 请协调大气环境科协助', () => {
    const result = check(
      '移送线索：示例焦化（上党）焦炉烟囱冒黑烟，现场检查，大气污染，请协调大气环境科协助',
    );
    expect(result).toMatchObject({ errors: [], warnings: [], missing: [] });
    expect(result.route).toMatchObject({ toUnit: 'shangdang', copyUnits: ['air'] });
  });
});
