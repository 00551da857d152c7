import { createHash } from 'node:crypto';
import type { Services } from '../../../app/services.js';
import { loadQuietPeriods } from '../../../directory/directory-repo.js';
import type { QuietPeriod } from '../../../domain/org.js';
import { QUIET_CALENDAR_SUMMARY, quietEvents, type QuietEvent } from '../../../domain/rules/index.js';
import {
  isCalendarGone,
  isEventGone,
  type CalendarEvent,
  type QuietCalendarApi,
} from '../../../lark/lark-calendar.js';
import { bureauToday } from '../../../time.js';
import {
  calendarState,
  deleteEventRow,
  eventRows,
  markSynced,
  saveEventRow,
  setCalendar,
  type EventRow,
} from '../store/calendar-repo.js';

const CALENDAR_DESCRIPTION =
  '各县（市、区）政府确定的企业安静期，由执法助手按登记自动维护（长环发〔2025〕36号第10条）。';

/** Calendar v4 takes idempotency keys shaped like UUIDs; the same create asked again gets one. */
function idempotencyKey(parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** What the calendar was synced from, so the periodic check sees a change made by an import. */
export function periodsDigest(periods: readonly QuietPeriod[]): string {
  return createHash('sha256').update(JSON.stringify(periods)).digest('hex');
}

const differs = (held: CalendarEvent, want: QuietEvent) =>
  held.summary !== want.summary ||
  held.description !== want.description ||
  held.from !== want.from ||
  held.to !== want.to;

async function ensureCalendar(services: Services, api: QuietCalendarApi): Promise<string> {
  const { calendarId } = await calendarState(services.store.db);
  if (calendarId) return calendarId;
  const created = await api.createCalendar(QUIET_CALENDAR_SUMMARY, CALENDAR_DESCRIPTION);
  await services.store.write((tx) => setCalendar(tx, created));
  services.log.info({ calendarId: created }, 'quiet-period calendar created');
  return created;
}

/** The calendar's events, making the calendar again when it was deleted on Feishu. */
async function heldEvents(services: Services, api: QuietCalendarApi): Promise<[string, CalendarEvent[]]> {
  const calendarId = await ensureCalendar(services, api);
  try {
    return [calendarId, await api.listEvents(calendarId)];
  } catch (err) {
    if (!isCalendarGone(err)) throw err;
    services.log.warn({ calendarId }, 'quiet-period calendar gone on Feishu, making it again');
    const created = await api.createCalendar(QUIET_CALENDAR_SUMMARY, CALENDAR_DESCRIPTION);
    await services.store.write((tx) => setCalendar(tx, created));
    return [created, []];
  }
}

const ignoreGone = (err: unknown) => {
  if (!isEventGone(err)) throw err;
};

/**
 * Brings the shared calendar in line with the quiet-period table, from today on: creates what is
 * missing (also events someone deleted by hand), patches what differs, deletes events of periods
 * removed or ended and any event the bot does not know. Each step is recorded as it is done, and a
 * create carries an idempotency key, so a sync cut short by a failure is simply run again.
 */
export async function syncQuietCalendar(services: Services, api: QuietCalendarApi): Promise<void> {
  const { db } = services.store;
  const today = bureauToday(services.now());
  const periods = await loadQuietPeriods(db);
  const wanted = quietEvents(periods, today);
  const [calendarId, held] = await heldEvents(services, api);
  const heldById = new Map(held.map((e) => [e.eventId, e]));
  const rows = new Map((await eventRows(db)).map((r) => [r.key, r]));
  const save = (row: EventRow) => services.store.write((tx) => saveEventRow(tx, row));

  for (const want of wanted) {
    const row = rows.get(want.key);
    const onCalendar = row ? heldById.get(row.eventId) : undefined;
    if (row && onCalendar) {
      if (differs(onCalendar, want)) {
        await api.patchEvent(calendarId, row.eventId, want);
        await save({ ...row, to: want.to });
      }
      continue;
    }
    const key = idempotencyKey([
      calendarId,
      want.key,
      want.from,
      want.to,
      want.description,
      row?.eventId ?? '',
    ]);
    const eventId = await api.createEvent(calendarId, want, key);
    await save({ key: want.key, eventId, to: want.to });
    rows.set(want.key, { key: want.key, eventId, to: want.to });
  }

  const wantedKeys = new Set(wanted.map((w) => w.key));
  for (const row of rows.values()) {
    if (wantedKeys.has(row.key) || row.to < today) continue;
    if (heldById.has(row.eventId)) await api.deleteEvent(calendarId, row.eventId).catch(ignoreGone);
    await services.store.write((tx) => deleteEventRow(tx, row.key));
  }

  const known = new Set([...rows.values()].map((r) => r.eventId));
  for (const e of held)
    if (!known.has(e.eventId) && (e.to ?? today) >= today)
      await api.deleteEvent(calendarId, e.eventId).catch(ignoreGone);

  await services.store.write((tx) => markSynced(tx, services.now().toISOString(), periodsDigest(periods)));
}
