import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import {
  positiveListIntent,
  quietPeriodIntent,
  setPositiveAction,
  setQuietAction,
} from './chat/upkeep-chat.js';

/** Plugs upkeep from chat in: administrators set quiet periods and change the positive list. */
export function registerUpkeep(features: Features, _services: Services): void {
  features.messages.register(quietPeriodIntent, positiveListIntent);
  features.cards.on('upkeep.quiet', setQuietAction).on('upkeep.positive', setPositiveAction);
}
