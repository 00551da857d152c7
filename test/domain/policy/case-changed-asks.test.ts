import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../../src/domain/policy/answer.js';
import { answer } from '../../../src/domain/policy/index.js';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const ask = (question: string, previous?: string) =>
  answer(question, { ...ctx, ...(previous ? { previous } : {}) });

describe('a follow-up that makes the violation serious leads with 第11条', () => {
  it.each([
    ['那要是数据造假呢', '企业第一次轻微违法能不罚吗'],
    ['如果是无证排污呢', '首次违法情节轻微，能免罚吗'],
    ['换成私设暗管的呢', '这家厂头回违法，问题轻微，可以不罚吗'],
  ])('%s (after %s)', (question, previous) => {
    const result = ask(question, previous);
    expect(result.citations[0]?.clause, result.answer).toBe('11');
    expect(result.citations.map((c) => c.clause)).toContain('13');
    expect(firstSentence(result.answer)).toMatch(/^不能/);
  });

  it('keeps 第13条 first where intent is what changed', () => {
    expect(ask('那故意的呢', '企业第一次轻微违法能不罚吗').citations[0]?.clause).toBe('13');
  });
});

describe('「能免罚吗」 asks to spare the penalty, not to impose it', () => {
  it.each(['企业超标排放，是第一次，能免罚吗', '示例化工偷排被查到了，可免罚吗'])('%s', (question) =>
    expect(firstSentence(ask(question).answer)).toMatch(/^不能/),
  );
});

describe('fewer visits asked of a positive-list enterprise are granted', () => {
  it.each([
    '长治示例热电能不能少查几次',
    '长治示例热电能免了现场检查吗',
    ['那长治示例医药有限公司能少跑两趟不', '长治示例钢铁集团有限公司在正面清单上吗'],
  ] as (string | [string, string])[])('%s', (row) => {
    const [question, previous] = typeof row === 'string' ? [row, undefined] : row;
    const result = ask(question, previous);
    expect(firstSentence(result.answer), result.answer).toMatch(/^可以，该企业列入监督执法正面清单/);
    expect(result.citations[0]?.clause).toBe('9');
  });

  it('still refuses an ordinary visit without a reason', () =>
    // A written reason still lets the visit go (第9条): a no in principle, with its condition.
    expect(ask('长治示例热电是正面清单企业，潞州分局12月25日想去现场，可以吗').answer).toMatch(
      /^原则上不能，.*确需现场检查的，须写明理由/,
    ));
});

describe('a case that also asks the yearly count answers the number first', () => {
  it.each([
    '长治示例焦化今年查过两次了，上党分局还想去，一年查几次有规定没',
    '屯留分局下周想去长治示例化工，一年能查几回',
    '潞城分局12月25日去长治示例钢铁集团，每年最多查几次',
  ])('%s', (question) => {
    const result = ask(question);
    expect(firstSentence(result.answer), result.answer).toMatch(
      /^实施方案未规定具体次数，本局设定[^。]*上限为\d+次（第3条）/,
    );
    expect(result.citations.map((c) => c.clause)).toContain('3');
  });

  it('reads 「最多查几次」 as the count, 「多查几次」 as more visits', () => {
    expect(everyday('一年最多查几次')).toBe('一年最多查几次');
    expect(everyday('一年至多去几趟')).toBe('一年至多去几次');
    expect(everyday('能不能多去几趟')).toBe('能不能提高检查频次');
  });
});

describe('case answers stay short', () => {
  it.each([
    '示例医药1月15号有人举报异味，高新分局想去现场，这家是正面清单企业而且那几天是它的安静期，能去吗',
    '长治示例医药有限公司1月10号有人投诉，我们高新分局要去现场',
    '应企业申请，市执法队明年1月15日去示例医药现场指导，需要谁批？',
  ])('%s', (question) => {
    const result = ask(question).answer;
    // The trigger said with 第3条 is not said again with 第9条; a year is named once in a range.
    expect(result.match(/本次系(?:因|应)/g)?.length ?? 0, result).toBeLessThanOrEqual(1);
    expect(result).not.toMatch(/(\d{4})年\d+月\d+日至\1年/);
  });
});

describe('a random draw over the cap is told 第3条’s word on draws', () => {
  it.each([
    '长治示例焦化今年查过两次了，上党分局12月23日双随机抽到它，还能去吗',
    ['要是双随机又抽到它了呢', '长治示例焦化今年查过两次了，有人举报，还能去吗'],
  ] as (string | [string, string])[])('%s', (row) => {
    const [question, previous] = typeof row === 'string' ? [row, undefined] : row;
    expect(ask(question, previous).answer).toContain(
      '双随机抽查不属于可不受频次上限限制的情形，应最大限度减少入企检查频次',
    );
  });

  it('a complaint over the cap is not told so', () =>
    expect(ask('长治示例焦化今年查过两次了，12月23日有人举报，上党分局还能去吗').answer).not.toContain(
      '最大限度减少',
    ));
});

describe('「不需要报请主要负责人批准」 outside the quiet period cites 第10条 first', () => {
  it.each([
    ['那长治示例焦化12月23号呢', '12月23号去长治示例钢铁集团现场，要主要负责人批吗'],
    ['上党分局12月22日去长治示例焦化现场，要报局长批吗', undefined],
  ] as [string, string | undefined][])('%s', (question, previous) => {
    const result = ask(question, previous);
    expect(result.answer).toMatch(/^不需要报请主要负责人批准/);
    expect(result.citations[0]?.clause).toBe('10');
  });
});

describe('a penalty imposed leaves 第14条’s duty to see the correction through', () => {
  it.each(['示例铸造罚过款了，我们还得干什么', '潞城分局对示例钢铁罚了款，还要做什么'])('%s', (question) => {
    const result = ask(question);
    expect(result.citations[0]?.clause).toBe('14');
    expect(result.answer).toContain('责令当事人改正或限期改正违法行为，不得以罚代管');
  });

  it('a follow-up that says the penalty was imposed drops the sparing asked before', () => {
    const read = readQuestion('罚了的呢', { ...ctx, previous: '轻微违法不罚的话 还要做啥' });
    expect(read).toContain('罚了');
    expect(read).not.toMatch(/不罚|免罚|不予处罚/);
  });
});
