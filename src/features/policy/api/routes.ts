import { Hono } from 'hono';
import type { Services } from '../../../app/services.js';
import { readBody } from '../../../api/parse-body.js';
import { answerJson } from '../answer-json.js';
import { askPolicy } from '../ask.js';
import { checkQuestion } from '../question.js';

/** `POST /api/v1/ask`: the chat answer for other systems, without the card. */
export function policyApi(services: Services): Hono {
  const api = new Hono();
  api.post('/ask', async (c) => {
    const body = await readBody(c);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return c.json({ error: '请求体须为 JSON 对象，如 {"question":"…"}。', field: 'question' }, 400);
    }
    const checked = checkQuestion((body as Record<string, unknown>).question, 'question');
    if (!checked.ok) return c.json({ error: checked.error, field: 'question' }, 400);
    const asked = await askPolicy(services, checked.question);
    return c.json(answerJson(asked.answer));
  });
  return api;
}
