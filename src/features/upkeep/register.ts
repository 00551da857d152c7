import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { changeQuietAction, quietListIntent, quietPeriodIntent, setQuietAction } from './chat/quiet-chat.js';
import { positiveListIntent, setPositiveAction } from './chat/upkeep-chat.js';

/** Plugs upkeep from chat in: administrators set quiet periods and change the positive list. */
export function registerUpkeep(features: Features, _services: Services): void {
  features.messages.register(quietPeriodIntent, quietListIntent, positiveListIntent);
  features.cards
    .on('upkeep.quiet', setQuietAction)
    .on('upkeep.quietChange', changeQuietAction)
    .on('upkeep.positive', setPositiveAction);
}
