import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { readGroupChat } from '../../../src/domain/policy/group-chat.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();

describe('a pasted group chat: the line put to the bot is the ask', () => {
  it.each<[string, string | undefined]>([
    [
      '小李：下个月要搞送法入企\n老王：市里组织吗？\n小李：@执法助手 送法入企由谁来组织？',
      '送法入企由谁来组织？',
    ],
    ['大气科小孙：周四去焦化厂\n水科小钱：我们也去\n执法队老郑：@助手 能合一次去吗', '能合一次去吗'],
    // No one addressed: the last line that asks, with three lines or more.
    ['老王：下周三去焦化厂检查\n小李：它今年已经查过两回了\n老王：这回还能去吗', '这回还能去吗'],
    // A work order's fields are not people speaking; two labelled lines with no one addressed are a message.
    ['【转办】工单号：12345\n诉求内容：群众反映夜间异味。\n分局问：能去查吗？', undefined],
    ['背景：下周去焦化厂\n想问：能去吗', undefined],
    ['王芳：@执法助手 安静期哪天开始？', undefined],
  ])('%s', (text, ask) => {
    expect(readGroupChat(text)?.ask).toBe(ask);
  });

  it('leaves the told lines out of what is asked', () => {
    const chat = readGroupChat('刘建：今年重点企业要不要全部覆盖？\n王芳：@执法助手 以谁为单位组织？');
    expect(chat?.told).toEqual(['今年重点企业要不要全部覆盖？']);
  });
});

describe('a chat answered by its ask, the told lines as facts', () => {
  it.each<Row>([
    // A December visit talked over does not make 送法入企's unit a visit's approval.
    [
      '刘建：县里说12月要搞送法入企\n王芳：是咱分局牵头还是市局牵头？\n王芳：@执法助手 送法入企到底以谁为单位组织？范围要多大？',
      ['2'],
      [],
      /按各分局辖区组织/,
    ],
    [
      '小李：下个月分局要搞送法入企\n老王：是不是还得市里来组织？\n小李：@执法助手 送法入企由谁来组织？',
      ['2'],
      [],
    ],
    // Data near its limit on the platform: 第1条's warning, whatever visit the others weigh.
    [
      '小陈：平台上长治示例煤业有限公司颗粒物这周都在限值的九成左右\n老刘：下周就安静期了\n科长：@执法助手 数据没超标、只是接近限值，这种情况按文件该怎么处理？',
      ['1'],
      [],
    ],
    // Several sections to one enterprise, merged: 第3条's 综合一次查.
    [
      '大气科小孙：周四去长治示例焦化有限公司查无组织排放\n水科小钱：我们也要去查雨排口\n小孙：@执法助手 两个科能不能合在一起查一次？',
      ['3'],
      [],
      /^可以，多个单位对同一企业应通过“综合一次查”/,
    ],
  ])('%s', (...row) => checkCase(row));

  it('refuses a chat whose ask is outside the scheme', () => {
    const chat =
      '小赵：记录仪又坏了\n老钱：明天还要去长治示例铸造检查\n老钱：@执法助手 记录仪坏了找哪个厂家修？';
    expect(answer(chat, ctx).outOfScope).toBe(true);
  });
});

describe('visits merged into one trip, in the officers’ words (第3条)', () => {
  it.each(['三个科室合成一趟去查同一家，行不行', '水科和大气科合起来一次查，可以吗', '两边合并一次查行不行'])(
    '%s',
    (question) => {
      const result = answer(question, ctx);
      expect(result.citations[0]?.clause).toBe('3');
      expect(result.answer).toContain('综合一次查');
    },
  );
  // Near-miss: 合成氨 is a product, not a merged visit.
  it('leaves 合成氨 alone', () => {
    expect(answer('合成氨企业下周去查，要谁批', ctx).answer).not.toContain('综合一次查');
  });
});

describe('延期 is a fine’s only when a fine or its payment is told (第13条)', () => {
  it.each<[string, boolean]>([
    ['危废专项原定11月底结束，想延期到明年3月底，要不要重新报批', false],
    ['专项检查延期到明年3月，需不需要重新报批？', false],
    ['企业罚款交不起，能延期吗', true],
    ['罚了六万，企业说钱紧要分期交', true],
  ])('%s', (question, fine) => {
    const cited = answer(question, ctx).citations.map((c) => c.clause);
    expect(cited.includes('13')).toBe(fine);
  });
});

describe('a rectification reported done, still to be checked on site (第14条、第15条)', () => {
  it.each<Row>([
    // 「回复办结就行」 beside the ask is the complaint's own procedure, told, not asked.
    [
      '【转办】工单号：12345-20261110-0233\n诉求内容：平顺县居民反映长治示例陶瓷有限公司夜间噪声扰民。\n办理情况：平顺分局11月12日现场检查，责令限期整改，企业11月24日报告已完成隔声改造。\n分局问：企业报了整改完成，我们给诉求人回复办结就行，还用去现场核查吗？',
      ['14', '15'],
      [],
      /^需要/,
    ],
    ['企业报了整改完成，我们给投诉人回复办结就行，后面还要去现场复查吗', ['14', '15'], [], /^需要/],
  ])('%s', (...row) => checkCase(row));

  // Near-miss: the time limit to settle a complaint is the complaint rules', whatever rectification is told.
  it('refuses the time limit of 办结', () => {
    expect(answer('企业整改完了，办结时限是几天', ctx).outOfScope).toBe(true);
  });
});

describe('which form carries a clue handed over, whatever complaint came with it (附件3)', () => {
  it.each<Row>([
    [
      '【转办】工单号：12345-20261123-1107\n诉求内容：群众反映襄垣县长治示例煤业有限公司洗煤废水外溢进河道。\n转办至：市生态环境保护综合行政执法队\n执法队：这家在襄垣，属地是襄垣分局，我们把线索移过去，要用哪张表、表里必须写哪些内容？',
      ['annex-3', '8'],
      [],
      /^《涉嫌环境违法线索移送表》（附件3）需填写.*涉嫌违法行为/,
    ],
    ['把线索移给分局要填哪个表，都有哪些栏', ['annex-3', '8'], [], /需填写/],
  ])('%s', (...row) => checkCase(row));

  // Near-miss: a row of the form named is asked for its options, not the whole form.
  it('answers a named row by its options', () => {
    expect(answer('移送表线索来源有哪些选项', ctx).answer).toMatch(/^附件3中“线索来源”的选项为/);
  });
});
