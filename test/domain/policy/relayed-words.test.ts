import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { withoutRelayed } from '../../../src/domain/policy/ask-sentence.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('words relayed from someone else are not the officer ask', () => {
  it.each([
    ['企业来电，说想要个结果。我们去了算不算次数？', '企业来电，。我们去了算不算次数？'],
    ['科长讲检查完要反馈。记录仪坏了能用手机拍吗？', '科长。记录仪坏了能用手机拍吗？'],
    // Nothing of the officer's own beside the relayed words: the message as it is.
    ['企业说要个结果。', '企业说要个结果。'],
  ])('%s reads as %s', (message, read) => {
    expect(withoutRelayed(message)).toBe(read);
  });

  it.each([
    [
      '长治示例陶瓷有限公司的厂长打来电话，说想请我们去看看他们的新设备，还说要给个说法。我们去了算不算今年的次数？',
      '不算',
      '3',
    ],
    ['屯留化工那边打了个电话过来，说请我们去帮着看看整改，顺便给个说法。这次去算不算检查次数？', '不算', '3'],
  ])('%s is answered %s from 第%s条', (question, verdict, clause) => {
    const result = answer(question, ctx);
    expect(result.answer.startsWith(verdict)).toBe(true);
    expect(result.citations[0]?.clause).toBe(clause);
  });

  it.each([
    ['县里有人说要县政府盖章才行。分局的入企检查还得报县政府批吗？'],
    ['区里领导讲检查方案要区委同意。我们分局去企业检查要不要报区委审批'],
  ])('%s: a signer 第5条 does not name is not needed', (question) => {
    const result = answer(question, ctx);
    expect(result.answer.startsWith('不需要')).toBe(true);
    expect(result.citations[0]?.clause).toBe('5');
  });
});

describe('whether a relayed claim holds', () => {
  it.each([
    ['企业的人说，进了正面清单以后有人举报我们也不能去查了。方案里是这么规定的吗？'],
    ['屯留化工的老板讲应企业申请的检查我们不能去，是这样吗？'],
  ])('%s: the rule says the opposite, 不是', (question) => {
    expect(answer(question, ctx).answer).toMatch(/^不是[。，]/);
  });

  it('leaves a message without a claim asked as it is', () => {
    const question = '正面清单企业有人举报，能去现场查吗？';
    expect(answer(question, ctx).answer.startsWith('不是')).toBe(false);
  });
});

describe('a verb asked yes or no by repeating it', () => {
  it.each([
    ['企业偷排偷放的，后续日常监管频次提不提', '需要'],
    ['企业篡改数据的，日常监管频次往上提不提', '需要'],
  ])('%s is answered %s', (question, verdict) => {
    expect(answer(question, ctx).answer.startsWith(verdict)).toBe(true);
  });
});

describe('a claim answered says its verdict once', () => {
  it.each([
    ['企业说裁量太重了，还说方案要求处罚一律从轻，是这样吗', '不是，', '12'],
    ['材量是不是罚得越狠越好啊 显得咱执法严', '不是，', '12'],
  ])('%s opens %s and names 第%s条', (question, verdict, clause) => {
    const result = answer(question, ctx);
    expect(result.answer.startsWith(verdict)).toBe(true);
    expect(result.answer).not.toMatch(/^不是。(?:不能|不可以|不需要)/);
    expect(result.answer).toContain(`（第${clause}条）`);
    expect(result.citations[0]?.clause).toBe(clause);
  });
});
