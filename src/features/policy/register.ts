import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { policyApi } from './api/routes.js';
import { policyCardReply } from './chat/answer-reply.js';
import { applyAction } from './chat/apply-action.js';
import { policyIntent } from './chat/ask-intent.js';
import { feedbackAction } from './chat/feedback-action.js';

/**
 * Plugs the policy answerer in: every message no command claims, its card buttons and typed replies
 * to them, and /api/v1/ask.
 */
export function registerPolicy(features: Features, services: Services): void {
  features.messages.setFallback(policyIntent);
  features.cards.on('policy.feedback', feedbackAction).on('policy.apply', applyAction);
  features.cardReplies.on(policyCardReply);
  features.api.route('/', policyApi(services));
}
