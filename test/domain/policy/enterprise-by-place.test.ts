import { describe, expect, it } from 'vitest';
import { enterpriseByPlace, enterpriseInCounty } from '../../../src/domain/policy/enterprise-by-place.js';
import type { Enterprise } from '../../../src/domain/org.js';

const enterprise = (name: string, county: string, industry: string): Enterprise => ({
  name,
  uscc: name,
  county,
  industry,
  keyPolluter: false,
  positiveList: false,
});
const REGISTRY = [
  enterprise('长治示例焦化有限公司', '上党区', '焦化'),
  enterprise('长治示例医药有限公司', '长治高新区', '医药'),
  enterprise('长治示例农产品加工有限公司', '沁源县', '食品'),
  enterprise('长治示例陶瓷有限公司', '平顺县', '建材'),
  enterprise('长治示例危废处置有限公司', '武乡县', '危废处置'),
  enterprise('长治示例水泥有限公司', '黎城县', '建材'),
  enterprise('长治另一水泥有限公司', '黎城县', '建材'),
  enterprise('长治示例建材(二厂)有限公司', '壶关县', '建材'),
];

describe('an enterprise named by its place and trade', () => {
  it.each([
    ['下周去上党焦化厂子现场', '长治示例焦化有限公司'],
    ['高新那个医药公司1月12号想进去看下', '长治示例医药有限公司'],
    ['沁源农产品加工那家有人举报', '长治示例农产品加工有限公司'],
    ['武乡危废那家要复查', '长治示例危废处置有限公司'],
  ])('%s', (text, name) => {
    expect(enterpriseByPlace(text, REGISTRY)?.name).toBe(name);
  });

  it('names none when the place has two of the trade, or the trade is elsewhere', () => {
    expect(enterpriseByPlace('黎城水泥厂要去查', REGISTRY)).toBeUndefined();
    expect(enterpriseByPlace('上党医药公司', REGISTRY)).toBeUndefined();
    expect(enterpriseByPlace('上党分局去查', REGISTRY)).toBeUndefined();
  });

  it('takes a trade word in the named unit’s county', () => {
    expect(enterpriseInCounty('平顺分局明天去陶瓷厂', '平顺县', REGISTRY)?.name).toBe('长治示例陶瓷有限公司');
    expect(enterpriseInCounty('黎城分局去水泥厂', '黎城县', REGISTRY)).toBeUndefined();
    expect(enterpriseInCounty('平顺分局明天去焦化厂', '平顺县', REGISTRY)).toBeUndefined();
    // A bracket in a spreadsheet's name is matched as written, not as a pattern.
    expect(enterpriseInCounty('壶关分局去建材厂', '壶关县', REGISTRY)?.name).toBe(
      '长治示例建材(二厂)有限公司',
    );
  });
});
