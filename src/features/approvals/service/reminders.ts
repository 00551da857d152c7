import { requestChanged } from './changes.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { loadApprovalSettings } from '../store/settings-repo.js';
import { loadView, pendingRequestIds } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import { currentStepOf } from '../../../domain/approvals/index.js';
import { workingHoursBetween } from '../working-hours.js';
import { reloadView } from './activate.js';
import { auditRequest } from './audit.js';
import { buzzApproverCard } from './buzz.js';
import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import { closeStepCards, sendStepCards, tellApplicant } from './outgoing.js';
import { reassignIfDeparted } from './reassign.js';

export interface ReminderRun {
  /** Requests whose approver was buzzed. */
  reminded: string[];
  /** Requests whose approver had left and whose step went to a superior. */
  reassigned: string[];
}

type Outcome = 'reminded' | 'reassigned' | undefined;

async function reviewRequest(env: ActionContext, id: string, remindAfter: number): Promise<Outcome> {
  return env.services.store.write(async (tx): Promise<Outcome> => {
    const view = await loadView(tx, id);
    const step = view && currentStepOf(view);
    if (!view || !step) return undefined;
    if (await reassignIfDeparted(tx, env, view, step.idx)) {
      const moved = await reloadView(tx, id);
      const holder = moved.steps[step.idx] ?? step;
      await updateStepIf(
        tx,
        id,
        step.idx,
        { status: 'pending' },
        { activatedAt: env.at, lastRemindedAt: null },
      );
      await closeStepCards(
        tx,
        moved,
        step.idx,
        `${step.name}已不在本局通讯录，该环节已改由${holder.name}审批。`,
      );
      await sendStepCards(tx, env, moved, step.idx);
      await requestChanged(tx, env, id);
      await tellApplicant(
        tx,
        moved,
        `您的申请${id}原审批人${step.name}已不在本局通讯录，现改由${holder.name}审批。`,
      );
      return 'reassigned';
    }
    const since = step.lastRemindedAt ?? step.activatedAt;
    if (!since || workingHoursBetween(new Date(since), new Date(env.at)) < remindAfter) return undefined;
    await buzzApproverCard(tx, env, view, step);
    await updateStepIf(
      tx,
      id,
      step.idx,
      { status: 'pending', assignment: step.assignment },
      { lastRemindedAt: env.at },
    );
    await auditRequest(tx, env, 'system', 'reminded', id, { step: step.idx, to: step.personId, since });
    return 'reminded';
  });
}

/**
 * For the scheduler: buzzes approvers who have let a step wait longer than the configured working
 * hours (setting `approval.remindAfterWorkingHours`), and hands steps of people who have left the
 * directory to their superior. Each request is handled in its own transaction.
 */
export async function runApprovalReminders(services: Services): Promise<ReminderRun> {
  const run: ReminderRun = { reminded: [], reassigned: [] };
  const directory = await loadDirectory(services.store.db);
  if (!directory) return run;
  const { remindAfterWorkingHours } = await loadApprovalSettings(services.store.db);
  for (const id of await pendingRequestIds(services.store.db)) {
    const outcome = await reviewRequest(actionContextOf(services, directory), id, remindAfterWorkingHours);
    if (outcome) run[outcome].push(id);
  }
  services.kickOutbox();
  return run;
}
