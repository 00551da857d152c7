import { PassThrough, Readable } from 'node:stream';
import type { Database } from '../../../store/db.js';
import type { LedgerRange } from './ledger-range.js';

/** Where exceljs is not bundled (Workers), the ledger cannot be made; the caller says so in words. */
export class LedgerUnavailable extends Error {
  constructor() {
    super('此部署（Cloudflare Workers）不能生成台账文件，请在 Node 部署中或用命令行导出。');
  }
}

/** exceljs is loaded only when a ledger is asked for. */
async function writer() {
  const mod = await import('./write-ledger.js');
  if (!mod.spreadsheetsAvailable) throw new LedgerUnavailable();
  return mod.writeLedger;
}

/** The ledger as a stream of .xlsx bytes, for an HTTP answer; rows are read as the bytes are taken. */
export async function ledgerStream(
  db: Database,
  range: LedgerRange,
  bureau: string,
): Promise<ReadableStream> {
  const write = await writer();
  const out = new PassThrough();
  write(db, range, bureau, out).catch((err: unknown) => out.destroy(err as Error));
  return Readable.toWeb(out) as ReadableStream;
}

/** The ledger in memory, for an upload; stops reading once it is past `limit` bytes. */
export async function ledgerBytes(
  db: Database,
  range: LedgerRange,
  bureau: string,
  limit: number,
): Promise<{ bytes: Uint8Array; counts: Record<string, number> } | { tooLarge: true }> {
  const write = await writer();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  let size = 0;
  out.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) out.destroy(new Error('too large'));
    else chunks.push(chunk);
  });
  try {
    const counts = await write(db, range, bureau, out);
    if (size > limit) return { tooLarge: true };
    return { bytes: Buffer.concat(chunks), counts };
  } catch (e) {
    if (size > limit) return { tooLarge: true };
    throw e;
  }
}

/** Writes the ledger to a file (the CLI); the file appears whole or not at all. */
export async function ledgerToFile(
  db: Database,
  range: LedgerRange,
  bureau: string,
  file: string,
): Promise<Record<string, number>> {
  const { createWriteStream } = await import('node:fs');
  const { rename, rm } = await import('node:fs/promises');
  const { finished } = await import('node:stream/promises');
  const write = await writer();
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  try {
    const counts = await write(db, range, bureau, out);
    await finished(out);
    await rename(partial, file);
    return counts;
  } catch (e) {
    out.destroy();
    await rm(partial, { force: true });
    throw e;
  }
}
