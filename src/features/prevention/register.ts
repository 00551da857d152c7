import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { preventionApi } from './api/routes.js';
import { acknowledgeAction, escalateAction, resolveAction } from './chat/follow-actions.js';
import { coverageIntent, outreachIntent } from './chat/outreach.js';
import { warnAction, warnIntent } from './chat/warn.js';
import { outreachReminderJob } from './service/remind-coverage.js';
import { renewWarningCardsJob, warningTodos } from './service/warning-cards.js';

/**
 * Plugs 事前预警 and 送法入企 in (第1、2、8条): chat commands, the branch's card buttons, /api/v1
 * routes and the autumn coverage reminders. Registered before referrals, whose intake would
 * otherwise read a labelled warning as a clue.
 */
export function registerPrevention(features: Features, services: Services): void {
  features.messages.register(warnIntent, coverageIntent, outreachIntent);
  features.cards
    .on('prevention.warn', warnAction)
    .on('prevention.acknowledge', acknowledgeAction)
    .on('prevention.resolve', resolveAction)
    .on('prevention.escalate', escalateAction);
  features.api.route('/', preventionApi(services));
  features.periodic.push(outreachReminderJob, renewWarningCardsJob);
  features.todos.push(warningTodos);
}
