import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** The audit chain as one copy holds it: how many rows, and the newest row's id and hash. */
export interface AuditHead {
  rows: number;
  headId: number;
  head: string;
}

const manifestSchema = z.object({
  format: z.literal('zhifa-backup/1'),
  takenAt: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  audit: z.object({ rows: z.number().int(), headId: z.number().int(), head: z.string() }),
});

/** Written beside every backup: what the copy held when it was verified, so a restore can prove it. */
export type Manifest = z.infer<typeof manifestSchema>;

export function manifestPath(file: string): string {
  return `${file}.json`;
}

export async function readManifest(file: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await readFile(manifestPath(file), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed, so a manifest is never half there. */
export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  const path = manifestPath(file);
  await writeFile(`${path}.partial`, `${JSON.stringify(manifest, null, 2)}\n`);
  await syncFile(`${path}.partial`);
  await rename(`${path}.partial`, path);
}

/** In 1 MiB reads, so hashing a large file never holds the event loop for long. */
export function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** After a rename, so that the new name itself survives a power cut. */
export async function syncDir(file: string): Promise<void> {
  await syncFile(dirname(file));
}
