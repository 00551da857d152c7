import type * as lark from '@larksuiteoapi/node-sdk';
import { SendError, type Messenger } from '../outbox/messenger.js';

interface LarkAnswer {
  code?: number;
  msg?: string;
  data?: { message_id?: string };
}

const RATE_LIMITED = 99991400;

/** Turns the SDK's two failure shapes (thrown AxiosError, or HTTP 200 with a non-zero code) into one. */
export async function call(op: string, run: () => Promise<LarkAnswer>): Promise<LarkAnswer> {
  let answer: LarkAnswer;
  try {
    answer = await run();
  } catch (err) {
    const e = err as { response?: { status?: number; headers?: Record<string, string>; data?: LarkAnswer } };
    const status = e.response?.status;
    const code = e.response?.data?.code;
    if (status === 429 || code === RATE_LIMITED) {
      const reset = Number(e.response?.headers?.['x-ogw-ratelimit-reset'] ?? 1);
      throw new SendError(`${op}: 飞书限流`, true, Math.max(0, reset) * 1000 + 100);
    }
    if (status !== undefined && status >= 400 && status < 500 && status !== 408)
      throw new SendError(`${op}: HTTP ${status} code ${code ?? '-'}`, false);
    throw new SendError(`${op}: ${status ? `HTTP ${status}` : '网络错误'}`, true);
  }
  if (answer.code !== undefined && answer.code !== 0) {
    if (answer.code === RATE_LIMITED) throw new SendError(`${op}: 飞书限流`, true, 1100);
    throw new SendError(`${op}: code ${answer.code} ${answer.msg ?? ''}`.trim(), true);
  }
  return answer;
}

export class LarkMessenger implements Messenger {
  constructor(private readonly client: lark.Client) {}

  async send(openId: string, msgType: string, content: string, uuid: string) {
    const r = await call(
      'im.message.create',
      () =>
        this.client.im.message.create({
          params: { receive_id_type: 'open_id' },
          data: { receive_id: openId, msg_type: msgType, content, uuid },
        }) as Promise<LarkAnswer>,
    );
    return { messageId: r.data?.message_id ?? '' };
  }

  async reply(messageId: string, _recipient: string, msgType: string, content: string, uuid: string) {
    const r = await call(
      'im.message.reply',
      () =>
        this.client.im.message.reply({
          path: { message_id: messageId },
          data: { msg_type: msgType, content, uuid },
        }) as Promise<LarkAnswer>,
    );
    return { messageId: r.data?.message_id ?? '' };
  }

  async patch(messageId: string, content: string) {
    await call(
      'im.message.patch',
      () =>
        this.client.im.message.patch({
          path: { message_id: messageId },
          data: { content },
        }) as Promise<LarkAnswer>,
    );
  }

  async urgent(messageId: string, openIds: string[]) {
    await call(
      'im.message.urgentApp',
      () =>
        this.client.im.message.urgentApp({
          path: { message_id: messageId },
          params: { user_id_type: 'open_id' },
          data: { user_id_list: openIds },
        }) as Promise<LarkAnswer>,
    );
  }
}
