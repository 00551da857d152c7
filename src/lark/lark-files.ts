import type * as lark from '@larksuiteoapi/node-sdk';
import type { FileUploader } from '../outbox/files.js';
import { call } from './lark-messenger.js';

/** `im.file.create`: a spreadsheet goes up as file_type `xls` (the type Lark gives Excel files). */
export class LarkFiles implements FileUploader {
  constructor(private readonly client: lark.Client) {}

  async upload(fileName: string, bytes: Uint8Array): Promise<string> {
    const r = (await call(
      'im.file.create',
      async () =>
        ((await this.client.im.file.create({
          data: { file_type: 'xls', file_name: fileName, file: Buffer.from(bytes) },
        })) ?? {}) as { code?: number; file_key?: string },
    )) as { file_key?: string; data?: { file_key?: string } };
    const key = r.file_key ?? r.data?.file_key;
    if (!key) throw new Error('im.file.create: 未返回 file_key');
    return key;
  }
}
