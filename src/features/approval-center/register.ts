import type { Services } from '../../app/services.js';
import { onRequestChanged } from '../approvals/index.js';
import type { Features } from '../index.js';
import { approvalActionRoute } from './api/action-route.js';
import { checkCenter } from './service/check.js';
import { ACTION_PATH, approvalDefinitions } from './service/definitions.js';
import { queueSync } from './service/sync.js';

/**
 * With LARK_APPROVAL_CENTER=1, every request is kept in Feishu's approval center: each change queues
 * its instance, the center's quick approvals come back on /lark/approval-actions, and a periodic check
 * repairs what the center missed.
 */
export function registerApprovalCenter(features: Features, services: Services): void {
  const center = services.approvalCenter;
  if (!services.config.approvalCenter || !center) return;
  center.setDefinitions(approvalDefinitions(services.config));
  onRequestChanged(services, queueSync);
  features.pages.route(ACTION_PATH, approvalActionRoute(services));
  features.periodic.push({
    name: 'approval-center-check',
    run: async (s) => {
      await checkCenter(s);
    },
  });
}
