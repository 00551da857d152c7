import { Hono } from 'hono';
import type { Services } from '../../app/services.js';
import { bureauToday } from '../../time.js';
import { PublicPage } from './page.js';
import { loadPublicRows } from './rows.js';

/** `/public`: the disclosure page anyone may open, no login. */
export function publicPages(services: Services): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const today = bureauToday(services.now());
    const rows = await loadPublicRows(services.store.db, today);
    return c.html(<PublicPage rows={rows} today={today} />);
  });
  return app;
}
