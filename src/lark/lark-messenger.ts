import type * as lark from '@larksuiteoapi/node-sdk';
import type { Messenger } from '../outbox/messenger.js';
import { callLark } from './lark-call.js';

interface LarkAnswer {
  code?: number;
  msg?: string;
  data?: { message_id?: string };
}

export class LarkMessenger implements Messenger {
  constructor(private readonly client: lark.Client) {}

  private call(op: string, run: () => Promise<LarkAnswer>): Promise<LarkAnswer> {
    return callLark(this.client, op, run);
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
