// The fake Lark's file upload (`POST /open-apis/im/v1/files`), apart from fake-lark.ts: a multipart
// body, which the JSON reader there would garble. It refuses what the platform refuses: an unknown
// file_type, no file name, an empty file, one over 30 MB; and, through fake-lark.ts's own checks, no,
// a wrong or an expired tenant token, an injected failure, a call over the rate limits.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './fake-lark-content.js';

const FILE_TYPES = new Set(['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream']);
const LIMIT = 30 * 1024 * 1024;

export interface UploadedFile {
  fileKey: string;
  fileType: string;
  fileName: string;
  bytes: Buffer;
}

/** fake-lark.ts's checks: `gate` (token, injected failures) first, `limit` once the upload is valid. */
export interface UploadChecks {
  gate(req: IncomingMessage): Reply | undefined;
  limit(): Reply | undefined;
}

export function fakeLarkFiles(checks: UploadChecks) {
  const files = new Map<string, UploadedFile>();

  function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }
  const refuse = (res: ServerResponse, r: Reply) => answer(res, r.status, r.body, r.headers);

  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size <= LIMIT + 1024 * 1024) chunks.push(chunk as Buffer);
    }
    const refused = checks.gate(req);
    if (refused) return refuse(res, refused);
    let form: FormData;
    try {
      form = await new Response(Buffer.concat(chunks), {
        headers: { 'content-type': req.headers['content-type'] ?? '' },
      }).formData();
    } catch {
      return answer(res, 400, { code: 99992402, msg: 'field validation failed' });
    }
    const fileType = form.get('file_type');
    const fileName = form.get('file_name');
    const file = form.get('file');
    if (
      typeof fileType !== 'string' ||
      !FILE_TYPES.has(fileType) ||
      typeof fileName !== 'string' ||
      !fileName
    )
      return answer(res, 400, { code: 99992402, msg: 'field validation failed' });
    if (!(file instanceof Blob) || file.size === 0)
      return answer(res, 400, { code: 234006, msg: 'The file is empty.' });
    if (file.size > LIMIT) return answer(res, 400, { code: 234006, msg: 'The file size exceeds the limit.' });
    const over = checks.limit();
    if (over) return refuse(res, over);
    const fileKey = `file_v3_${randomBytes(12).toString('hex')}`;
    files.set(fileKey, { fileKey, fileType, fileName, bytes: Buffer.from(await file.arrayBuffer()) });
    answer(res, 200, { code: 0, msg: 'success', data: { file_key: fileKey } });
  }

  return {
    files,
    /** True when the request was the upload and has been answered. */
    handles(req: IncomingMessage, res: ServerResponse): boolean {
      if (req.method !== 'POST' || !req.url?.startsWith('/open-apis/im/v1/files')) return false;
      void upload(req, res);
      return true;
    },
    /** A `file` message must carry a key this app uploaded. */
    knows(msgType: string, content: string): boolean {
      if (msgType !== 'file') return true;
      const key = (JSON.parse(content) as { file_key?: unknown }).file_key;
      return typeof key === 'string' && files.has(key);
    },
  };
}
