import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { extractFacts } from '../../../src/domain/policy/facts.js';
import { statedFacts } from '../../../src/domain/policy/stated-facts.js';
import { firstSentence } from '../../policy/forms.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('an officer’s rough count of visits so far', () => {
  it.each([
    ['今年已经去过两三次了', 3],
    ['这家今年都查了三四回', 4],
    ['本年已检查过一两次', 2],
    ['已经查过两次', 2],
  ])('%s counts as %i', (text, visits) => {
    expect(statedFacts(text).visits).toBe(visits);
  });
});

describe('how long a visit or special inspection runs, and a date that is no length', () => {
  it.each([
    ['专项准备查6个月', 180],
    ['危废专项为期两周', 14],
    ['检查时间5天', 5],
    ['检查时间调到12月25号', undefined],
    ['检查时间12月1日至12月5日', undefined],
  ])('%s runs %s days', (text, days) => {
    expect(statedFacts(text).days).toBe(days);
  });
});

describe('a case asking whether the visit goes over the yearly cap', () => {
  it.each([
    ['示例陶瓷自己申请帮扶，平顺分局今年已去过两次，这次去算不算超频次', /^不算，/, /应企业申请实施执法检查/],
    ['上党分局下周再去示例焦化常规检查，会不会超次数', /^算，/, /频次上限/],
    ['示例化工有人投诉，屯留分局今年已查过三次，再去超频次了吗', /^不算，/, /因投诉举报发现线索确需实施检查/],
  ])('%s', (question, opens, says) => {
    const text = answer(question, ctx).answer;
    expect(firstSentence(text)).toMatch(opens);
    expect(text).toMatch(says);
  });
});

describe('who approves a branch’s visit, in 第5条’s words with the branch head', () => {
  it.each([
    ['屯留分局下周去示例化工核实转办件，谁批', '屯留分局局长（示例）'],
    ['黎城分局元旦后去示例水泥现场检查，找谁审批', '黎城分局局长（示例）'],
  ])('%s', (question, head) => {
    const opening = firstSentence(answer(question, ctx).answer);
    expect(opening).toContain('由各分局主要负责人审批（第5条）');
    expect(opening).toContain(`即${head}`);
  });
});

describe('questions outside the scheme or asked with 吧', () => {
  it.each(['明天去示例焦化会不会下雨', '下周去长子路况怎么样', '这几天降雪，去现场路滑不滑'])(
    '%s is refused',
    (question) => {
      expect(answer(question, ctx).outOfScope).toBe(true);
    },
  );

  it('keeps 重污染天气 in scope', () => {
    expect(answer('重污染天气期间企业不落实停限产怎么处理', ctx).outOfScope).toBe(false);
  });

  it.each([
    ['罚了款就不用管整改了吧', /^不可以/],
    ['专项检查可以全覆盖吧', /^不能/],
  ])('%s reads as a yes-or-no question', (question, opens) => {
    expect(answer(question, ctx).answer).toMatch(opens);
  });

  it('quotes 第7条 on who publishes penalty decisions', () => {
    expect(answer('行政处罚决定由谁公开', ctx).answer).toContain('市执法队负责行政处罚决定等信息的信息公开');
    expect(answer('处罚结果谁对外公示', ctx).answer).toContain('市执法队负责行政处罚决定');
  });
});

describe('a follow-up to a case that changes one fact', () => {
  const ask = (previous: string, question: string) => answer(question, { ...ctx, previous });

  it.each([
    ['示例化工被罚了3万，能不能少交一些', '要是它实在有困难呢？'],
    ['示例铸造罚款10万，可以少交吗', '如果它确实困难呢'],
  ])('%s → %s reads the hardship with the fine', (previous, question) => {
    const result = ask(previous, question);
    expect(result.citations[0]?.clause).toBe('13');
    expect(result.answer).toContain('延期、分期缴纳罚款');
  });

  it.each([
    ['示例焦化在正面清单上吗', '那家呢，示例医药', '长治示例医药有限公司'],
    ['示例钢铁在正面清单上吗', '他家呢，示例热电', '长治示例热电有限公司'],
  ])('%s → %s asks the same of another enterprise', (previous, question, name) => {
    const result = ask(previous, question);
    expect(result.outOfScope).toBe(false);
    expect(result.answer).toContain(name);
  });

  it.each([
    ['黎城分局去示例水泥现场检查谁批', '要是赶上安静期呢'],
    ['襄垣分局去示例煤业检查找谁审批', '如果在安静期内呢'],
  ])('%s → %s takes the stated quiet period over the calendar', (previous, question) => {
    const result = ask(previous, question);
    expect(result.citations.map((c) => c.clause)).toContain('10');
    expect(result.answer).toContain('主要负责人批准');
    expect(result.answer).not.toMatch(/不在安静期内/);
  });

  it.each([
    ['示例焦化12月下旬因为举报去现场，谁批', '那要是企业自己申请的呢'],
    ['示例化工下周因为投诉去现场，要谁审批', '要是厂家自己申请的呢'],
  ])('%s → %s keeps 要是 out of the trigger', (previous, question) => {
    expect(ask(previous, question).answer).toContain('应企业申请实施执法检查');
  });

  it('answers 「要走安静期审批吗」 for a day outside it with the enterprise and the day', () => {
    const opening = firstSentence(
      ask('潞城分局12月25号去示例钢铁现场检查，要走安静期审批吗', '那屯留分局同一天去示例化工呢').answer,
    );
    expect(opening).toMatch(/^不需要/);
    expect(opening).toContain('长治示例化工有限公司12月25日');
    expect(firstSentence(answer('屯留分局12月26号去示例化工现场检查，要走安静期审批吗', ctx).answer)).toMatch(
      /^不需要/,
    );
  });
});

describe('earlier visits named by month are history, not the visit’s date', () => {
  it.each([
    ['示例焦化今年查过两次，一次3月一次6月，下月初上党分局要去', '2026-12-01'],
    ['示例钢铁5月份查过一次，潞城分局12月28号想再去', '2026-12-28'],
    ['示例化工上次是8月，屯留分局下周三去', '2026-12-02'],
    ['示例焦化3月一次6月一次，上党分局12月5日去', '2026-12-05'],
    ['示例焦化今年3月和6月各查过一次，上党分局12月5日去', '2026-12-05'],
  ])('%s', (question, from) => {
    expect(extractFacts(question, [], ctx).dates?.from).toBe(from);
  });
  it.each([
    '示例焦化3月一次6月一次，这回群众举报冒黑烟，还能去现场吗',
    '示例焦化今年3月和6月各来过一次，又有人举报，能去吗',
  ])('%s has no date of its own', (question) => {
    expect(extractFacts(question, [], ctx).dates).toBeUndefined();
  });
});

describe('a follow-up naming a special inspection after a routine one', () => {
  it.each([
    ['分局日常入企检查谁审批', '那专项的方案呢'],
    ['分局常规检查找谁批', '如果是专项那个方案呢'],
  ])('%s → %s is answered by 第4条', (previous, question) => {
    const result = answer(question, { ...ctx, previous });
    expect(result.citations[0]?.clause).toBe('4');
    expect(result.answer).toContain('主要负责人批准');
  });

  it('says 依法不予处罚 when asked whether a minor violation may go unpunished', () => {
    for (const question of ['轻微违法的企业能不予处罚吗', '情节轻微的可以不罚吗'])
      expect(answer(question, ctx).answer, question).toMatch(/^可以.*依法不予处罚/);
  });
});

describe('第5条’s approver said once', () => {
  it('does not repeat the line the opening already says', () => {
    const text = answer('潞城分局11月27日去示例钢铁现场，要报局长批吗', ctx).answer;
    expect(text.split('县区级入企执法检查由各分局主要负责人审批').length - 1).toBe(1);
  });
});
