import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import { sendTo } from '../../../app/replies.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { dueReminder, type InspectionRecord, type DueReminder } from '../../../domain/inspections/index.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { awaitingCards, bumpReminder, openInspections } from '../store/inspection-repo.js';
import { loadReminderSettings } from '../store/settings-repo.js';
import { auditInspection } from './audit.js';
import { inspectorsOf, loadOrFail, unitHeadOf } from './authorize.js';
import { sendInspectionCard } from './cards.js';

async function withEnv(services: Services): Promise<ActionContext | undefined> {
  const directory = await loadDirectory(services.store.db);
  return directory && actionContextOf(services, directory);
}

/** The day after the plan's last date each inspector gets 「登记检查结果」; each visit in its own transaction. */
export async function sendResultCards(services: Services): Promise<string[]> {
  const env = await withEnv(services);
  if (!env) return [];
  const sent: string[] = [];
  for (const code of await awaitingCards(services.store.db, env.today)) {
    await services.store.write(async (tx) => {
      const loaded = await loadOrFail(tx, code);
      for (const person of inspectorsOf(loaded.plan))
        await sendInspectionCard(tx, env, loaded, person.openId);
      await auditInspection(tx, env, 'system', 'cards-sent', code, {
        to: inspectorsOf(loaded.plan).map((p) => p.openId),
      });
    });
    sent.push(code);
  }
  services.kickOutbox();
  return sent;
}

function reminderText(rec: InspectionRecord, due: DueReminder, toHead: boolean): string {
  const what = `检查${rec.code}（${rec.enterprise.name}）`;
  const late =
    due.step === 'result'
      ? `检查时间已于${rec.to}结束，至今未登记检查结果`
      : `已于${rec.result?.date ?? ''}检查，至今未向企业反馈检查结果`;
  const ask = toHead
    ? '请督促检查人员尽快办理（第6条）。'
    : due.step === 'result'
      ? '请尽快登记检查结果（第6条）。'
      : '请及时向企业反馈检查结果（第6条）。';
  return `${what}${late}，${ask}`;
}

/**
 * Results not recorded, feedback not given, N working days on: first the inspectors are reminded, then
 * the unit head. The count is bumped conditionally, so two instances never remind twice.
 */
export async function remindOpenInspections(services: Services): Promise<string[]> {
  const env = await withEnv(services);
  if (!env) return [];
  const settings = await loadReminderSettings(services.store.db);
  const reminded: string[] = [];
  for (const rec of await openInspections(services.store.db, env.today)) {
    const due = dueReminder(rec, env.today, settings);
    if (!due) continue;
    const done = await services.store.write(async (tx) => {
      if (!(await bumpReminder(tx, rec, env.at))) return false;
      const loaded = await loadOrFail(tx, rec.code);
      const head = unitHeadOf(env.directory, loaded.plan.unit.id);
      const to = due.to === 'head' && head ? [head] : inspectorsOf(loaded.plan);
      for (const person of to) await sendTo(tx, person.openId, reminderText(rec, due, due.to === 'head'));
      await auditInspection(tx, env, 'system', 'reminded', rec.code, {
        step: due.step,
        to: to.map((p) => p.openId),
      });
      return true;
    });
    if (done) reminded.push(rec.code);
  }
  services.kickOutbox();
  return reminded;
}

export const inspectionJobs: PeriodicJob[] = [
  { name: 'inspection-result-cards', run: async (s) => void (await sendResultCards(s)) },
  { name: 'inspection-reminders', run: async (s) => void (await remindOpenInspections(s)) },
];
