import type * as lark from '@larksuiteoapi/node-sdk';
import { Hono } from 'hono';
import type { Services } from './app/services.js';
import type { EdgePressure } from './edge/edge-pressure.js';
import { backupHealth } from './backup/backup-dir.js';
import { larkEventsRoute } from './edge/lark-events-route.js';
import { outboxCounts } from './outbox/outbox-repo.js';
import { workQueueCounts } from './work-queue/queue-status.js';

export interface AppParts {
  services: Services;
  intake: lark.EventDispatcher;
  /** Feature routes mounted under /api/v1 and page routes at the root. */
  api?: Hono;
  pages?: Hono;
  /** Told of every event, so that background work gives way to the edge in a burst. */
  pressure?: EdgePressure;
}

export function createApp({ services, intake, api, pages, pressure }: AppParts): Hono {
  const app = new Hono();
  const { config } = services;
  const lark = larkEventsRoute(
    { encryptKey: config.lark.encryptKey, verificationToken: config.lark.verificationToken },
    intake,
    pressure,
  );
  app.route('/lark/events', lark);
  app.route('/lark/cards', lark);

  app.get('/healthz', async (c) => {
    try {
      await services.store.client.execute('SELECT 1');
      const [outbox, inbox] = await Promise.all([
        outboxCounts(services.store.db),
        workQueueCounts(services.store.db),
      ]);
      const backup = config.backup ? { backup: await backupHealth(config.backup, services.now()) } : {};
      return c.json({ status: 'ok', db: 'ok', outbox, inbox, ...backup });
    } catch {
      return c.json({ status: 'degraded', db: 'error' }, 503);
    }
  });
  if (api) app.route('/api/v1', api);
  if (pages) app.route('/', pages);

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((err, c) => {
    services.log.error({ err: { name: err.name, message: err.message }, path: c.req.path }, 'request failed');
    const busy = /SQLITE_BUSY|database is locked/i.test(err.message);
    return c.json({ error: busy ? 'database busy, retry later' : 'internal error' }, busy ? 503 : 500);
  });
  return app;
}
