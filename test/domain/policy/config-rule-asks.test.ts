import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('a calendar question about a told visit says what the period asks of it', () => {
  it.each([
    '12月25号去潞城的长治示例钢铁集团现场，还算安静期吗',
    '上党分局12月5日去长治示例焦化检查，在不在安静期',
  ])('%s', (question) => {
    const result = answer(question, ctx).answer;
    expect(result).toMatch(/^是。/);
    expect(result).toContain('企业安静期内确需现场检查的，须报请本级行政执法主体主要负责人批准（第10条）');
  });

  it('a bare date stays a calendar answer', () =>
    expect(answer('12月5日是不是安静期', ctx).answer).not.toContain('第10条'));
});

describe('「哪段时间」 of a named enterprise’s quiet period is answered from the calendar', () => {
  it.each(['长治示例医药的安静期是哪段日子', '长治示例医药有限公司安静期是哪段时间，多长'])(
    '%s',
    (question) => {
      const result = answer(question, ctx).answer;
      expect(result).toContain('2027年1月4日至1月24日');
      expect(result).toContain('据本局企业安静期日历');
    },
  );
});

describe('how 送法入企 counts, asked last, is 第2条’s, not the records’', () => {
  it.each([
    '襄垣分局今年送法入企去了长治示例煤业，重点企业全覆盖是按全市算还是按县算',
    '长治示例焦化送法入企去过一次了，全覆盖按企业算还是按县算',
  ])('%s', (question) => {
    const result = answer(question, ctx).answer;
    expect(result).toContain('以县区为单位');
    expect(result).toContain('每年全市重点企业全覆盖（第2条）');
  });

  it('whether an enterprise was reached is still the records’', () =>
    expect(answer('长治示例煤业今年送法入企了吗', ctx).answer).toContain('据本局送法入企记录'));

  it.each(['普法是以县区为单位开展吗', '送法入企是不是按县为单位组织'])('%s opens 是', (question) =>
    expect(firstSentence(answer(question, ctx).answer)).toMatch(/^是/),
  );
});
