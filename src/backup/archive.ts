import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../store/db.js';
import { bureauToday } from '../time.js';
import { syncDir, syncFile } from './manifest.js';
import { auditHeadOf } from './verify-copy.js';

/** A year's records, table by table: each owner by its year, its parts through the owner's id. */
function recordQueries(year: number): [table: string, query: SQL][] {
  const owned = (table: string, key: string, owner: string) =>
    sql`SELECT * FROM ${sql.identifier(table)} WHERE ${sql.identifier(key)} IN
      (SELECT id FROM ${sql.identifier(owner)} WHERE year = ${year}) ORDER BY rowid`;
  return [
    ['approval_requests', sql`SELECT * FROM approval_requests WHERE year = ${year} ORDER BY rowid`],
    ['approval_steps', owned('approval_steps', 'request_id', 'approval_requests')],
    ['approval_decisions', owned('approval_decisions', 'request_id', 'approval_requests')],
    ['inspections', owned('inspections', 'request_id', 'approval_requests')],
    ['special_filings', owned('special_filings', 'request_id', 'approval_requests')],
    ['disclosures', owned('disclosures', 'request_id', 'approval_requests')],
    ['referrals', sql`SELECT * FROM referrals WHERE year = ${year} ORDER BY rowid`],
    ['referral_events', owned('referral_events', 'referral_id', 'referrals')],
    ['draws', sql`SELECT * FROM draws WHERE year = ${year} ORDER BY rowid`],
    ['draw_items', owned('draw_items', 'draw_id', 'draws')],
  ];
}

/** The audit rows of those records, in chain order, with the hashes that let anyone re-check each row. */
function auditQuery(year: number): SQL {
  const of = (entity: string, owner: string) =>
    sql`(entity = ${entity} AND entity_id IN (SELECT id FROM ${sql.identifier(owner)} WHERE year = ${year}))`;
  // A visit's steps are audited under its code (JC-2026-0001-1), which its plan's year owns.
  const visits = sql`(entity = 'inspection' AND entity_id IN (SELECT code FROM inspections
    WHERE request_id IN (SELECT id FROM approval_requests WHERE year = ${year})))`;
  return sql`SELECT * FROM audit_log WHERE ${of('approval', 'approval_requests')}
    OR ${of('referral', 'referrals')} OR ${of('draw', 'draws')} OR ${visits} ORDER BY id`;
}

/**
 * A draw's seed secret is published only after its inspection period (the day after `to_date`); an
 * archive made earlier leaves it out, so the file never reveals an outcome's key ahead of time.
 */
function withheld(table: string, row: Record<string, unknown>, today: string): Record<string, unknown> {
  if (table !== 'draws' || row.secret == null || today > String(row.to_date)) return row;
  return { ...row, secret: null };
}

export interface ArchiveSummary {
  counts: Record<string, number>;
  auditRows: number;
  sha256: string;
}

/**
 * Writes the year's records and their audit rows as JSON Lines: a header, one line per row (as
 * stored, column names and all), and a footer with the counts and the SHA-256 of every line before
 * it. Records are never pruned by the bot; this is the copy a records office keeps. The reads run
 * in one transaction, so the file is one consistent moment even while the bot serves.
 */
export async function exportYear(
  db: Database,
  year: number,
  bureau: string,
  out: string,
  /** The bureau's date the secrets are judged by; today unless told (tests). */
  today: string = bureauToday(),
): Promise<ArchiveSummary> {
  const partial = `${out}.partial`;
  const stream = createWriteStream(partial);
  const hash = createHash('sha256');
  const write = (line: unknown) => {
    const text = `${JSON.stringify(line)}\n`;
    hash.update(text);
    stream.write(text);
  };
  try {
    const summary = await db.transaction(
      async (tx) => {
        const chain = await auditHeadOf(tx);
        write({
          type: 'header',
          format: 'zhifa-archive/1',
          bureau,
          year,
          exportedAt: new Date().toISOString(),
          chain,
        });
        const counts: Record<string, number> = {};
        for (const [table, query] of recordQueries(year)) {
          const rows = await tx.all<Record<string, unknown>>(query);
          counts[table] = rows.length;
          for (const row of rows) write({ type: 'record', table, row: withheld(table, row, today) });
        }
        const audit = await tx.all<Record<string, unknown>>(auditQuery(year));
        for (const row of audit) write({ type: 'audit', row });
        return { counts, auditRows: audit.length };
      },
      { behavior: 'deferred' },
    );
    const sha256 = hash.digest('hex');
    stream.end(`${JSON.stringify({ type: 'footer', ...summary, sha256 })}\n`);
    await finished(stream);
    await syncFile(partial);
    await rename(partial, out);
    await syncDir(out);
    return { ...summary, sha256 };
  } catch (err) {
    stream.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}
