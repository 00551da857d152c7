import pino from 'pino';
import { createInterface } from 'node:readline';
import {
  answerJson,
  askPolicy,
  checkQuestion,
  MAX_QUESTION_CHARS,
  plainText,
  type PolicyDeps,
} from '../../features/policy/index.js';
import { createLogger, scrubError } from '../../log.js';
import { loadStartupData } from '../../seed.js';
import type { CliContext, CliCommand } from '../cli-context.js';

const USAGE = '用法：npm run -s cli -- ask "问题"  或  npm run -s cli -- ask --jsonl < 问题.jsonl';

type LineId = string | number | null;

/** One input line, `{"id":"…","q":"…"}`, as the answer line or the reason it has none. */
async function answerLine(deps: PolicyDeps, line: string): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: '该行不是有效的 JSON。' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { id: null, error: '该行须为 JSON 对象，如 {"id":"1","q":"…"}。' };
  }
  const item = parsed as Record<string, unknown>;
  const id: LineId = typeof item.id === 'string' || typeof item.id === 'number' ? item.id : null;
  const checked = checkQuestion(item.q, 'q');
  if (!checked.ok) return { id, error: checked.error };
  try {
    return { id, ...answerJson((await askPolicy(deps, checked.question)).answer) };
  } catch (err) {
    deps.log.error({ err: scrubError(err), id }, 'answering failed');
    return { id, error: '答复失败，请稍后重试。' };
  }
}

/** Stdout carries the answer lines and nothing else, so other programs can read it. */
async function answerLines(deps: PolicyDeps, ctx: CliContext): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    ctx.out(JSON.stringify(await answerLine(deps, line)));
  }
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  return 0;
}

/** `ask "…"` answers one question for people; `ask --jsonl` answers a stream for programs. */
export const askCommand: CliCommand = async (args, ctx) => {
  const jsonl = args.length === 1 && args[0] === '--jsonl';
  const question = args.join(' ').trim();
  if (!jsonl && question === '') {
    ctx.err(USAGE);
    return 2;
  }
  if (!jsonl && [...question].length > MAX_QUESTION_CHARS) {
    ctx.err(`问题不能超过${MAX_QUESTION_CHARS}字。`);
    return 2;
  }
  // Logs go to stderr: stdout is the answer.
  const log = createLogger(ctx.config.logLevel, pino.destination({ dest: 2, sync: true }));
  await loadStartupData(ctx.store, ctx.config, log);
  const deps: PolicyDeps = { config: ctx.config, store: ctx.store, log, now: () => new Date() };
  if (jsonl) return answerLines(deps, ctx);
  ctx.out(plainText((await askPolicy(deps, question)).answer));
  return 0;
};
