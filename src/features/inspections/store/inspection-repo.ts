import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { inspections, trackedCards } from '../../../../db/schema/index.js';
import {
  inspectionRecordOf,
  MAX_REMINDERS,
  type InspectionRecord,
  type InspectionStatus,
} from '../../../domain/inspections/index.js';
import type { Reader, Tx } from '../../../store/db.js';
import { bureauToday } from '../../../time.js';
import { movesCounts, recountVisits, visitKeyOf } from '../../../store/visit-counts.js';

/** The tracked-card kind of visit cards (src/store/tracked-cards.ts); a card's subject is the visit's code. */
export const INSPECTION_CARD_KIND = 'inspection';

type Row = typeof inspections.$inferSelect;
export type InspectionPatch = Partial<Omit<Row, 'id' | 'requestId' | 'code'>>;

const dayOf = (at: string) => bureauToday(new Date(at));

/** An inspection with the plan it belongs to. */
export interface StoredInspection {
  record: InspectionRecord;
  type: string;
  referralId: string | null;
}

function stored(row: Row): StoredInspection {
  return { record: inspectionRecordOf(row, dayOf), type: row.type, referralId: row.referralId };
}

export async function loadInspection(db: Reader, code: string): Promise<StoredInspection | undefined> {
  const [row] = await db.select().from(inspections).where(eq(inspections.code, code)).limit(1);
  return row && stored(row);
}

/**
 * Applies `patch` if the inspection is still in `from`: of two clicks or calls at once only the first
 * lands, and the second is told what the first did. A landed patch (a result's day, a cancellation)
 * is counted again where the visit was and where it is now, in the same transaction.
 */
export async function updateInspectionIf(
  tx: Tx,
  code: string,
  from: InspectionStatus,
  patch: InspectionPatch,
): Promise<boolean> {
  const moves = movesCounts(patch);
  const before = moves ? await visitKeyOf(tx, code) : undefined;
  const r = await tx
    .update(inspections)
    .set(patch)
    .where(and(eq(inspections.code, code), eq(inspections.status, from)));
  if (r.rowsAffected !== 1) return false;
  if (!moves) return true;
  const after = await visitKeyOf(tx, code);
  await recountVisits(
    tx,
    [before, after].filter((k) => k !== undefined),
  );
  return true;
}

/** Records the referral once: true only for the call that set it. */
export async function setReferral(tx: Tx, code: string, referralId: string): Promise<boolean> {
  const r = await tx
    .update(inspections)
    .set({ referralId })
    .where(and(eq(inspections.code, code), sql`${inspections.referralId} IS NULL`));
  return r.rowsAffected === 1;
}

/** Planned visits whose last day is before `today` and whose inspectors have no card yet. */
export async function awaitingCards(db: Reader, today: string): Promise<string[]> {
  const rows = await db
    .select({ code: inspections.code })
    .from(inspections)
    .where(
      and(
        eq(inspections.status, 'planned'),
        lt(inspections.lastDate, today),
        sql`${inspections.code} IS NOT NULL`,
        sql`NOT EXISTS (SELECT 1 FROM ${trackedCards} WHERE ${trackedCards.kind} = ${INSPECTION_CARD_KIND}
          AND ${trackedCards.subject} = ${inspections.code})`,
      ),
    )
    .orderBy(asc(inspections.id));
  return rows.flatMap((r) => (r.code ? [r.code] : []));
}

/**
 * Open visits (no result, or no feedback yet) whose last day has passed and that have not had both
 * reminders yet: the reminders' candidates. The partial index `inspections_open` holds them.
 */
export async function openInspections(db: Reader, today: string): Promise<InspectionRecord[]> {
  const rows = await db
    .select()
    .from(inspections)
    .where(
      and(
        inArray(inspections.status, ['planned', 'done']),
        lt(inspections.lastDate, today),
        lt(inspections.reminders, MAX_REMINDERS),
        sql`${inspections.code} IS NOT NULL`,
      ),
    )
    .orderBy(asc(inspections.id));
  return rows.map((row) => inspectionRecordOf(row, dayOf));
}

/** Counts a reminder if nobody counted it first (the status and count are as read). */
export async function bumpReminder(
  tx: Tx,
  rec: Pick<InspectionRecord, 'code' | 'status' | 'reminders'>,
  at: string,
): Promise<boolean> {
  const r = await tx
    .update(inspections)
    .set({ reminders: rec.reminders + 1, lastRemindedAt: at })
    .where(
      and(
        eq(inspections.code, rec.code),
        eq(inspections.status, rec.status),
        eq(inspections.reminders, rec.reminders),
      ),
    );
  return r.rowsAffected === 1;
}
