import { actionContextOf } from '../../../app/action-context.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { publicationState } from '../../../domain/draws/index.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { loadDrawSettings } from '../settings.js';
import { markReminded } from '../store/draw-repo.js';
import { awaitingFor, awaitingItems, type AwaitingItem } from './awaiting.js';
import { sendRecordCard } from './record-cards.js';

function byDraw(items: readonly AwaitingItem[]): Map<string, AwaitingItem[]> {
  const groups = new Map<string, AwaitingItem[]>();
  for (const entry of items) groups.set(entry.draw.id, [...(groups.get(entry.draw.id) ?? []), entry]);
  return groups;
}

/**
 * Reminds the drawing unit's head, once per enterprise, when the publication deadline of an
 * approved drawn inspection is near or past and its result is still not public. The reminder is a
 * fresh form for everything the head may record, replacing their older forms. Returns the draws
 * whose head was reminded.
 */
export async function runDrawReminders(services: Services): Promise<string[]> {
  const directory = await loadDirectory(services.store.db);
  if (!directory) return [];
  const env = actionContextOf(services, directory);
  const { today, at } = env;
  const { publication } = await loadDrawSettings(services.store.db);
  const reminded: string[] = [];
  const all = await awaitingItems(services.store.db);
  for (const [drawId, entries] of byDraw(all)) {
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
      await sendRecordCard(tx, env, head.openId, awaitingFor(directory, head.id, all), {
        formRef,
        title: `抽查结果公开提醒 ${drawId}`,
        intro: late
          ? `抽查${drawId}的检查结果应于${draw.publishDue}前公开，现已逾期，请尽快登记。以下为您待登记的全部抽查。`
          : `抽查${drawId}的检查结果应于${draw.publishDue}前公开，请及时登记。以下为您待登记的全部抽查。`,
      });
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
