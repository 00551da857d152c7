import type * as lark from '@larksuiteoapi/node-sdk';
import { SendError } from '../outbox/messenger.js';
import { callLark } from './lark-call.js';

/**
 * The shared calendar through Calendar v4 (docs/lark-platform.md §15): one calendar the app owns,
 * all-day events on it. Failures are the sender's SendError; a calendar or event that no longer
 * exists is told apart, since the sync answers it by recreating rather than retrying.
 */

type Calendar = lark.Client['calendar'];
export type EventBody = NonNullable<Parameters<Calendar['calendarEvent']['create']>[0]>['data'];

export interface CalendarEvent {
  eventId: string;
  summary: string;
  description: string;
  /** All-day events' first and last day; undefined for a timed event (not the app's). */
  from?: string;
  to?: string;
}

export interface WantedEvent {
  summary: string;
  description: string;
  from: string;
  to: string;
}

export interface QuietCalendarApi {
  createCalendar(summary: string, description: string): Promise<string>;
  listEvents(calendarId: string): Promise<CalendarEvent[]>;
  createEvent(calendarId: string, event: WantedEvent, idempotencyKey: string): Promise<string>;
  patchEvent(calendarId: string, eventId: string, event: WantedEvent): Promise<void>;
  deleteEvent(calendarId: string, eventId: string): Promise<void>;
}

/** 191000 not found, 191001 invalid id, 191003 deleted: the calendar must be made again. */
const CALENDAR_GONE = new Set([191000, 191001, 191003]);
/** 193001 not found, 193003 deleted. */
const EVENT_GONE = new Set([193001, 193003]);

export const isCalendarGone = (err: unknown) =>
  err instanceof SendError && err.larkCode !== undefined && CALENDAR_GONE.has(err.larkCode);
export const isEventGone = (err: unknown) =>
  err instanceof SendError && err.larkCode !== undefined && EVENT_GONE.has(err.larkCode);

/**
 * An all-day event as Calendar v4 takes it. `end_time.date` is the last day itself (the documented
 * example gives one date for both ends). Shown as free, so quiet days never block anyone's schedule;
 * nobody is invited, so nobody is notified.
 */
export function eventBody(e: WantedEvent): EventBody {
  return {
    summary: e.summary,
    description: e.description,
    need_notification: false,
    start_time: { date: e.from },
    end_time: { date: e.to },
    visibility: 'public',
    free_busy_status: 'free',
    attendee_ability: 'none',
  };
}

const PAGE_SIZE = 500;

export class LarkQuietCalendar implements QuietCalendarApi {
  constructor(private readonly client: lark.Client) {}

  async createCalendar(summary: string, description: string): Promise<string> {
    const r = await callLark(this.client, 'calendar.calendar.create', () =>
      this.client.calendar.calendar.create({ data: { summary, description, permissions: 'public' } }),
    );
    const id = r.data?.calendar?.calendar_id;
    if (!id) throw new SendError('飞书未返回日历编号', true);
    return id;
  }

  async listEvents(calendarId: string): Promise<CalendarEvent[]> {
    const events: CalendarEvent[] = [];
    let pageToken: string | undefined;
    do {
      const r = await callLark(this.client, 'calendar.calendarEvent.list', () =>
        this.client.calendar.calendarEvent.list({
          path: { calendar_id: calendarId },
          params: { page_size: PAGE_SIZE, ...(pageToken ? { page_token: pageToken } : {}) },
        }),
      );
      for (const e of r.data?.items ?? []) {
        if (e.status === 'cancelled') continue;
        events.push({
          eventId: e.event_id,
          summary: e.summary ?? '',
          description: e.description ?? '',
          ...(e.start_time.date ? { from: e.start_time.date } : {}),
          ...(e.end_time.date ? { to: e.end_time.date } : {}),
        });
      }
      pageToken = r.data?.has_more ? r.data.page_token : undefined;
    } while (pageToken);
    return events;
  }

  async createEvent(calendarId: string, event: WantedEvent, idempotencyKey: string): Promise<string> {
    const r = await callLark(this.client, 'calendar.calendarEvent.create', () =>
      this.client.calendar.calendarEvent.create({
        path: { calendar_id: calendarId },
        params: { idempotency_key: idempotencyKey },
        data: eventBody(event),
      }),
    );
    const id = r.data?.event?.event_id;
    if (!id) throw new SendError('飞书未返回日程编号', true);
    return id;
  }

  async patchEvent(calendarId: string, eventId: string, event: WantedEvent): Promise<void> {
    await callLark(this.client, 'calendar.calendarEvent.patch', () =>
      this.client.calendar.calendarEvent.patch({
        path: { calendar_id: calendarId, event_id: eventId },
        data: eventBody(event),
      }),
    );
  }

  async deleteEvent(calendarId: string, eventId: string): Promise<void> {
    await callLark(this.client, 'calendar.calendarEvent.delete', () =>
      this.client.calendar.calendarEvent.delete({
        path: { calendar_id: calendarId, event_id: eventId },
        params: { need_notification: 'false' },
      }),
    );
  }
}
