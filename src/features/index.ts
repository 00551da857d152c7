import { Hono } from 'hono';
import { CardRouter } from '../app/card-router.js';
import { CONTINUE_MESSAGE, continueMessage } from '../app/continue-message.js';
import type { FollowUpHandlers } from '../app/follow-ups.js';
import { MessageRouter } from '../app/message-router.js';
import type { Services } from '../app/services.js';
import { devSimulator } from '../pages/dev/routes.js';
import { formPages } from '../pages/forms/routes.js';
import { publicPages } from '../pages/public/routes.js';
import type { PeriodicJob } from '../scheduler.js';
import { registerApprovals } from './approvals/index.js';
import { registerDraws } from './draws/index.js';
import { registerLedger } from './ledger/index.js';
import { helpIntent } from './help/index.js';
import { registerPolicy } from './policy/index.js';
import { registerReferrals } from './referrals/index.js';
import { registerStats } from './stats/index.js';
import { registerUpkeep } from './upkeep/index.js';

export interface Features {
  messages: MessageRouter;
  cards: CardRouter;
  /** Mounted at /api/v1 behind the bearer token. */
  api: Hono;
  /** Mounted at the root: pages people open in a browser. */
  pages: Hono;
  /** Jobs the scheduler runs: reminders, overdue checks (a timer on Node, Cron Triggers on Workers). */
  periodic: PeriodicJob[];
  /** What actions leave to the inbox worker, by type. */
  followUps: FollowUpHandlers;
}

/** How a feature plugs itself in: each feature's door exports one (registerApprovals, …). */
export type RegisterFeature = (features: Features, services: Services) => void;

/** The one place each feature plugs its intents, card actions, API routes and pages in. */
export function registerFeatures(services: Services): Features {
  const messages = new MessageRouter().register(helpIntent);
  const cards = new CardRouter();
  const api = new Hono();
  const pages = new Hono();
  if (services.config.simulator) pages.route('/dev', devSimulator(services));
  pages.route('/public', publicPages(services));
  pages.route('/forms', formPages(services));
  const features: Features = { messages, cards, api, pages, periodic: [], followUps: new Map() };
  registerApprovals(features, services);
  registerReferrals(features, services);
  registerDraws(features, services);
  registerStats(features, services);
  registerLedger(features, services);
  registerUpkeep(features, services);
  registerPolicy(features, services);
  features.followUps.set(CONTINUE_MESSAGE, continueMessage(messages));
  return features;
}
