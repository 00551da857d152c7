import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { quietCalendarApi } from './api/quiet-calendar.js';
import { approvalsApi } from './api/routes.js';
import { remindAction, withdrawAction } from './chat/applicant-actions.js';
import { decideAction, decisionFollowUp, transferAction } from './chat/approver-actions.js';
import { delegateIntent } from './chat/delegate-intent.js';
import { myRequestsIntent, todoIntentOf } from './chat/list-intents.js';
import { buzzIntent, withdrawIntent } from './chat/manage-intents.js';
import { approvalCardReply, typedDecisionIntent } from './chat/reply-intents.js';
import { startIntent } from './chat/start-intent.js';
import { submitAction } from './chat/submit-action.js';
import { DECIDED } from './service/follow-decision.js';
import { runApprovalReminders } from './service/reminders.js';
import { approverUnreachable } from './service/unreachable.js';
import { renewAgingApprovalCards } from './service/renew-cards.js';

/** Plugs the approvals feature into the bot: chat commands, card actions, /api/v1 routes and reminders. */
export function registerApprovals(features: Features, services: Services): void {
  features.messages.register(
    startIntent,
    withdrawIntent,
    buzzIntent,
    delegateIntent,
    todoIntentOf(features.todos),
    myRequestsIntent,
    typedDecisionIntent,
  );
  features.cardReplies.on(approvalCardReply);
  features.cards
    .on('approval.submit', submitAction)
    .on('approval.decide', decideAction)
    .on('approval.transfer', transferAction)
    .on('approval.withdraw', withdrawAction)
    .on('approval.remind', remindAction);
  features.followUps.set(DECIDED, decisionFollowUp);
  features.onRefused.push(approverUnreachable(services));
  features.api.route('/', approvalsApi(services));
  features.api.route('/', quietCalendarApi(services));
  features.periodic.push({
    name: 'approval-card-renewal',
    run: async (s) => {
      await renewAgingApprovalCards(s);
    },
  });
  features.periodic.push({
    name: 'approval-reminders',
    run: async (s) => {
      await runApprovalReminders(s);
    },
  });
}
