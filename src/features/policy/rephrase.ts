import type { Config } from '../../config.js';
import type { Citation, PolicyAnswer } from '../../domain/policy/index.js';
import { chineseNumber } from '../../domain/policy/numerals.js';
import { scrubError, type Logger } from '../../log.js';

export type LlmConfig = NonNullable<Config['llm']>;

const TIMEOUT_MS = 2000;
const MAX_CHARS = 120;
const CLAUSE_NUMBER = /第\s*(\d{1,2}|[一二三四五六七八九十]+)\s*条/g;

const INSTRUCTIONS = [
  '你为长治市生态环境局执法助手润色答复。',
  '只改写给出的答复句，使其简洁、正式、通顺；',
  '不得增加、删除或改变任何事实、条款、日期、单位、人名和结论；',
  `只输出改写后的一句话，不超过${MAX_CHARS}字，不加引号和说明。`,
].join('');

/** Every 第N条 the sentence names must be one the answer cites: the model may not invent a basis. */
function citesOnly(sentence: string, citations: readonly Citation[]): boolean {
  const cited = new Set<string>(citations.map((citation) => citation.clause));
  for (const match of sentence.normalize('NFKC').matchAll(CLAUSE_NUMBER)) {
    const number = match[1] ?? '';
    if (!cited.has(String(/\d/.test(number) ? Number(number) : chineseNumber(number)))) return false;
  }
  return true;
}

/** The model's sentence if it can stand in for the original; `undefined` keeps the original. */
export function acceptable(candidate: string, citations: readonly Citation[]): string | undefined {
  const sentence = candidate.trim();
  if (sentence === '' || /\n/.test(sentence) || [...sentence].length > MAX_CHARS) return undefined;
  return citesOnly(sentence, citations) ? sentence : undefined;
}

async function complete(llm: LlmConfig, question: string, answer: PolicyAnswer): Promise<string> {
  const quotes = answer.citations.map((citation) => `${citation.label}：${citation.quote}`).join('\n');
  const res = await fetch(`${llm.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(llm.apiKey ? { authorization: `Bearer ${llm.apiKey}` } : {}),
    },
    body: JSON.stringify({
      model: llm.model,
      temperature: 0,
      messages: [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: `问题：${question}\n答复：${answer.answer}\n方案原文：\n${quotes}` },
      ],
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`LLM answered HTTP ${res.status}`);
  const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
  const content = body.choices?.[0]?.message?.content;
  return typeof content === 'string' ? content : '';
}

/**
 * The optional model may only reword the direct sentence; quotes and citations stay as retrieved.
 * Any failure, delay or doubtful wording keeps the answerer's own sentence.
 */
export async function rephrase(
  llm: LlmConfig,
  question: string,
  answer: PolicyAnswer,
  log: Logger,
): Promise<PolicyAnswer> {
  try {
    const sentence = acceptable(await complete(llm, question, answer), answer.citations);
    if (sentence) return { ...answer, answer: sentence };
    log.info('LLM rephrasing rejected; the original sentence is kept');
  } catch (err) {
    log.warn({ err: scrubError(err) }, 'LLM rephrasing failed; the original sentence is kept');
  }
  return answer;
}
