import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  readAnswerFeedback,
  scoreAnswerReplies,
  type AnswerReplyEntry,
} from '../../../src/domain/replies/index.js';

describe('a typed reply to a policy answer read as 有用/没用', () => {
  it.each([
    ['答非所问', 'unhelpful', ''],
    ['这个回答不对吧', 'unhelpful', ''],
    ['没啥用啊', 'unhelpful', ''],
    ['你理解错了', 'unhelpful', ''],
    ['👎', 'unhelpful', ''],
    ['不是这个意思，重新答一下', 'unhelpful', ''],
    ['不对。我问的是分局的专项谁批？', 'unhelpful', '分局的专项谁批？'],
    ['不对头，书面核查要不要报批', 'unhelpful', '书面核查要不要报批'],
    ['說的不對，首次違法是不是可以不罰', 'unhelpful', '首次違法是不是可以不罰'],
    ['清楚了', 'useful', ''],
    ['👍👍', 'useful', ''],
    ['收到，很有帮助', 'useful', ''],
    ['懂了，那市级的呢？', 'useful', '那市级的呢？'],
    ['谢谢！顺便问下附件3谁填', 'useful', '顺便问下附件3谁填'],
    // Feedback words inside a question or statement are no feedback.
    ['不对称的检查比例怎么定', 'none', ''],
    ['有用户反映企业夜间偷排，怎么移送', 'none', ''],
    ['明白了企业诉求之后还要回访吗', 'none', ''],
    ['不是安静期的时候谁批', 'none', ''],
    ['好的', 'none', ''],
    ['收到', 'none', ''],
    ['有用，不对', 'none', ''],
    // Judgements inside a few other words, and thanks beside a complaint.
    ['这答复我看了半天还是糊涂', 'unhelpful', ''],
    ['说了等于白说', 'unhelpful', ''],
    ['谢谢哈，可越看越晕了', 'unhelpful', ''],
    ['这下弄明白了，那复查谁去', 'useful', '那复查谁去'],
    ['not useful 专项能延期吗', 'unhelpful', '专项能延期吗'],
    ['有用能数据异常的企业谁去查', 'none', ''],
    ['企业说我们检查程序不对', 'none', ''],
  ] as const)('%s → %s', (reply, verdict, rest) => {
    expect(readAnswerFeedback(reply)).toEqual({ verdict, rest });
  });
});

describe('the corpora of typed replies to answers, written before the reader', () => {
  // Floors a little under what was reached: a guard against regressions, not a target.
  it.each([
    ['test/corpus/answer-replies-dev.json', 0.98, 0.98, 1],
    ['test/corpus/answer-replies-dev2.json', 0.96, 0.95, 1],
    ['test/corpus/answer-replies-holdout.json', 0.76, 0.76, 1],
    ['test/corpus/answer-replies-holdout2.json', 0.88, 0.88, 1],
  ] as const)('%s keeps its scores', (file, verdict, full, neither) => {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as AnswerReplyEntry[];
    const { all, byKind } = scoreAnswerReplies(entries);
    expect(all.verdict / all.total).toBeGreaterThanOrEqual(verdict);
    expect(all.full / all.total).toBeGreaterThanOrEqual(full);
    // A question taken for feedback would go unanswered: no near-miss may be read as one.
    const none = byKind.neither!;
    expect(none.verdict / none.total).toBeGreaterThanOrEqual(neither);
  });
});
