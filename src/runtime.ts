import { Hono } from 'hono';
import { bearerAuth } from './api/bearer-auth.js';
import { createApp } from './app.js';
import type { Services } from './app/services.js';
import { workDispatch } from './app/work-dispatch.js';
import type { Config } from './config.js';
import { EdgePressure } from './edge/edge-pressure.js';
import { createIntakeDispatcher } from './edge/event-intake.js';
import { registerFeatures, type RegisterFeature } from './features/index.js';
import { syncQuietCalendar } from './features/upkeep/index.js';
import { Scheduler } from './scheduler.js';
import { LarkApprovalCenter } from './lark/approval-center.js';
import { createLarkClient } from './lark/lark-client.js';
import { LarkQuietCalendar } from './lark/lark-calendar.js';
import { LarkFiles } from './lark/lark-files.js';
import { LarkMessenger } from './lark/lark-messenger.js';
import { LarkResources } from './lark/lark-resources.js';
import { SimulatorFiles } from './pages/dev/sim-files.js';
import { scrubError, type Logger } from './log.js';
import { LocalMessenger } from './outbox/local-messenger.js';
import type { Messenger } from './outbox/messenger.js';
import { OutboxSender, type SenderOptions } from './outbox/outbox-sender.js';
import type { RefusalHook } from './outbox/refusals.js';
import type { Store } from './store/db.js';
import { WalCheckpointer } from './store/wal-checkpointer.js';
import { QueueWorker } from './work-queue/queue-worker.js';

export interface RuntimeDeps {
  config: Config;
  store: Store;
  log: Logger;
  now?: () => Date;
  /** Work to run after the HTTP answer: a microtask on Node, `waitUntil` on Workers. */
  afterAck?: (task: () => Promise<void>) => void;
  sender?: SenderOptions;
  messenger?: Messenger;
  /** Features plugged in after the built-in ones, as they plug themselves in (tests add fixtures so). */
  features?: readonly RegisterFeature[];
}

export type Runtime = ReturnType<typeof createRuntime>;

/** Everything one process needs, wired once; both entries and the tests build the bot through this. */
export function createRuntime(deps: RuntimeDeps) {
  const { config, store, log } = deps;
  const client =
    config.localMode || !config.lark.appId || !config.lark.appSecret
      ? undefined
      : createLarkClient(
          { appId: config.lark.appId, appSecret: config.lark.appSecret, domain: config.lark.domain },
          log,
        );
  const messenger = deps.messenger ?? (client ? new LarkMessenger(client) : new LocalMessenger(store));
  const approvalCenter = client && config.approvalCenter ? new LarkApprovalCenter(client) : undefined;
  const quietCalendar = client && config.quietCalendar ? new LarkQuietCalendar(client) : undefined;
  const pressure = new EdgePressure();
  // Features add their hooks once registered, below; the sender reads the same list.
  const onRefused: RefusalHook[] = [...(deps.sender?.onRefused ?? [])];
  const senderOptions = {
    administrators: config.administrators,
    approvalCenter,
    // Called by the sender once running, by when `services` below exists.
    ...(quietCalendar ? { quietCalendarSync: () => syncQuietCalendar(services, quietCalendar) } : {}),
    ...deps.sender,
    onRefused,
  };
  const sender = new OutboxSender(store, messenger, log, senderOptions, pressure);
  // The queue worker and outbox sender hand every kick during a drain the same promise; a handler per event on it
  // would be kept until the drain ends, minutes into a burst, so each promise is watched once.
  const watched = new WeakSet<Promise<void>>();
  const afterAck =
    deps.afterAck ??
    ((task: () => Promise<void>) => {
      setImmediate(() => {
        const work = task();
        if (watched.has(work)) return;
        watched.add(work);
        work.catch((err: unknown) => log.error({ err: scrubError(err) }, 'work after the ack failed'));
      });
    });
  const services: Services = {
    config,
    store,
    log,
    now: deps.now ?? (() => new Date()),
    kickOutbox: () => afterAck(() => sender.kick()),
    kickFollowUps: () => afterAck(() => worker.kick()),
    ...(client
      ? { resources: new LarkResources(client) }
      : config.simulator
        ? { resources: new SimulatorFiles() }
        : {}),
    ...(approvalCenter ? { approvalCenter } : {}),
    ...(quietCalendar ? { quietCalendar } : {}),
    ...(client ? { files: new LarkFiles(client) } : {}),
  };
  const features = registerFeatures(services);
  for (const register of deps.features ?? []) register(features, services);
  onRefused.push(...features.onRefused);
  const worker = new QueueWorker(store, workDispatch(services, features), log, undefined, pressure);
  const intake = createIntakeDispatcher(services, features.cards, afterAck, () => worker.kick());
  const api = new Hono();
  api.use('*', bearerAuth(config.apiToken));
  api.route('/', features.api);
  const app = createApp({ services, intake, api, pages: features.pages, pressure });
  const scheduler = new Scheduler(services, features.periodic);
  const checkpointer = store.wal
    ? new WalCheckpointer(
        store.wal,
        () => pressure.isQuiet(),
        (err) => log.error({ err: scrubError(err) }, 'checkpoint failed, will retry'),
      )
    : undefined;
  return {
    app,
    services,
    features,
    sender,
    worker,
    intake,
    scheduler,
    /**
     * One pass of everything the timers do on Node: resume unfinished queue rows, run the periodic jobs,
     * deliver the outbox. The Workers entry runs it from its Cron Trigger.
     */
    async tick() {
      await worker.kick();
      await scheduler.tick();
      await sender.kick();
    },
    start() {
      worker.start();
      sender.start();
      scheduler.start();
      checkpointer?.start();
    },
    stop() {
      worker.stop();
      sender.stop();
      scheduler.stop();
      checkpointer?.stop();
    },
  };
}
