import { recordCard } from '../../../../cards/draws/record.js';
import { sendTo } from '../../../app/replies.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { publicationState } from '../../../domain/draws/index.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { bureauToday } from '../../../time.js';
import { recordCardRef } from '../chat/record.js';
import { loadDrawSettings } from '../settings.js';
import { markReminded } from '../store/draw-repo.js';
import { asAwaitingResult, awaitingItems, type AwaitingItem } from './awaiting.js';

function byDraw(items: readonly AwaitingItem[]): Map<string, AwaitingItem[]> {
  const groups = new Map<string, AwaitingItem[]>();
  for (const entry of items) groups.set(entry.draw.id, [...(groups.get(entry.draw.id) ?? []), entry]);
  return groups;
}

/**
 * Reminds the drawing unit's head, once per enterprise, when the publication deadline of an
 * approved drawn inspection is near or past and its result is still not public. Returns the draws
 * whose head was reminded.
 */
export async function runDrawReminders(services: Services): Promise<string[]> {
  const directory = await loadDirectory(services.store.db);
  if (!directory) return [];
  const now = services.now();
  const today = bureauToday(now);
  const at = now.toISOString();
  const { publication } = await loadDrawSettings(services.store.db);
  const reminded: string[] = [];
  for (const [drawId, entries] of byDraw(await awaitingItems(services.store.db))) {
    const due = entries.filter(
      ({ draw, item }) =>
        !item.remindedAt && publicationState(draw.publishDue, today, publication) !== 'waiting',
    );
    const draw = due[0]?.draw;
    const head =
      draw && directory.people.find((p) => p.id === directory.units.find((u) => u.id === draw.unitId)?.head);
    if (!draw || !head) continue;
    const formRef = `${drawId}:${today}`;
    const late = today > draw.publishDue;
    await services.store.write(async (tx) => {
      await markReminded(
        tx,
        drawId,
        due.map(({ item }) => item.idx),
        at,
      );
      const card = recordCard(formRef, due.map(asAwaitingResult), today, {
        title: `抽查结果公开提醒 ${drawId}`,
        intro: late
          ? `以下双随机抽查的检查结果应于${draw.publishDue}前公开，现已逾期，请尽快登记。`
          : `以下双随机抽查的检查结果应于${draw.publishDue}前公开，请及时登记。`,
      });
      await sendTo(tx, head.openId, card, recordCardRef(formRef));
      await appendAudit(
        tx,
        {
          actor: 'system',
          action: 'draw.publication-reminded',
          entity: 'draw',
          entityId: drawId,
          detail: { to: head.id, enterprises: due.map(({ item }) => item.uscc), due: draw.publishDue, late },
        },
        at,
      );
    });
    reminded.push(drawId);
  }
  if (reminded.length > 0) services.kickOutbox();
  return reminded;
}

export const drawRemindersJob: PeriodicJob = {
  name: 'draw-publication-reminders',
  run: async (services) => {
    await runDrawReminders(services);
  },
};
