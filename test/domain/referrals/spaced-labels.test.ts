import { describe, expect, it } from 'vitest';
import { parseReferralMessage } from '../../../src/domain/referrals/parse-message.js';

describe('annex rows whose tab chat turned into spaces', () => {
  it('reads the printed labels followed by spaces', () => {
    const { draft } = parseReferralMessage(
      [
        '移送科室/单位 大气环境科',
        '接收科室/单位 长治市生态环境局潞城分局',
        '1. 涉嫌违法主体名称 长治示例钢铁集团有限公司',
        '统一社会信用代码/身份证号 91140406W20GL578PP',
        '2. 线索来源 监测数据',
        '3. 涉嫌违法行为 大气污染',
        '4. 涉嫌环境违法问题简要描述 颗粒物小时均值多次超标。',
        '移送方意见 建议立案',
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

  it('still needs a colon after the shorter chat labels', () => {
    const { draft } = parseReferralMessage('移送线索：来源 不明的废水排入河道，主体 待查');
    expect(draft.source).toBeUndefined();
    expect(draft.description).toContain('不明的废水排入河道');
  });
});
