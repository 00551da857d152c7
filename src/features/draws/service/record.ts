import type { Services } from '../../../app/services.js';
import type { Outcome } from '../../../domain/draws/index.js';
import type { Directory } from '../../../domain/org.js';
import { isCalendarDate } from '../../../domain/rules/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { bureauToday } from '../../../time.js';
import { drawRefusal } from '../refusals.js';
import { publishItem } from '../store/draw-repo.js';
import { loadDrawView, type DrawItemView, type DrawView } from '../view.js';
import { settleForms } from './record-cards.js';

export interface ResultInput {
  drawId: string;
  uscc: string;
  outcome: Outcome;
  inspectedOn: string;
  note?: string;
}

/** The draw unit's head, or an inspector drawn for this enterprise, records its result. */
export function mayRecord(
  directory: Directory,
  view: DrawView,
  item: DrawItemView,
  personId: string,
): boolean {
  const unit = directory.units.find((u) => u.id === view.unit.id);
  return unit?.head === personId || item.inspectors.some((i) => i.personId === personId);
}

/**
 * Records the outcome of one drawn inspection and publishes it (一公开) at once: only a plan that
 * was approved, once, with a date inside the inspection period that is not in the future.
 */
export async function recordResult(
  services: Services,
  directory: Directory,
  recorderOpenId: string,
  input: ResultInput,
  source: 'chat' | 'api',
  /** The form it was entered on, when it came from chat. */
  formRef?: string,
): Promise<{ view: DrawView; item: DrawItemView }> {
  const now = services.now();
  const at = now.toISOString();
  const today = bureauToday(now);
  const result = await services.store.write(async (tx) => {
    const view = await loadDrawView(tx, input.drawId);
    if (!view) throw drawRefusal('NOT_FOUND', `未找到抽查${input.drawId}。`);
    const item = view.items.find((i) => i.uscc === input.uscc);
    if (!item) throw drawRefusal('NOT_FOUND', `抽查${view.id}未抽中该企业。`);
    const person = directory.people.find((p) => p.openId === recorderOpenId);
    if (!person || !mayRecord(directory, view, item, person.id)) {
      throw drawRefusal('NOT_ALLOWED', '仅实施单位负责人或该企业的检查人员可以登记抽查结果。');
    }
    if (item.publishedAt)
      throw drawRefusal('ALREADY_HANDLED', `${item.enterpriseName}的抽查结果已公开，无需重复登记。`);
    if (item.planStatus !== 'approved') {
      throw drawRefusal('NOT_READY', `${item.enterpriseName}的检查计划尚未批准，不能登记检查结果。`);
    }
    if (!isCalendarDate(input.inspectedOn) || input.inspectedOn < view.from || input.inspectedOn > today) {
      throw drawRefusal('BAD_INPUT', `检查日期应在${view.from}至${today < view.to ? today : view.to}之间。`);
    }
    const note = input.note?.trim() || null;
    const published = await publishItem(tx, view.id, item.idx, {
      outcome: input.outcome,
      note,
      inspectedOn: input.inspectedOn,
      recordedByOpenId: person.openId,
      recordedByName: person.name,
      publishedAt: at,
    });
    if (!published)
      throw drawRefusal('ALREADY_HANDLED', `${item.enterpriseName}的抽查结果已公开，无需重复登记。`);
    await appendAudit(
      tx,
      {
        actor: source === 'api' ? 'api' : person.openId,
        action: 'draw.result-published',
        entity: 'draw',
        entityId: view.id,
        detail: {
          uscc: item.uscc,
          recorder: person.openId,
          outcome: input.outcome,
          inspectedOn: input.inspectedOn,
          late: today > view.publishDue,
        },
      },
      at,
    );
    const env = { services, directory, at, today };
    const subject = `${view.id}|${item.uscc}`;
    const settled = { subject, enterpriseName: item.enterpriseName, recorderName: person.name };
    await settleForms(tx, env, { ...settled, recorderOpenId: person.openId }, formRef);
    return view.id;
  });
  services.kickOutbox();
  const view = await loadDrawView(services.store.db, result);
  const item = view?.items.find((i) => i.uscc === input.uscc);
  if (!view || !item) throw new Error(`draw ${result} vanished after commit`);
  return { view, item };
}
