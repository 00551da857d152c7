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

/** The platform will not deliver to this person (left, stopped the bot, outside the app's range). */
export interface Refusal {
  code: number;
  /** Chinese, for the administrator and `cli outbox list`. */
  reason: string;
  /** Chinese: what the administrator can do about it. */
  advice: string;
}

/**
 * A failure the sender should retry after `retryAfterMs` (rate limit) or with backoff; when not
 * retryable, `refusal` says it is the person who cannot be reached, not the message.
 */
export class SendError extends Error {
  /** The platform's code, for callers that tell one refusal from another (a calendar gone, say). */
  larkCode?: number;

  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    readonly refusal?: Refusal,
  ) {
    super(message);
  }
}

/**
 * Lark will not update this card any more: it is older than 14 days (230031) or was recalled (230011).
 * Expected, not a fault: the row is settled without a retry, and the next fresh card carries the state.
 */
export class CardGoneError extends SendError {
  constructor(message: string) {
    super(message, false);
  }
}
