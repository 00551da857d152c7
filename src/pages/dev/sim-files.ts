import type { MessageResource } from '../../app/message-content.js';
import type { Download, MessageResources } from '../../app/message-resources.js';

/** The simulator keeps at most this many files, dropping the oldest: it is a local tool, not storage. */
const KEPT = 50;

/**
 * The message resource API of a run with no Lark app: files the simulator sends are kept in memory by
 * message and key, and served with the same size limit as Lark's (lark-resources.ts).
 */
export class SimulatorFiles implements MessageResources {
  private readonly files = new Map<string, { bytes: Uint8Array; fileName: string }>();

  add(messageId: string, key: string, file: { bytes: Uint8Array; fileName: string }): void {
    this.files.set(`${messageId} ${key}`, file);
    for (const old of this.files.keys()) {
      if (this.files.size <= KEPT) break;
      this.files.delete(old);
    }
  }

  download(messageId: string, resource: MessageResource, maxBytes: number): Promise<Download> {
    const file = this.files.get(`${messageId} ${resource.key}`);
    if (!file) return Promise.resolve({ ok: false, reason: 'unavailable', detail: 'not kept' });
    if (file.bytes.byteLength > maxBytes)
      return Promise.resolve({ ok: false, reason: 'too-large', size: file.bytes.byteLength });
    return Promise.resolve({ ok: true, bytes: file.bytes, fileName: file.fileName });
  }
}
