import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReply, scoreCorpus, type CorpusEntry } from '../../../src/domain/replies/index.js';

const corpus = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8')) as CorpusEntry[];

describe('reading a typed reply in the context of its card', () => {
  it.each([
    ['同意', 'approval', { action: 'approve', firm: true }],
    ['同意，请按时反馈结果', 'approval', { action: 'approve', firm: true, reason: '请按时反馈结果' }],
    ['好的', 'approval', { action: 'approve', firm: false }],
    ['不同意', 'approval', { action: 'reject', firm: true }],
    ['驳回：对象不在正面清单', 'approval', { action: 'reject', reason: '对象不在正面清单' }],
    ['退回，补充检查人员', 'approval', { action: 'return', reason: '补充检查人员' }],
    ['转给副局长甲', 'approval', { action: 'transfer', to: '副局长甲' }],
    ['请按计划办理', 'approval', { action: 'none' }],
    ['可以吗？', 'approval', { action: 'none', kind: 'question' }],
    ['好的，我看看', 'approval', { action: 'none', kind: 'hesitation' }],
    ['收到', 'approval', { action: 'none', kind: 'courtesy', courtesy: 'ack' }],
    ['谢谢！', 'none', { action: 'none', kind: 'courtesy', courtesy: 'thanks' }],
    ['接收，由大气环境科工作人员承办', 'referral', { action: 'accept', to: '大气环境科工作人员' }],
    ['退回，材料不全', 'referral', { action: 'send-back', reason: '材料不全' }],
    ['同意', 'stage', { action: 'none' }],
    ['可以', 'none', { action: 'none' }],
    ['同意', 'none', { action: 'approve', firm: true }],
    ['取消，企业已停产', 'inspection', { action: 'cancel', firm: true, reason: '企业已停产' }],
    ['企业已搬迁，取消检查。', 'inspection', { action: 'cancel', reason: '企业已搬迁' }],
    ['取消本次检查：企业停产整顿', 'inspection', { action: 'cancel', reason: '企业停产整顿' }],
    ['取消', 'inspection', { action: 'cancel', firm: true }],
    ['要取消吗？', 'inspection', { action: 'none', kind: 'question' }],
    ['好的', 'inspection', { action: 'none' }],
    ['取消，企业已停产', 'none', { action: 'none' }],
    ['取消', 'approval', { action: 'none' }],
  ] as const)('「%s」 on a %s card', (text, card, expected) => {
    expect(readReply(text, card)).toMatchObject(expected);
  });
});

describe('the reply corpora', () => {
  it('reads the development corpus (≥ 60 replies) almost without fault', () => {
    const entries = corpus('replies-dev.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    const { all, byCard, misses } = scoreCorpus(entries);
    expect(misses).toEqual([]);
    for (const score of Object.values(byCard)) expect(score.full / score.total).toBeGreaterThanOrEqual(0.95);
    expect(all.full).toBe(all.total);
  });

  it('reads the held-out corpus above a lower floor, overall and per card kind', () => {
    const { all, byCard } = scoreCorpus(corpus('replies-holdout.json'));
    expect(all.action / all.total).toBeGreaterThanOrEqual(0.8);
    expect(all.full / all.total).toBeGreaterThanOrEqual(0.8);
    for (const score of Object.values(byCard)) expect(score.action / score.total).toBeGreaterThanOrEqual(0.7);
  });
});

describe('messages that answer no card and are not decisions', () => {
  it('leaves every policy question to the answerer', () => {
    const questions = JSON.parse(
      readFileSync(new URL('../../policy/questions.json', import.meta.url), 'utf8'),
    ) as { q: string }[];
    const taken = questions.filter(({ q }) => readReply(q, 'none').action !== 'none');
    expect(taken).toEqual([]);
  });

  it.each([
    '移送线索：长治示例化工有限公司，监测数据，水污染，建议立案，接收：屯留分局',
    '来源: 12345热线\n对象: 示例钢铁\n问题: 噪声扰民\n接收: 潞城分局\n意见: 请核实',
    '转发：关于开展冬季大气污染防治执法帮扶的通知，请各分局认真学习',
    '刚接到投诉，说水泥厂晚上偷偷生产，转黎城分局，建议立案',
  ])('leaves 「%s」 to the referral intake', (text) => {
    expect(readReply(text, 'none').action).toBe('none');
  });
});
