import { sendTo } from '../../../app/replies.js';
import type { Services } from '../../../app/services.js';
import { coverageCard } from '../../../../cards/prevention/coverage.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { reminderMonth } from '../../../domain/prevention/index.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { bureauToday } from '../../../time.js';
import { claimReminder } from '../store/outreach-repo.js';
import { coverageOf } from './coverage.js';
import { headOf } from './people.js';

/**
 * From 1 September, once a month, each branch head whose county still has 重点企业 not reached this
 * year gets the list (第2条 全覆盖). The month's row is claimed in the transaction that queues the
 * card, so a month is reminded once however often the job runs. Returns the branches reminded.
 */
export async function remindOutreachCoverage(services: Services): Promise<string[]> {
  const now = services.now();
  const today = bureauToday(now);
  const month = reminderMonth(today);
  const directory = month && (await loadDirectory(services.store.db));
  if (!month || !directory) return [];
  const year = Number(today.slice(0, 4));
  const reminded: string[] = [];
  for (const row of await coverageOf(services.store.db, directory, year)) {
    const unit = directory.units.find((u) => u.id === row.unitId);
    const head = headOf(directory, unit);
    if (!unit || !head || row.notReached.length === 0) continue;
    const sent = await services.store.write(async (tx) => {
      const claimed = await claimReminder(tx, {
        unitId: unit.id,
        month,
        sentAt: now.toISOString(),
        missing: row.notReached.length,
      });
      if (!claimed) return false;
      await sendTo(tx, head.openId, coverageCard(year, today, [row], '送法入企提醒'));
      await appendAudit(
        tx,
        {
          actor: 'system',
          action: 'outreach.reminded',
          entity: 'outreach-reminder',
          entityId: `${unit.id}:${month}`,
          detail: { to: head.id, notReached: row.notReached.map((e) => e.uscc) },
        },
        now.toISOString(),
      );
      return true;
    });
    if (sent) reminded.push(unit.id);
  }
  if (reminded.length > 0) services.kickOutbox();
  return reminded;
}

export const outreachReminderJob: PeriodicJob = {
  name: 'outreach-coverage-reminders',
  run: async (services) => {
    await remindOutreachCoverage(services);
  },
};
