import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const ask = (question: string, previous?: string) =>
  answer(question, { ...ctx, ...(previous ? { previous } : {}) });

describe('the bureau’s data asked in other wordings', () => {
  it.each([
    // The last visit, from the records.
    ['示例焦化上回现场检查是什么时候', /^6月15日。/],
    ['上党焦化厂最后一次被查是几号', /^6月15日。/],
    ['襄垣煤业上一次去查是哪天', /^本局记录中没有长治示例煤业有限公司的现场检查/],
    // The branch and the count asked together.
    ['壶关那家铸造厂归哪个分局，今年查过几次', /^壶关分局。.*已现场检查0次/],
    // Membership asked with 没.
    ['钢铁集团进没进正面清单', /^不是。长治示例钢铁集团有限公司未列入/],
    ['高新医药公司在正面清单里没', /^是。长治示例医药有限公司列入/],
    // Whether a day is quiet, asked 算不算 / 受不受.
    ['12月10号潞城区算不算安静期', /^是。/],
    ['明天去屯留化工查，受不受安静期影响', /^不是。.*12月1日/],
    // The calendar as a whole, and a county's own periods.
    ['各区县现在定的安静期列一下', /12月21日.*2027年1月4日/],
    ['上党区自己另行定过安静期吗', /^没有。上党区未单独制定/],
    ['潞城区有没有单独定的安静期', /^有。潞城区单独制定的企业安静期为12月21日至12月31日/],
    ['明年1月份哪些企业在安静期', /长治示例医药有限公司/],
    // An enterprise called by its trade alone, when one in the registry has it.
    ['钢铁厂今年去过几回', /^截至2026年11月26日，长治示例钢铁集团有限公司2026年已现场检查0次/],
    ['焦化那家是哪天查的', /^6月15日。/],
    ['陶瓷厂在不在正面清单上', /^不是。长治示例陶瓷有限公司未列入/],
    // Whether the branch named covers it: yes or no first.
    ['武乡那个危废处置厂归我们襄垣分局管吗', /^不是，由武乡分局管辖。/],
    ['钢铁那家是不是潞城分局管的', /^是。长治示例钢铁集团有限公司位于潞城区/],
    // Hearsay of a period, and the days left to the next.
    ['听企业说他们明年1月有个安静期，是真的吗', /^有。/],
    ['还有多少天到安静期', /^还有5天（12月1日起）。/],
    // A plan pasted, then only the enterprise's mark asked.
    ['【通知】下周对长治示例热电有限公司开展专项检查。它在正面清单上吗', /^是。长治示例热电有限公司列入/],
    [
      '计划：12月8日对长治示例焦化有限公司现场检查（双随机） 这家在不在正面清单',
      /^不是。长治示例焦化有限公司未列入/,
    ],
  ])('%s', (question, expected) => {
    const result = ask(question);
    expect(result.outOfScope).toBe(false);
    expect(result.answer).toMatch(expected);
  });

  it('inside a period, the days to the next one not yet begun, and whose the period on now is', () => {
    const on = (today: string) => answer('离下一个安静期还有几天', { ...ctx, today }).answer;
    expect(on('2026-12-05')).toMatch(/^现处于企业安静期；下一个还有16天（12月21日起）。/);
    expect(on('2026-12-25')).toMatch(/^现处于潞城区企业安静期；下一个还有10天（2027年1月4日起）。/);
  });

  it('a follow-up asks the count only once the branch was answered', () => {
    const result = ask('那它今年被查了几回', '示例焦化归哪个分局管');
    expect(result.answer).toMatch(/^截至2026年11月26日，长治示例焦化有限公司2026年已现场检查2次/);
  });

  it('a follow-up asking for the others gives the whole positive list', () => {
    expect(ask('清单上还有别的企业吗', '示例热电在正面清单上吗').answer).toMatch(/^本局监督执法正面清单现有/);
  });
});

describe('第9条 and the documents the scheme names, asked in other wordings', () => {
  it.each([
    ['正面清单制度有什么意义', /^正面清单制度旨在.*示范效应/],
    ['企业主动申请就能进正面清单吗', /^不能，符合条件的守法模范企业经过筛选程序/],
    ['进了正面清单的企业可以减少现场检查吗', /减少、免除现场检查/],
    ['不予处罚有没有专门的清单', /^有。/],
    ['核与辐射监管也照这个方案执行吗', /^这一事项不适用本实施方案/],
  ])('%s', (question, expected) => {
    const result = ask(question);
    expect(result.outOfScope).toBe(false);
    expect(result.answer).toMatch(expected);
  });
});
