import { Hono } from 'hono';
import { CardReplies } from '../app/card-replies.js';
import { CardRouter } from '../app/card-router.js';
import { CONTINUE_MESSAGE, continueMessage } from '../app/continue-message.js';
import type { FollowUpHandlers } from '../app/follow-ups.js';
import { MessageRouter } from '../app/message-router.js';
import type { ResourceHandler } from '../app/resource-handler.js';
import type { Services } from '../app/services.js';
import { devSimulator } from '../pages/dev/routes.js';
import { formPages } from '../pages/forms/routes.js';
import { publicPages } from '../pages/public/routes.js';
import type { RefusalHook } from '../outbox/refusals.js';
import type { TodoSource } from '../app/todos.js';
import type { PeriodicJob } from '../scheduler.js';
import { registerApprovalCenter } from './approval-center/index.js';
import { registerApprovals } from './approvals/index.js';
import { registerDraws } from './draws/index.js';
import { courtesyIntent, helpIntent } from './help/index.js';
import { registerOrg } from './org/index.js';
import { registerInspections } from './inspections/index.js';
import { registerLedger } from './ledger/index.js';
import { registerPolicy } from './policy/index.js';
import { registerPrevention } from './prevention/index.js';
import { registerReferrals } from './referrals/index.js';
import { registerStats } from './stats/index.js';
import { registerSupervision } from './supervision/index.js';
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
  /** Pictures and files people send (referrals offers them as 移交材料). */
  resources?: ResourceHandler;
  /** Typed replies to each feature's cards. */
  cardReplies: CardReplies;
  /** Run when the platform will not deliver a feature's message to its recipient. */
  onRefused: RefusalHook[];
  /** Open actions other features add to 「我的待办」 after the approvals waiting on the asker. */
  todos: TodoSource[];
}

/** How a feature plugs itself in: each feature's door exports one (registerApprovals, …). */
export type RegisterFeature = (features: Features, services: Services) => void;

/** The one place each feature plugs its intents, card actions, API routes and pages in. */
export function registerFeatures(services: Services): Features {
  const messages = new MessageRouter().register(helpIntent, courtesyIntent);
  const cards = new CardRouter();
  const api = new Hono();
  const pages = new Hono();
  if (services.config.simulator) pages.route('/dev', devSimulator(services));
  pages.route('/public', publicPages(services));
  pages.route('/forms', formPages(services));
  const features: Features = {
    messages,
    cards,
    api,
    pages,
    periodic: [],
    followUps: new Map(),
    cardReplies: new CardReplies(),
    onRefused: [],
    todos: [],
  };
  registerApprovals(features, services);
  registerPrevention(features, services);
  registerApprovalCenter(features, services);
  registerReferrals(features, services);
  registerInspections(features, services);
  registerDraws(features, services);
  registerStats(features, services);
  registerSupervision(features, services);
  registerLedger(features, services);
  registerUpkeep(features, services);
  registerPolicy(features, services);
  registerOrg(features, services);
  features.followUps.set(CONTINUE_MESSAGE, continueMessage(messages, features.resources));
  return features;
}
