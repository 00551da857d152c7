import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { isOverdue } from '../../../domain/referrals/lifecycle.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { unitHead } from '../access.js';
import { referralsDueForNotice } from '../store/list-repo.js';
import { insertEvent, loadReferral, markOverdueNotice } from '../store/referral-repo.js';
import { auditReferral } from './audit.js';
import { loadOrFail } from './authorize.js';
import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import { sendCard } from './outgoing.js';

async function remindOne(env: ActionContext, id: string): Promise<boolean> {
  return env.services.store.write(async (tx) => {
    const view = await loadReferral(tx, id);
    if (!view?.deadline || !isOverdue(view.status, view.deadline, env.today)) return false;
    if (!(await markOverdueNotice(tx, id, env.today))) return false;
    const note = `整改期限${view.deadline}已过，企业尚未通过验收。`;
    await insertEvent(tx, {
      referralId: id,
      kind: 'overdue',
      state: 'rectifying',
      actorOpenId: 'system',
      actorName: '执法助手',
      note,
      at: env.at,
    });
    await auditReferral(tx, env, 'system', 'overdue-reminded', id, {
      deadline: view.deadline,
      day: env.today,
    });
    const after = await loadOrFail(tx, id);
    const recipients = new Set([after.handler?.openId, unitHead(env.directory, after.toUnit.id)?.openId]);
    const notice = `${note}请督促企业落实整改，跟踪整改进展，及时组织验收（第14条、第15条）。`;
    for (const openId of recipients) {
      if (openId) await sendCard(tx, env, after, openId, { overdue: true, notice });
    }
    return true;
  });
}

/**
 * Sends the handler and the receiving unit's head an overdue card for each case whose 整改期限
 * has passed, once per case per bureau day; each case in its own transaction.
 */
export async function remindOverdueReferrals(services: Services): Promise<string[]> {
  const directory = await loadDirectory(services.store.db);
  if (!directory) return [];
  const env = actionContextOf(services, directory);
  const reminded: string[] = [];
  for (const id of await referralsDueForNotice(services.store.db, env.today)) {
    if (await remindOne(env, id)) reminded.push(id);
  }
  services.kickOutbox();
  return reminded;
}

export const overdueReferralsJob: PeriodicJob = {
  name: 'referral-overdue',
  run: async (services) => {
    await remindOverdueReferrals(services);
  },
};
