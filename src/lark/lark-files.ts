import type * as lark from '@larksuiteoapi/node-sdk';
import type { FileUploader } from '../outbox/files.js';
import { callLark } from './lark-call.js';

/**
 * `POST /open-apis/im/v1/files` (multipart: file_type, file_name, file); a spreadsheet goes up as
 * file_type `xls`. Not through the SDK's `im.file.create`: it hands axios a plain object to turn into
 * multipart, which axios does with the `form-data` package, and the fetch adapter the bot uses
 * (lark-client.ts) cannot send that (it posts "[object FormData]"). A standard FormData goes through
 * fetch, on Node and Workers alike; the SDK still supplies the tenant token.
 */
export class LarkFiles implements FileUploader {
  constructor(private readonly client: lark.Client) {}

  async upload(fileName: string, bytes: Uint8Array): Promise<string> {
    const r = (await callLark(this.client, 'im.file.create', async () => {
      const { headers } = await this.client.formatPayload({});
      const form = new FormData();
      form.append('file_type', 'xls');
      form.append('file_name', fileName);
      form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
      // Encoded here, boundary and all: axios would otherwise label the body form-urlencoded.
      const encoded = new Request('http://localhost/', { method: 'POST', body: form });
      return (await this.client.httpInstance.request({
        url: `${String(this.client.domain)}/open-apis/im/v1/files`,
        method: 'POST',
        headers: {
          Authorization: String(headers.Authorization ?? ''),
          'Content-Type': encoded.headers.get('content-type') ?? '',
        },
        data: new Uint8Array(await encoded.arrayBuffer()),
      })) as { code?: number; msg?: string };
    })) as { data?: { file_key?: string } };
    const key = r.data?.file_key;
    if (!key) throw new Error('im.file.create: 未返回 file_key');
    return key;
  }
}
