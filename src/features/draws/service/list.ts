import { asc, eq } from 'drizzle-orm';
import { draws } from '../../../../db/schema/index.js';
import type { DrawResult, SeedScheme } from '../../../domain/draws/index.js';
import type { Reader } from '../../../store/db.js';

/** One draw as a unit's list and the statistics show it: every draw, repeats with their reason. */
export interface DrawListRow {
  id: string;
  unitId: string;
  unitName: string;
  from: string;
  to: string;
  drawnAt: string;
  seedScheme: SeedScheme;
  testDraw: boolean;
  drawn: number;
  /** Earlier draws of the unit this one repeats, with the approved reason. */
  repeatOf: string[] | null;
  repeatReason: string | null;
}

/** Every draw on record, of one unit or all, oldest first. */
export async function listDraws(db: Reader, unitId?: string): Promise<DrawListRow[]> {
  const rows = await db
    .select()
    .from(draws)
    .where(unitId ? eq(draws.unitId, unitId) : undefined)
    .orderBy(asc(draws.createdAt), asc(draws.id));
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    from: row.from,
    to: row.to,
    drawnAt: row.createdAt,
    seedScheme: row.seedScheme,
    testDraw: row.seedScheme === 'test',
    drawn: (row.result as DrawResult).assignments.length,
    repeatOf: row.repeatOf,
    repeatReason: row.repeatReason,
  }));
}
