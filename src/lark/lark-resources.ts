import type * as lark from '@larksuiteoapi/node-sdk';
import type { MessageResource } from '../app/message-content.js';
import type { Download, MessageResources } from '../app/message-resources.js';

/** `attachment; filename="a.pdf"` or RFC 5987 `filename*=UTF-8''…`. */
function fileNameOf(disposition: unknown): string | undefined {
  if (typeof disposition !== 'string') return undefined;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      return undefined;
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** Downloads through `im.messageResource.get`, stopping as soon as the limit is passed. */
export class LarkResources implements MessageResources {
  constructor(private readonly client: lark.Client) {}

  async download(messageId: string, resource: MessageResource, maxBytes: number): Promise<Download> {
    let answer: Awaited<ReturnType<lark.Client['im']['messageResource']['get']>>;
    try {
      answer = await this.client.im.messageResource.get({
        path: { message_id: messageId, file_key: resource.key },
        params: { type: resource.kind },
      });
    } catch (err) {
      const status = (err as { response?: { status?: number } }).response?.status;
      // 4xx other than a rate limit are about this message or key (recalled, 234043 merged forward…).
      if (status !== undefined && status >= 400 && status < 500 && status !== 429 && status !== 408)
        return { ok: false, reason: 'unavailable', detail: `HTTP ${status}` };
      throw err;
    }
    const headers = (answer.headers ?? {}) as Record<string, unknown>;
    const declared = Number(headers['content-length']);
    const stream = answer.getReadableStream();
    if (Number.isFinite(declared) && declared > maxBytes) {
      stream.destroy();
      return { ok: false, reason: 'too-large', size: declared };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        stream.destroy();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(chunk);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    const mimeType = typeof headers['content-type'] === 'string' ? headers['content-type'] : undefined;
    const fileName = fileNameOf(headers['content-disposition']);
    return { ok: true, bytes, ...(mimeType ? { mimeType } : {}), ...(fileName ? { fileName } : {}) };
  }
}
