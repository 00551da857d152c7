import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import { storeCokingVisits, TODAY_10AM, USCC } from './support.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

async function ask(body: unknown, headers?: Record<string, string>) {
  const res = await bot.post('/api/v1/ask', body, headers);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/v1/ask', () => {
  it('answers with the sentence, verbatim citations and the scope flag', async () => {
    const { status, json } = await ask({ question: '安静期内确需现场检查要谁批？' });
    expect(status).toBe(200);
    expect(Object.keys(json)).toEqual(['answer', 'citations', 'outOfScope']);
    expect(json.outOfScope).toBe(false);
    expect((json.citations as unknown[])[0]).toEqual({
      clause: '10',
      label: '第10条 认真执行“企业安静期”制度',
      quote:
        '“企业安静期”时段内，因实际工作需要确需开展现场执法检查的，按程序报请本级行政执法主体主要负责人批准。',
    });
  });

  it('gives the decision for a described case, judged on the bureau’s today', async () => {
    const { json } = await ask({ question: '下周二去示例钢铁现场检查，能去吗？' });
    expect(json.answer).toContain('企业安静期（12月1日至12月20日');
    expect(json.decision).toMatchObject({
      hypothetical: false,
      proposal: { enterprises: [USCC.steel], from: '2026-12-01', to: '2026-12-01' },
      // The form's exemption question is still open: a reminder in the answer, a block in the raw decision.
      rules: {
        blocked: true,
        findings: [
          { code: 'QUIET_EXEMPTION_MISSING', clause: '10' },
          { code: 'QUIET_PERIOD_ON_SITE', clause: '10' },
        ],
      },
    });
  });

  it('counts the named enterprise’s stored inspections this year against the yearly cap', async () => {
    const question = '市执法队明天去长治示例焦化有限公司做双随机抽查，要谁批？';
    expect((await ask({ question })).json.answer).toMatch(/^市级入企执法检查由.*审批（第5条）。/);
    await storeCokingVisits(bot, ['2026-03-10', '2026-06-15'], '09');
    const { json } = await ask({ question });
    expect(json.answer).toMatch(
      /^市级入企执法检查由.*审批（第5条）；但按所述情况暂不能开展：该企业今年现场检查已达频次上限。/,
    );
    expect(json.decision).toMatchObject({ rules: { blocked: true } });
  });

  it('marks a question outside the scheme', async () => {
    const { status, json } = await ask({ question: '加班费怎么算？' });
    expect(status).toBe(200);
    expect(json).toEqual({
      answer: '实施方案未涉及这一问题。如需进一步了解，请咨询法规与标准科。',
      citations: [],
      outOfScope: true,
    });
  });

  it('refuses a missing, empty, non-text or oversized question with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{}, '缺少字段 question。'],
      [{ question: '   ' }, '字段 question 不能为空。'],
      [{ question: 42 }, '字段 question 须为文字。'],
      [{ question: '问'.repeat(501) }, '字段 question 不能超过500字。'],
      [['question'], '请求体须为 JSON 对象，如 {"question":"…"}。'],
    ];
    for (const [body, error] of cases) {
      expect(await ask(body)).toEqual({ status: 400, json: { error, field: 'question' } });
    }
    expect((await ask({ question: '问'.repeat(500) })).status).toBe(200);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(`${bot.url}/api/v1/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bot.config.apiToken}` },
      body: 'question=安静期',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: '请求体须为 JSON 对象，如 {"question":"…"}。',
      field: 'question',
    });
  });

  it('refuses a caller without the bearer token', async () => {
    const { status } = await ask({ question: '专项检查谁批？' }, { authorization: 'Bearer wrong-token' });
    expect(status).toBe(401);
  });
});
