import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { statedFacts } from '../../../src/domain/policy/stated-context.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
beforeEach(() => useLeadModel(null));
afterEach(() => useLeadModel(undefined));

/** Whether one part of the answer (between ；and 。) names the word with the clause's tag. */
const pairedIn = (text: string, word: string, tag: string): boolean =>
  text.split(/[；。]/).some((part) => part.includes(word) && part.includes(tag));

describe('each kind of stated fact is read with its clause', () => {
  it.each([
    // A clue's channel or a referral (第3条).
    ['市长热线派过来的件，说那家砖厂晚上噪声大', '热线', '3'],
    ['省厅交办的一件事，要去核实一家化工厂', '省厅交办', '3'],
    ['网络舆情说有家厂往河里排黑水', '网络舆情', '3'],
    // A source that found the clue (第8条).
    ['无人机巡查拍到一家料场没苫盖', '无人机巡查', '8'],
    ['看用电数据那家厂治污设备像是停了', '用电', '8'],
    // How the check is made (第8条).
    ['这回想远程看看，不进厂', '远程', '8'],
    // First offence and relief (第13条、第14条).
    ['企业是初次违法，也改了', '初次违法', '13'],
    ['上回已经不予处罚了', '不予处罚', '14'],
    ['企业是故意关的阀门', '故意', '13'],
    // Several units at one enterprise (第3条).
    ['我们想会同住建一起进厂', '会同', '3'],
    // The graduated way of enforcing (part 一).
    ['能不能别一刀切', '一刀切', 'general'],
    // A special plan's form (附件1) beside 第4条.
    ['扬尘专项方案报谁批', '专项方案', 'annex-1'],
  ])('%s: 「%s」 is a fact of clause %s', (question, word, clause) => {
    expect(statedFacts(question).some((fact) => fact.word === word && fact.clause === clause)).toBe(true);
  });

  it.each([
    ['企业投诉我们一个月去了四回，局里该怎么管', '8'],
    ['排污许可证过期了还在生产，算不算无证排污', '8'],
    ['整改态度好能不能少罚点', '15'],
    ['集中培训的普法形式有哪些', 'org-3'],
  ])('%s: no fact of clause %s', (question, clause) => {
    expect(statedFacts(question).some((fact) => fact.clause === clause)).toBe(false);
  });
});

describe('a described case names every clause a stated fact falls under', () => {
  it.each([
    // The officer's channel is said beside the scheme's trigger, not in a second line.
    ['潞城分局收到12345转来的投诉，说长治示例钢铁集团有限公司半夜冒烟，11月30日能去查吗', '12345', '第3条'],
    // The source a section read the clue from is named with the handover.
    ['大气环境科从用电用能数据看到长治示例铸造有限公司除尘器停了，线索该交给谁', '用电用能', '第8条'],
    // A drone flight before deciding to go is the off-site check itself.
    ['武乡分局想先让无人机飞一圈看看长治示例危废处置有限公司再定去不去，可以吗', '无人机', '第8条'],
    // An education-first proposal meets part 一.
    ['分局对违法企业想一律先罚再说，不搞教育引导，这么干对吗', '教育引导', '总体要求'],
  ])('%s', (question, word, tag) => {
    const text = answer(question, ctx).answer;
    expect(pairedIn(text, word, tag)).toBe(true);
  });

  it('cites the clause of a fact it adds', () => {
    const result = answer('首违的企业已经不予处罚了，后面我们还要做什么', ctx);
    expect(result.citations.map((c) => c.clause)).toContain('14');
    expect(pairedIn(result.answer, '不予处罚', '第14条')).toBe(true);
  });

  it('says a trigger once: the channel joins the line that already frees the visit', () => {
    const text = answer('屯留分局接到12345投诉长治示例化工有限公司异味，11月30日去现场可以吗', ctx).answer;
    expect(text.match(/不受频次上限/g)).toHaveLength(1);
  });

  it('visits counted in months past are history, not the date of the visit', () => {
    const text = answer(
      '群众举报长治示例焦化有限公司冒黄烟，今年4月和7月抽查已经去过两回了，我们想11月30号再去，行不行',
      ctx,
    ).answer;
    expect(text).toContain('11月30日');
  });
});
