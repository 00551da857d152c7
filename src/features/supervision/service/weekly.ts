import { eq } from 'drizzle-orm';
import { settings } from '../../../../db/schema/index.js';
import { supervisionCard } from '../../../../cards/supervision/digest.js';
import { sendTo } from '../../../app/replies.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { supervisionRecipients, weekOf } from '../../../domain/supervision/index.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { bureauDateTime, bureauToday } from '../../../time.js';
import { issueLinkToken, linkSecret, LINK_DAYS } from '../../../pages/stats-link.js';
import { cardView, loadSupervisionReport, withLinks } from './report.js';

/** The week (its Monday) the card was last sent for: one claim per week, however often the job runs. */
const SENT_KEY = 'supervision.weeklySentFor';
/** Lines per section the card's report reads; the card shows fewer, the page all of them. */
const CARD_LINES = 3;
/** Sent from 09:00 bureau time, not at midnight. */
const SEND_FROM = '09:00';

/**
 * Once a week, from Monday 09:00 (or the first run after it), the 局长 and the head of 法规与标准科
 * get the 执法监督 card. Returns who was sent it.
 */
export async function sendWeeklySupervision(services: Services): Promise<string[]> {
  const now = services.now();
  const today = bureauToday(now);
  const week = weekOf(today);
  if (today === week && bureauDateTime(now).slice(11) < SEND_FROM) return [];
  const { db } = services.store;
  const [sent] = await db.select().from(settings).where(eq(settings.key, SENT_KEY));
  if (sent?.value === week) return [];
  const directory = await loadDirectory(db);
  const recipients = directory ? supervisionRecipients(directory) : [];
  if (!directory || recipients.length === 0) return [];
  const report = await loadSupervisionReport(db, directory, today, CARD_LINES);
  const links = await withLinks(services, report);
  const secret = await linkSecret(services.store);
  const sentTo = await services.store.write(async (tx) => {
    const [claimed] = await tx.select().from(settings).where(eq(settings.key, SENT_KEY));
    if (claimed?.value === week) return [];
    await tx
      .insert(settings)
      .values({ key: SENT_KEY, value: week })
      .onConflictDoUpdate({ target: settings.key, set: { value: week } });
    for (const person of recipients) {
      const token = issueLinkToken(secret, person.openId, now);
      const statsLink = `${services.config.publicBaseUrl}/stats?t=${encodeURIComponent(token)}#supervision`;
      await sendTo(tx, person.openId, supervisionCard(cardView(report, links, statsLink, LINK_DAYS)));
    }
    await appendAudit(
      tx,
      {
        actor: 'system',
        action: 'supervision.weekly-sent',
        entity: 'supervision-week',
        entityId: week,
        detail: {
          to: recipients.map((p) => p.id),
          totals: Object.fromEntries(report.sections.map((s) => [s.key, s.total])),
        },
      },
      now.toISOString(),
    );
    return recipients.map((p) => p.openId);
  });
  if (sentTo.length > 0) services.kickOutbox();
  return sentTo;
}

export const weeklySupervisionJob: PeriodicJob = {
  name: 'supervision-weekly-card',
  run: async (services) => {
    await sendWeeklySupervision(services);
  },
};
