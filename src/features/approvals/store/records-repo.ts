import { desc, sql } from 'drizzle-orm';
import { disclosures, inspections, specialFilings } from '../../../../db/schema/index.js';
import type { PastInspection, InspectionType, VisitStatus } from '../../../domain/rules/index.js';
import type { Database, Reader, Tx } from '../../../store/db.js';
import { recountVisits } from '../../../store/visit-counts.js';

export type InspectionRow = typeof inspections.$inferInsert;
export type FilingRow = typeof specialFilings.$inferInsert;
export type DisclosureRow = typeof disclosures.$inferInsert;

/** Records visits and counts them in the same transaction (src/store/visit-counts.ts). */
export async function insertInspections(tx: Tx, rows: InspectionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(inspections).values(rows);
  await recountVisits(tx, rows);
}

/**
 * The year's visits to the enterprises that the 第3条 cap counts: done, or approved and still
 * planned; a cancelled one is left out. A recorded result gives the visit's real day.
 */
export async function pastInspections(
  db: Reader,
  usccs: string[],
  years: number[],
): Promise<PastInspection[]> {
  // '' is the stored code of an enterprise named without one: no enterprise to count.
  usccs = usccs.filter(Boolean);
  if (usccs.length === 0 || years.length === 0) return [];
  // Every rules check runs this; as SQL it costs half what the query builder does (bench/rules-scale.ts).
  const rows = await db.all<{
    uscc: string;
    date: string;
    unit: string;
    type: InspectionType;
    onSite: number;
    requestId: string;
    code: string | null;
    status: VisitStatus;
  }>(sql`SELECT ${inspections.uscc} AS uscc, COALESCE(${inspections.resultDate}, ${inspections.date}) AS date,
      ${inspections.unitId} AS unit, ${inspections.type} AS type, ${inspections.onSite} AS onSite,
      ${inspections.requestId} AS requestId, ${inspections.code} AS code, ${inspections.status} AS status
    FROM ${inspections}
    WHERE ${inspections.uscc} IN ${usccs} AND ${inspections.year} IN ${years}
      AND ${inspections.status} <> 'cancelled'`);
  return rows.map(({ code, ...row }) => ({ ...row, onSite: Boolean(row.onSite), ...(code ? { code } : {}) }));
}

export async function insertFiling(tx: Tx, filing: FilingRow, disclosure: DisclosureRow): Promise<void> {
  await tx.insert(specialFilings).values(filing);
  await tx.insert(disclosures).values(disclosure);
}

export interface Disclosure {
  requestId: string;
  name: string;
  basis: string;
  from: string;
  to: string;
  unitName: string;
  content: string;
  approvalDate: string;
  publishedAt: string;
}

/** Approved special inspections for the public page (第4条 向社会公开), newest approval first. */
export async function listDisclosures(db: Database): Promise<Disclosure[]> {
  const rows = await db
    .select()
    .from(disclosures)
    .orderBy(desc(disclosures.approvalDate), desc(disclosures.id));
  return rows.map(({ id: _id, ...row }) => row);
}

export type Filing = typeof specialFilings.$inferSelect;

/** 备案 records of approved special inspections, newest first. */
export async function listFilings(db: Database): Promise<Filing[]> {
  return db.select().from(specialFilings).orderBy(desc(specialFilings.approvedAt));
}
