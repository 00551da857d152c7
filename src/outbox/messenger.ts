/** Where outbound messages go: Lark through the SDK, or the local store in local mode. */
export interface Messenger {
  send(openId: string, msgType: string, content: string, uuid: string): Promise<{ messageId: string }>;
  reply(
    messageId: string,
    recipient: string,
    msgType: string,
    content: string,
    uuid: string,
    opts?: { inThread?: boolean },
  ): Promise<{ messageId: string }>;
  patch(messageId: string, content: string): Promise<void>;
  urgent(messageId: string, openIds: string[]): Promise<void>;
}

/** A failure the sender should retry after `retryAfterMs` (rate limit) or with backoff. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
