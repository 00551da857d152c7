// The message resource API of the fake Lark: GET /open-apis/im/v1/messages/:message_id/resources/:file_key
// ?type=image|file (docs/lark-platform.md §5). Tests put the pictures and files of the messages they push
// here; the fake serves their bytes, or refuses as the platform does.

import type { Reply } from './fake-lark-content.js';

interface Stored {
  type: 'image' | 'file';
  bytes: Buffer;
  mimeType: string;
  fileName?: string;
}

/** The platform serves at most 100 MB per resource. */
const PLATFORM_LIMIT = 100 * 1024 * 1024;
const PATH = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/]+)$/;

const refuse = (status: number, code: number, msg: string): Reply => ({
  status,
  body: { code, msg },
});

export function fakeResources() {
  const stored = new Map<string, Stored>();
  /** Messages whose resources cannot be fetched at all (merged forwards, cards). */
  const unsupported = new Set<string>();
  const downloads: { messageId: string; key: string; type: string }[] = [];
  const id = (messageId: string, key: string) => `${messageId} ${key}`;

  return {
    downloads,
    /** Makes `key` a picture or file of the pushed message `messageId`. */
    add(messageId: string, key: string, item: Stored): void {
      stored.set(id(messageId, key), item);
    },
    markUnsupported(messageId: string): void {
      unsupported.add(messageId);
    },
    /**
     * The answer for a resource request (already authenticated), or undefined for any other path;
     * `limit` is asked once the request is otherwise acceptable.
     */
    serve(
      method: string,
      path: string,
      query: Record<string, string>,
      limit: () => Reply | undefined = () => undefined,
    ): Reply | undefined {
      const match = PATH.exec(path);
      if (method !== 'GET' || !match) return undefined;
      const [messageId, key] = [decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? '')];
      const type = query.type;
      if (type !== 'image' && type !== 'file') return refuse(400, 99992402, 'field validation failed');
      if (unsupported.has(messageId)) return refuse(400, 234043, 'Unsupported message type.');
      const item = stored.get(id(messageId, key));
      if (!item) return refuse(400, 234003, 'File not in msg.');
      if (item.type !== type) return refuse(400, 234001, 'Invalid request param.');
      if (item.bytes.byteLength > PLATFORM_LIMIT)
        return refuse(400, 234037, 'Downloaded file size exceeds limit.');
      const over = limit();
      if (over) return over;
      downloads.push({ messageId, key, type });
      const disposition: Record<string, string> = item.fileName
        ? { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(item.fileName)}` }
        : {};
      return {
        status: 200,
        body: undefined,
        raw: item.bytes,
        headers: {
          'content-type': item.mimeType,
          'content-length': String(item.bytes.byteLength),
          ...disposition,
        },
      };
    },
    reset(): void {
      stored.clear();
      unsupported.clear();
      downloads.length = 0;
    },
  };
}

export type FakeResources = ReturnType<typeof fakeResources>;
