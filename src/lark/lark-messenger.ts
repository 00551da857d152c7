import type * as lark from '@larksuiteoapi/node-sdk';
import type { Messenger } from '../outbox/messenger.js';
import { forgetTenantToken } from './lark-client.js';
import { classify, TOKEN_CODES, type LarkFailure } from './lark-errors.js';

interface LarkAnswer {
  code?: number;
  msg?: string;
  data?: { message_id?: string };
}

/** The SDK's two failure shapes (thrown AxiosError, or HTTP 200 with a non-zero code) as one. */
async function attempt(run: () => Promise<LarkAnswer>): Promise<LarkAnswer | LarkFailure> {
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

export class LarkMessenger implements Messenger {
  constructor(private readonly client: lark.Client) {}

  /** A token the platform no longer takes is dropped and the call made once more with a fresh one. */
  private async call(op: string, run: () => Promise<LarkAnswer>): Promise<LarkAnswer> {
    let result = await attempt(run);
    if (failed(result) && result.code !== undefined && TOKEN_CODES.has(result.code)) {
      forgetTenantToken(this.client);
      result = await attempt(run);
    }
    if (failed(result)) throw classify(op, result);
    return result;
  }

  async send(openId: string, msgType: string, content: string, uuid: string) {
    const r = await this.call(
      'im.message.create',
      () =>
        this.client.im.message.create({
          params: { receive_id_type: 'open_id' },
          data: { receive_id: openId, msg_type: msgType, content, uuid },
        }) as Promise<LarkAnswer>,
    );
    return { messageId: r.data?.message_id ?? '' };
  }

  async reply(
    messageId: string,
    _recipient: string,
    msgType: string,
    content: string,
    uuid: string,
    opts: { inThread?: boolean } = {},
  ) {
    const r = await this.call(
      'im.message.reply',
      () =>
        this.client.im.message.reply({
          path: { message_id: messageId },
          data: { msg_type: msgType, content, uuid, ...(opts.inThread ? { reply_in_thread: true } : {}) },
        }) as Promise<LarkAnswer>,
    );
    return { messageId: r.data?.message_id ?? '' };
  }

  async patch(messageId: string, content: string) {
    await this.call(
      'im.message.patch',
      () =>
        this.client.im.message.patch({
          path: { message_id: messageId },
          data: { content },
        }) as Promise<LarkAnswer>,
    );
  }

  async urgent(messageId: string, openIds: string[]) {
    await this.call(
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
