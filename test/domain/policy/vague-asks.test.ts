import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { asked } from '../../../src/domain/policy/incident-asks.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('a closing 「方案里咋说的」 repeats the ask before it', () => {
  it.each([
    ['企业罚完款说交不起，能分期吗，文件里怎么规定的', '能分期吗'],
    ['企业没按期整改，我们该怎么督促，方案上是怎么说的', '我们该怎么督促'],
    ['首次违法能不能不罚，有没有依据', '首次违法能不能不罚'],
  ])('%s asks %s', (question, ask) => {
    expect(asked(question)).toBe(ask);
  });
});

describe('a vague last ask after the facts: the stated step decides the lead', () => {
  it.each([
    // The penalty spared, then 「还要做什么」: 第14条's 免罚不免责.
    ['潞城分局对长治示例焦化有限公司首违没罚，那就结了吗，接下来还得干点什么', '14'],
    ['长治示例医药有限公司轻微违法不予处罚了，企业说马上整改，后面还要做些啥', '14'],
    // The rectification done, then 「还得干啥」: 第15条's 整改核查.
    ['长治示例铸造有限公司整改已经完成了，我们还要做什么', '15'],
  ])('%s leads with 第%s条', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause, `${question} → ${result.answer}`).toBe(clause);
  });
});
