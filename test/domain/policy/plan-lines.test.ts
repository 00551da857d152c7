import { describe, expect, it } from 'vitest';
import { planEntryAsked } from '../../../src/domain/policy/plan-lines.js';
import { allDates } from '../../../src/domain/policy/relative-dates.js';
import { checkCase, type Row } from './case-check.js';

describe('a month’s plan pasted, one entry asked about: that entry is the case', () => {
  it.each([
    // Numbered lines, the ask by its number (「第2条」 counts the lines, not the scheme's clauses).
    [
      '分局12月计划\n1 长治示例焦化有限公司 12/9 双随机\n2 长治示例陶瓷有限公司 12/23 年度计划\n第2条陶瓷这样排行吗',
      '长治示例陶瓷有限公司',
    ],
    // Circled numbers in one line.
    [
      '下月安排：①长治示例水泥有限公司，12月3日；②长治示例煤业有限公司，12月28日。②能去吗',
      '长治示例煤业有限公司',
    ],
    // Entries parted by 「；」, the ask by the enterprise's trade or its day.
    [
      '12月份计划：长治示例铸造有限公司 12月7日 专项；几家汽修厂 12月28日 双随机。铸造那个要谁批',
      '长治示例铸造有限公司',
    ],
    [
      '执法队12月计划：长治示例热电有限公司 12.15 例行；长治示例钢铁集团有限公司 12.24 双随机。24号那趟有没有问题',
      '长治示例钢铁集团有限公司',
    ],
  ])('%s', (text, kept) => {
    const read = planEntryAsked(text);
    expect(read).toContain(kept);
    const others = ['长治示例焦化', '长治示例水泥', '汽修厂', '长治示例热电'].filter(
      (name) => !kept.startsWith(name),
    );
    for (const other of others) expect(read ?? '', text).not.toContain(other);
  });

  it.each([
    // The plan asked about as a whole, or naming no entry alone.
    ['12月计划：12月1日 长治示例化工有限公司；12月2日—4日 园区其余11家企业。这样排能报上去吗'],
    ['下月计划：①长治示例水泥有限公司，12月3日；②长治示例煤业有限公司，12月28日。这两家都要报批吗'],
    // One visit, no plan of several.
    ['长治示例焦化有限公司12月23日双随机，能去吗'],
    // 「第3条」 in an unnumbered plan is the scheme's clause.
    ['12月计划：长治示例水泥有限公司 12月3日；长治示例煤业有限公司 12月28日。第3条说的频次怎么算'],
  ])('%s is left as written', (text) => {
    expect(planEntryAsked(text)).toBeUndefined();
  });
});

describe('a plan’s days as officers write them', () => {
  it.each([
    ['12/22', '2026-12-22'],
    ['12.7 长治示例铸造', '2026-12-07'],
    ['12.28，县城汽修厂', '2026-12-28'],
  ])('%s', (text, day) => {
    expect(allDates(text, '2026-11-26')[0]).toEqual({ from: day, to: day });
  });

  it.each([['超标1.6倍'], ['排放浓度12.7mg']])('%s is no day', (text) => {
    expect(allDates(text, '2026-11-26')).toEqual([]);
  });
});

describe('the entry asked is judged on its own day, not the plan’s month', () => {
  it.each<Row>([
    // Past the quiet period: the day, not 「12月」, is checked.
    [
      '下月计划表：①长治示例水泥有限公司，12月3日，年度计划；②长治示例焦化有限公司，12月24日，双随机。问下②能去吗',
      ['3', '10', '5'],
      [],
      /^不能/,
    ],
    // A special plan's approver is 第4条's, whatever day the plan gives it.
    [
      '壶关分局 下月安排：12.9 长治示例铸造有限公司 VOCs专项检查；12.28 几家汽修厂 双随机。铸造那个专项，分局局长签行不行',
      ['4'],
      [],
    ],
  ])('%s', (...row) => checkCase(row));
});
