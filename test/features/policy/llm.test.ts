import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import { startFakeLlm, type FakeLlm, type LlmBehaviour } from './fake-llm.js';
import { askInChat, TODAY_10AM } from './support.js';

const QUESTION = '检查完要把结果告诉企业吗？';
const ORIGINAL = '需要。根据第6条，检查结束后，及时向企业反馈检查结果。';
const CITATIONS = [
  { clause: '6', label: '第6条 严格入企检查实施程序', quote: expect.stringContaining('反馈检查结果') },
];

let llm: FakeLlm;
let bot: Bot;
beforeAll(async () => {
  llm = await startFakeLlm();
  bot = await startBot({
    now: () => TODAY_10AM,
    env: { LLM_BASE_URL: llm.url, LLM_API_KEY: 'test-llm-key', LLM_MODEL: 'tiny-model' },
  });
});
afterAll(async () => {
  await bot?.close();
  await llm.close();
});

async function askWith(behaviour: LlmBehaviour, question = QUESTION) {
  llm.behave(behaviour);
  const res = await bot.post('/api/v1/ask', { question });
  return (await res.json()) as { answer: string; citations: unknown[]; outOfScope: boolean };
}

describe('rephrasing by the optional model', () => {
  it('takes the model’s sentence and keeps the retrieved citations', async () => {
    const json = await askWith({ content: '  检查结束后应当及时向企业反馈检查结果（第六条）。\n' });
    expect(json.answer).toBe('检查结束后应当及时向企业反馈检查结果（第六条）。');
    expect(json.citations).toEqual(CITATIONS);
    const request = llm.requests.at(-1);
    expect(request?.authorization).toBe('Bearer test-llm-key');
    expect(request?.body.model).toBe('tiny-model');
    const prompt = request?.body.messages?.at(-1)?.content ?? '';
    expect(prompt).toContain(QUESTION);
    expect(prompt).toContain(ORIGINAL);
    expect(prompt).toContain('第6条 严格入企检查实施程序：');
  });

  it('shows the rephrased sentence on the chat card too', async () => {
    llm.behave({ content: '检查结束后，应及时向企业反馈检查结果。' });
    const reply = await askInChat(bot, 'ou_demo_air_officer', QUESTION, { messageId: 'om_llm_chat' });
    expect(JSON.stringify(reply.content)).toContain('**检查结束后，应及时向企业反馈检查结果。**');
  });

  const fallbacks: [string, LlmBehaviour][] = [
    ['an empty sentence', { content: '   ' }],
    ['a sentence over 120 characters', { content: `检查结束后${'应及时'.repeat(40)}反馈。` }],
    ['a clause the answer does not cite', { content: '依照第9条，检查结束后及时向企业反馈检查结果。' }],
    ['more than one line', { content: '检查结束后，\n及时向企业反馈检查结果。' }],
    ['an HTTP error', { status: 500 }],
    ['a body that is not JSON', { raw: 'not json' }],
    ['a reply without choices', { raw: '{"choices":[]}' }],
    ['no answer within 2 seconds', { hang: true }],
  ];
  for (const [what, behaviour] of fallbacks) {
    it(`keeps the original sentence on ${what}`, async () => {
      const before = llm.requests.length;
      const json = await askWith(behaviour);
      expect(llm.requests.length).toBe(before + 1);
      expect(json.answer).toBe(ORIGINAL);
      expect(json.citations).toEqual(CITATIONS);
    });
  }

  it('never sends a refusal to the model', async () => {
    const before = llm.requests.length;
    const json = await askWith({ content: '可以。' }, '加班费怎么算？');
    expect(json.outOfScope).toBe(true);
    expect(json.answer).toBe('实施方案未涉及这一问题。如需进一步了解，请咨询法规与标准科。');
    expect(llm.requests.length).toBe(before);
  });

  it('keeps the key out of the logs', () => {
    expect(bot.logs.join('\n')).not.toContain('test-llm-key');
  });
});
