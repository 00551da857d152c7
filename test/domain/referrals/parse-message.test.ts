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
