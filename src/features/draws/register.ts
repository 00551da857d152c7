import type { Services } from '../../app/services.js';
import { bureauToday } from '../../time.js';
import type { Features } from '../index.js';
import { drawsApi } from './api/routes.js';
import { recordAction, recordIntent } from './chat/record.js';
import { repeatAction } from './chat/repeat.js';
import { startDrawIntent, submitDrawAction } from './chat/start.js';
import { drawMaterial } from './public.js';
import { drawRemindersJob } from './service/reminders.js';
import { drawTodos, renewDrawCardsJob } from './service/record-cards.js';

/** Plugs 双随机 into the bot: chat commands, card actions, /api/v1 routes, public material, reminders. */
export function registerDraws(features: Features, services: Services): void {
  features.messages.register(startDrawIntent, recordIntent);
  features.cards
    .on('draw.submit', submitDrawAction)
    .on('draw.record', recordAction)
    .on('draw.repeat', repeatAction);
  features.api.route('/', drawsApi(services));
  features.pages.get('/public/draws/:id', async (c) => {
    const material = await drawMaterial(services.store.db, c.req.param('id'), bureauToday(services.now()));
    return material ? c.json(material) : c.json({ error: '未找到该抽查，或检查期限尚未结束。' }, 404);
  });
  // Reminders first: a reminder's fresh form leaves the renewal nothing to do that day.
  features.periodic.push(drawRemindersJob, renewDrawCardsJob);
  features.todos.push(drawTodos);
}
