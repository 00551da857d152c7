import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { statsIntent } from './intent.js';
import { statsPages } from './routes.js';

/** Plugs the bureau's numbers into the bot: the 「本月统计」 card and the /stats pages. */
export function registerStats(features: Features, services: Services): void {
  features.messages.register(statsIntent);
  features.pages.route('/', statsPages(services));
}
