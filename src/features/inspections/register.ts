import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { inspectionsApi } from './api/routes.js';
import { feedbackAction, referAction, resultAction } from './chat/actions.js';
import { cancelAction } from './chat/cancel-action.js';
import { inspectionCardReply } from './chat/reply-cancel.js';
import { inspectionJobs } from './service/jobs.js';
import { renewInspectionCardsJob } from './service/renew-cards.js';

/**
 * Plugs the visits after approval in: card actions (result, feedback, referral, cancel), a typed
 * 取消 in reply to a visit's card, /api/v1 routes, result cards, reminders, renewals.
 */
export function registerInspections(features: Features, services: Services): void {
  features.cards
    .on('inspection.result', resultAction)
    .on('inspection.feedback', feedbackAction)
    .on('inspection.refer', referAction)
    .on('inspection.cancel', cancelAction);
  features.cardReplies.on(inspectionCardReply);
  features.api.route('/', inspectionsApi(services));
  features.periodic.push(...inspectionJobs, renewInspectionCardsJob);
}
