import type { MessageResource } from './message-content.js';

export type Download =
  | { ok: true; bytes: Uint8Array; mimeType?: string; fileName?: string }
  /** Larger than the configured limit: not kept. `size` when the platform said it. */
  | { ok: false; reason: 'too-large'; size?: number }
  /** Refused for good (recalled, merged forward, no permission): retrying cannot help. */
  | { ok: false; reason: 'unavailable'; detail: string };

/** Pictures and files of received messages (docs/lark-platform.md §5); absent in local mode. */
export interface MessageResources {
  /** Throws on a temporary failure (network, rate limit), so the queue worker retries. */
  download(messageId: string, resource: MessageResource, maxBytes: number): Promise<Download>;
}
