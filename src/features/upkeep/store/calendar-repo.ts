import { eq } from 'drizzle-orm';
import { quietCalendar, quietCalendarEvents } from '../../../../db/schema/index.js';
import type { Tx } from '../../../store/db.js';
import type { Reader } from '../../../store/store.js';

const SHARED = 'shared';

export type EventRow = typeof quietCalendarEvents.$inferSelect;

export interface CalendarState {
  calendarId?: string;
  syncedAt?: string;
  periodsDigest?: string;
}

export async function calendarState(db: Reader): Promise<CalendarState> {
  const [row] = await db.select().from(quietCalendar).where(eq(quietCalendar.key, SHARED));
  return {
    ...(row?.calendarId ? { calendarId: row.calendarId } : {}),
    ...(row?.syncedAt ? { syncedAt: row.syncedAt } : {}),
    ...(row?.periodsDigest ? { periodsDigest: row.periodsDigest } : {}),
  };
}

/** A new calendar replaces the old one: the events kept for the old one are gone with it. */
export async function setCalendar(tx: Tx, calendarId: string): Promise<void> {
  await tx
    .insert(quietCalendar)
    .values({ key: SHARED, calendarId })
    .onConflictDoUpdate({ target: quietCalendar.key, set: { calendarId } });
  await tx.delete(quietCalendarEvents);
}

export async function markSynced(tx: Tx, at: string, periodsDigest: string): Promise<void> {
  await tx
    .insert(quietCalendar)
    .values({ key: SHARED, syncedAt: at, periodsDigest })
    .onConflictDoUpdate({ target: quietCalendar.key, set: { syncedAt: at, periodsDigest } });
}

export async function eventRows(db: Reader): Promise<EventRow[]> {
  return db.select().from(quietCalendarEvents);
}

export async function saveEventRow(tx: Tx, row: EventRow): Promise<void> {
  await tx
    .insert(quietCalendarEvents)
    .values(row)
    .onConflictDoUpdate({ target: quietCalendarEvents.key, set: { eventId: row.eventId, to: row.to } });
}

export async function deleteEventRow(tx: Tx, key: string): Promise<void> {
  await tx.delete(quietCalendarEvents).where(eq(quietCalendarEvents.key, key));
}
