import { eq } from 'drizzle-orm';
import { enterprises } from '../../db/schema/index.js';
import type { PositiveListRecord } from '../domain/sheets/index.js';
import { appendAudit } from '../store/audit-repo.js';
import type { Store, Tx } from '../store/db.js';

/** Puts one enterprise on the list with its validity (open ends allowed), or takes it off. */
export async function setListed(
  tx: Tx,
  uscc: string,
  listed: { from?: string; to?: string } | undefined,
): Promise<void> {
  await tx
    .update(enterprises)
    .set({
      positiveList: listed !== undefined,
      positiveListFrom: listed?.from ?? null,
      positiveListTo: listed?.to ?? null,
    })
    .where(eq(enterprises.uscc, uscc));
}

/**
 * The whole 监督执法正面清单 from one file: the enterprises it names are on the list with their
 * validity, every other one is off. The basis of each entry stays in the audit record.
 */
export async function replacePositiveList(
  store: Store,
  list: readonly PositiveListRecord[],
  actor: string,
): Promise<void> {
  await store.write((tx) => writePositiveList(tx, list, actor));
}

/** The positive list replaced inside the caller's transaction, with its audit row. */
export async function writePositiveList(
  tx: Tx,
  list: readonly PositiveListRecord[],
  actor: string,
): Promise<void> {
  await tx.update(enterprises).set({ positiveList: false, positiveListFrom: null, positiveListTo: null });
  for (const entry of list) await setListed(tx, entry.uscc, entry);
  await appendAudit(tx, {
    actor,
    action: 'positive-list.imported',
    entity: 'positive-list',
    entityId: 'registry',
    detail: {
      count: list.length,
      entries: list.map((e) => ({ uscc: e.uscc, from: e.from, to: e.to, basis: e.basis })),
    },
  });
}
