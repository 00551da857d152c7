import { Hono } from 'hono';
import { CardRouter } from '../app/card-router.js';
import { MessageRouter } from '../app/message-router.js';
import type { Services } from '../app/services.js';
import type { PeriodicJob } from '../scheduler.js';
import { helpIntent } from './help/help-intent.js';

export interface Features {
  messages: MessageRouter;
  cards: CardRouter;
  /** Mounted at /api/v1 behind the bearer token. */
  api: Hono;
  /** Mounted at the root: pages people open in a browser. */
  pages: Hono;
  /** Jobs the scheduler runs: reminders, overdue checks (a timer on Node, Cron Triggers on Workers). */
  periodic: PeriodicJob[];
}

/** The one place each feature plugs its intents, card actions, API routes and pages in. */
export function registerFeatures(_services: Services): Features {
  const messages = new MessageRouter().register(helpIntent);
  const cards = new CardRouter();
  const api = new Hono();
  const pages = new Hono();
  const periodic: PeriodicJob[] = [];
  return { messages, cards, api, pages, periodic };
}
