import type * as lark from '@larksuiteoapi/node-sdk';
import { forgetTenantToken } from './lark-client.js';
import { classify, TOKEN_CODES, type LarkFailure } from './lark-errors.js';

export interface LarkAnswer {
  code?: number;
  msg?: string;
  data?: unknown;
}

/** The SDK's two failure shapes (thrown AxiosError, or HTTP 200 with a non-zero code) as one. */
async function attempt<A extends LarkAnswer>(run: () => Promise<A>): Promise<A | LarkFailure> {
  try {
    const answer = await run();
    if (answer.code === undefined || answer.code === 0) return answer;
    return { status: 200, code: answer.code, msg: answer.msg };
  } catch (err) {
    const e = err as { response?: { status?: number; headers?: Record<string, string>; data?: LarkAnswer } };
    const data = e.response?.data;
    return {
      status: e.response?.status,
      code: data?.code,
      msg: data?.msg,
      resetHeader: e.response?.headers?.['x-ogw-ratelimit-reset'],
    };
  }
}

const failed = (r: LarkAnswer | LarkFailure): r is LarkFailure => 'status' in r;

/**
 * One OpenAPI call: a token the platform no longer takes is dropped and the call made once more with
 * a fresh one; any other failure is thrown as a classified SendError.
 */
export async function callLark<A extends LarkAnswer>(
  client: lark.Client,
  op: string,
  run: () => Promise<A>,
): Promise<A> {
  let result = await attempt(run);
  if (failed(result) && result.code !== undefined && TOKEN_CODES.has(result.code)) {
    forgetTenantToken(client);
    result = await attempt(run);
  }
  if (failed(result)) {
    const error = classify(op, result);
    error.larkCode = result.code;
    throw error;
  }
  return result;
}
