import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { referralsApi } from './api/routes.js';
import { attachAction, declineAttachAction } from './chat/attachment-actions.js';
import { offerWithReferral } from './chat/attachment-offer.js';
import { confirmAction } from './chat/confirm-action.js';
import { acceptAction, returnAction, verifyAction } from './chat/decision-actions.js';
import { chosenReferralIntent, fillFormIntent, intakeIntent } from './chat/intake-intents.js';
import { INTENT_CHOICE_ACTION, intentChoiceAction } from './chat/intent-choice-action.js';
import {
  myReferralsIntent,
  overdueReferralsIntent,
  referralDetailIntent,
  unitReferralsIntent,
} from './chat/list-intents.js';
import { referralCardReply, typedReferralDecisionIntent } from './chat/reply-intents.js';
import { advanceAction } from './chat/stage-action.js';
import { FETCH_ATTACHMENTS, fetchAttachments } from './service/attachments.js';
import { overdueReferralsJob } from './service/remind-overdue.js';
import { renewReferralCardsJob } from './service/renew-cards.js';

/** Plugs clue referrals into the bot: chat intake and lists, card actions, /api/v1 routes, overdue reminders. */
export function registerReferrals(features: Features, services: Services): void {
  features.messages.register(
    fillFormIntent,
    myReferralsIntent,
    unitReferralsIntent,
    overdueReferralsIntent,
    referralDetailIntent,
    typedReferralDecisionIntent,
    intakeIntent,
  );
  features.messages.registerContinuation(chosenReferralIntent);
  features.cardReplies.on(referralCardReply);
  features.cards
    .on('referral.confirm', confirmAction)
    .on('referral.accept', acceptAction)
    .on('referral.return', returnAction)
    .on('referral.verify', verifyAction)
    .on('referral.advance', advanceAction)
    .on('referral.attach', attachAction)
    .on('referral.attach.decline', declineAttachAction)
    .on(INTENT_CHOICE_ACTION, intentChoiceAction);
  features.followUps.set(FETCH_ATTACHMENTS, fetchAttachments);
  features.resources = offerWithReferral;
  features.api.route('/', referralsApi(services));
  features.periodic.push(renewReferralCardsJob, overdueReferralsJob);
}
