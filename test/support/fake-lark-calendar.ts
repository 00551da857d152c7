// The fake Lark's Calendar v4: shared calendars and their events, with the documented shapes
// (docs/lark-platform.md §15). It refuses what the platform refuses: a calendar id that is not one
// (191001), one it does not hold (191000) or deleted (191003), an event it does not hold or deleted
// (193001, 193003), missing or malformed times and over-long texts (190002), and more than the
// app's calls a second or minute (429, 190005). A create with an idempotency key seen before in the
// same calendar answers the event that key created.
import { randomUUID } from 'node:crypto';
import { fail, isRecord, ok, type Reply } from './fake-lark-content.js';
import type { RateLimiter } from './fake-lark-limits.js';

type Body = Record<string, unknown>;

export interface FakeEvent {
  event_id: string;
  organizer_calendar_id: string;
  summary: string;
  description: string;
  start_time: { date?: string; timestamp?: string; timezone: string };
  end_time: { date?: string; timestamp?: string; timezone: string };
  visibility: string;
  free_busy_status: string;
  attendee_ability: string;
  status: 'confirmed' | 'cancelled';
}

export interface FakeCalendar {
  calendar_id: string;
  summary: string;
  description: string;
  permissions: string;
  type: 'shared';
  role: 'owner';
  is_deleted: boolean;
  events: Map<string, FakeEvent>;
  /** idempotency_key → event_id */
  keys: Map<string, string>;
}

export interface CalendarState {
  calendars: Map<string, FakeCalendar>;
}

export const calendarState = (): CalendarState => ({ calendars: new Map() });

const ROOT = '/open-apis/calendar/v4/calendars';
const CALENDAR_ID = /^[\w.-]+@group\.calendar\.feishu\.cn$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERMISSIONS = ['private', 'show_only_free_busy', 'public'];

const invalid = (what: string) => fail(400, 190002, `invalid parameters in request: ${what}`);
const text = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);

/** A time_info: `date` (all-day) or `timestamp`, never both, never neither. */
function timeInfo(v: unknown): FakeEvent['start_time'] | undefined {
  if (!isRecord(v)) return undefined;
  const { date, timestamp } = v;
  if ((date === undefined) === (timestamp === undefined)) return undefined;
  if (date !== undefined && (typeof date !== 'string' || !DATE.test(date) || isNaN(Date.parse(date))))
    return undefined;
  if (timestamp !== undefined && (typeof timestamp !== 'string' || !/^\d{1,11}$/.test(timestamp)))
    return undefined;
  // All-day events are kept in UTC whatever was asked.
  if (typeof date === 'string') return { date, timezone: 'UTC' };
  return {
    timestamp: String(timestamp),
    timezone: typeof v.timezone === 'string' ? v.timezone : 'Asia/Shanghai',
  };
}

const sortKey = (t: FakeEvent['start_time']) => t.date ?? new Date(Number(t.timestamp) * 1000).toISOString();

/** Checks an event's fields; `whole` when creating, where both times are required. */
function eventFields(b: Body, whole: boolean): Partial<FakeEvent> | Reply {
  if (!text(b.summary, 1000)) return invalid('summary');
  if (!text(b.description, 40960)) return invalid('description');
  const times = b.start_time !== undefined || b.end_time !== undefined || whole;
  const start = times ? timeInfo(b.start_time) : undefined;
  const end = times ? timeInfo(b.end_time) : undefined;
  if (times && (!start || !end)) return invalid('start_time/end_time');
  if (start && end && (Boolean(start.date) !== Boolean(end.date) || sortKey(end) < sortKey(start)))
    return invalid('end_time before start_time');
  const pick = (key: string, allowed: string[]) =>
    b[key] === undefined ? {} : allowed.includes(String(b[key])) ? { [key]: String(b[key]) } : null;
  const visibility = pick('visibility', ['default', 'public', 'private']);
  const busy = pick('free_busy_status', ['busy', 'free']);
  const ability = pick('attendee_ability', [
    'none',
    'can_see_others',
    'can_invite_others',
    'can_modify_event',
  ]);
  if (!visibility || !busy || !ability) return invalid('enum');
  return {
    ...(typeof b.summary === 'string' ? { summary: b.summary } : {}),
    ...(typeof b.description === 'string' ? { description: b.description } : {}),
    ...(start && end ? { start_time: start, end_time: end } : {}),
    ...visibility,
    ...busy,
    ...ability,
  };
}

type Found = { calendar: FakeCalendar } | Reply;

function calendarOf(state: CalendarState, id: string): Found {
  if (!CALENDAR_ID.test(id)) return fail(400, 191001, 'invalid calendar_id');
  const calendar = state.calendars.get(id);
  if (!calendar) return fail(404, 191000, 'calendar not found');
  if (calendar.is_deleted) return fail(403, 191003, 'calendar is deleted');
  return { calendar };
}

function eventOf(calendar: FakeCalendar, id: string): { event: FakeEvent } | Reply {
  const event = calendar.events.get(id);
  if (!event) return fail(404, 193001, 'event not found');
  if (event.status === 'cancelled') return fail(403, 193003, 'event is deleted');
  return { event };
}

const shown = ({ events: _events, keys: _keys, is_deleted: _deleted, ...c }: FakeCalendar) => c;

function createCalendar(state: CalendarState, b: Body): Reply {
  if (!text(b.summary, 255) || !text(b.description, 255)) return invalid('summary/description');
  if (b.permissions !== undefined && !PERMISSIONS.includes(String(b.permissions)))
    return invalid('permissions');
  const calendar: FakeCalendar = {
    calendar_id: `feishu.cn_${randomUUID().replace(/-/g, '').slice(0, 22)}@group.calendar.feishu.cn`,
    summary: typeof b.summary === 'string' ? b.summary : '',
    description: typeof b.description === 'string' ? b.description : '',
    permissions: typeof b.permissions === 'string' ? b.permissions : 'show_only_free_busy',
    type: 'shared',
    role: 'owner',
    is_deleted: false,
    events: new Map(),
    keys: new Map(),
  };
  state.calendars.set(calendar.calendar_id, calendar);
  return ok({ calendar: shown(calendar) });
}

function createEvent(calendar: FakeCalendar, b: Body, query: Record<string, string>): Reply {
  const key = query.idempotency_key;
  const earlier = key ? calendar.keys.get(key) : undefined;
  if (earlier) return ok({ event: calendar.events.get(earlier) });
  const fields = eventFields(b, true);
  if ('status' in fields && typeof fields.status === 'number') return fields as Reply;
  const event: FakeEvent = {
    event_id: `${randomUUID()}_0`,
    organizer_calendar_id: calendar.calendar_id,
    summary: '',
    description: '',
    visibility: 'default',
    free_busy_status: 'busy',
    attendee_ability: 'none',
    status: 'confirmed',
    ...(fields as Partial<FakeEvent>),
  } as FakeEvent;
  calendar.events.set(event.event_id, event);
  if (key) calendar.keys.set(key, event.event_id);
  return ok({ event });
}

/** page_size is 50 to 1000 (500 by default); page_token is the position of the next page. */
function listEvents(calendar: FakeCalendar, query: Record<string, string>): Reply {
  const size = query.page_size === undefined ? 500 : Number(query.page_size);
  if (!Number.isInteger(size) || size < 50 || size > 1000) return invalid('page_size');
  const from = query.page_token === undefined ? 0 : Number(query.page_token);
  if (!Number.isInteger(from) || from < 0) return invalid('page_token');
  const all = [...calendar.events.values()].filter((e) => e.status === 'confirmed');
  const items = all.slice(from, from + size);
  const more = from + size < all.length;
  return ok({ has_more: more, ...(more ? { page_token: String(from + size) } : {}), items });
}

/** The calendar routes, or undefined for any other path. */
export function calendarRoutes(state: CalendarState, limiter: RateLimiter) {
  return (method: string, path: string, query: Record<string, string>, b: Body): Reply | undefined => {
    if (path !== ROOT && !path.startsWith(`${ROOT}/`)) return undefined;
    const verdict = limiter.admit(`calendar:${method}`, undefined);
    if (!verdict.ok && verdict.scope === 'app') {
      const headers = {
        'x-ogw-ratelimit-limit': String(verdict.limit),
        'x-ogw-ratelimit-reset': String(verdict.resetSeconds),
      };
      return { ...fail(429, 190005, 'app rate limited'), headers };
    }
    if (path === ROOT) return method === 'POST' ? createCalendar(state, b) : undefined;
    const [calendarId = '', events, eventId, extra] = path
      .slice(ROOT.length + 1)
      .split('/')
      .map(decodeURIComponent);
    if (extra !== undefined || (events !== undefined && events !== 'events')) return undefined;
    const found = calendarOf(state, calendarId);
    if (!('calendar' in found)) return found;
    const { calendar } = found;
    if (events === undefined) {
      if (method === 'GET') return ok(shown(calendar));
      if (method === 'DELETE') {
        calendar.is_deleted = true;
        return ok({});
      }
      return undefined;
    }
    if (eventId === undefined) {
      if (method === 'POST') return createEvent(calendar, b, query);
      if (method === 'GET') return listEvents(calendar, query);
      return undefined;
    }
    const held = eventOf(calendar, eventId);
    if (!('event' in held)) return held;
    if (method === 'GET') return ok({ event: held.event });
    if (method === 'DELETE') {
      held.event.status = 'cancelled';
      return ok({});
    }
    if (method === 'PATCH') {
      const fields = eventFields(b, false);
      if ('status' in fields && typeof fields.status === 'number') return fields as Reply;
      Object.assign(held.event, fields);
      return ok({ event: held.event });
    }
    return undefined;
  };
}

/** The live events of the one calendar named `summary`, sorted by start, for tests. */
export function eventsOf(state: CalendarState, summary: string): FakeEvent[] {
  const calendar = [...state.calendars.values()].find((c) => c.summary === summary && !c.is_deleted);
  return [...(calendar?.events.values() ?? [])]
    .filter((e) => e.status === 'confirmed')
    .sort((a, b) => sortKey(a.start_time).localeCompare(sortKey(b.start_time)));
}
