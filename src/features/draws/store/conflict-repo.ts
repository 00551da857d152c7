import { and, asc, eq, isNull } from 'drizzle-orm';
import { drawConflicts } from '../../../../db/schema/index.js';
import type { DeclaredConflict } from '../../../domain/draws/index.js';
import type { Reader, Tx } from '../../../store/db.js';

export type ConflictRow = typeof drawConflicts.$inferSelect;

export async function activeConflicts(db: Reader): Promise<ConflictRow[]> {
  return db
    .select()
    .from(drawConflicts)
    .where(isNull(drawConflicts.withdrawnAt))
    .orderBy(asc(drawConflicts.id));
}

export function asDeclared(rows: readonly ConflictRow[]): DeclaredConflict[] {
  return rows.map((row) => ({ personId: row.personId, uscc: row.uscc }));
}

export async function findActiveConflict(
  db: Reader,
  personId: string,
  uscc: string,
): Promise<ConflictRow | undefined> {
  const [row] = await db
    .select()
    .from(drawConflicts)
    .where(
      and(
        eq(drawConflicts.personId, personId),
        eq(drawConflicts.uscc, uscc),
        isNull(drawConflicts.withdrawnAt),
      ),
    );
  return row;
}

export async function insertConflict(tx: Tx, row: typeof drawConflicts.$inferInsert): Promise<number> {
  const [inserted] = await tx.insert(drawConflicts).values(row).returning({ id: drawConflicts.id });
  if (!inserted) throw new Error('conflict insert returned no row');
  return inserted.id;
}

/** False when there is no such active declaration. */
export async function withdrawConflict(tx: Tx, id: number, at: string): Promise<ConflictRow | undefined> {
  const [row] = await tx
    .update(drawConflicts)
    .set({ withdrawnAt: at })
    .where(and(eq(drawConflicts.id, id), isNull(drawConflicts.withdrawnAt)))
    .returning();
  return row;
}
