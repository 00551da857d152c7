import type * as lark from '@larksuiteoapi/node-sdk';
import type { Services } from '../../../app/services.js';
import { sendTo } from '../../../app/replies.js';
import { loadDirectory, writeDirectory } from '../../../directory/directory-repo.js';
import { readOrgMap } from '../../../directory/org-map-file.js';
import { readSyncState, recordSync } from '../../../directory/org-sync-state.js';
import { personById } from '../../../directory/who.js';
import type { Directory } from '../../../domain/org.js';
import {
  describeProblems,
  describeStep,
  diffDirectories,
  holdBack,
  isUnchanged,
} from '../../../domain/org-sync/index.js';
import { contactsClient } from '../../../lark/lark-contacts.js';
import { scrubError } from '../../../log.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { bureauDateTime } from '../../../time.js';
import { heldText, problemsText, failureText } from '../report-text.js';
import { planOrgSync } from './plan.js';

interface Outcome {
  /** True when the directory now matches the tenant, so the stale mark may go. */
  settled: boolean;
  report?: { key: string; text: string };
  applied?: Directory;
  detail: Record<string, unknown>;
}

/** Who hears about a sync: the directory's administrators, or the director when it names none. */
function administrators(dir: Directory | undefined): string[] {
  if (!dir) return [];
  const ids = dir.admins?.length ? dir.admins : [dir.director];
  return [...new Set(ids.map((id) => personById(dir, id)?.openId).filter((o): o is string => !!o))];
}

/**
 * The scheduled re-sync (ORG_SYNC_EVERY): once contact events have marked the directory stale, and
 * the interval has passed since the last run, it reads the tenant again. Changes that leave every
 * open approval step with its approver are applied; the others wait, the directory stays marked,
 * and the administrators are told once (the same report is not sent again while nothing differs).
 */
export class OrgResyncJob implements PeriodicJob {
  readonly name = 'org-resync';
  private client: lark.Client | undefined;

  async run(services: Services): Promise<void> {
    const config = services.config.orgSync;
    if (!config) return;
    const now = services.now();
    const state = await readSyncState(services.store.db);
    if (!state.staleAt) return;
    if (state.syncedAt && now.getTime() - Date.parse(state.syncedAt) < config.everyMs) return;
    this.client ??= contactsClient(services.config, services.log);
    if (!this.client) return;
    let outcome: Outcome;
    try {
      outcome = await this.resync(services, this.client, config.mapFile, now);
    } catch (err) {
      services.log.error({ err: scrubError(err) }, 'scheduled org sync failed');
      const reason = (err as Error).message;
      outcome = {
        settled: false,
        report: { key: reason, text: failureText(now, reason) },
        detail: { failed: true },
      };
    }
    // The same trouble is told once: the key leaves out the time each text carries.
    const report = outcome.report && outcome.report.key !== state.reported ? outcome.report.text : undefined;
    const before = await loadDirectory(services.store.db);
    const to = administrators(outcome.applied ?? before);
    await services.store.write(async (tx) => {
      if (outcome.applied)
        await writeDirectory(tx, outcome.applied, 'system', 'directory.synced', outcome.detail);
      if (report) for (const openId of to) await sendTo(tx, openId, report);
      await recordSync(tx, { readAt: now, settled: outcome.settled, reported: outcome.report?.key ?? '' });
      await appendAudit(
        tx,
        {
          actor: 'system',
          action: 'directory.sync-run',
          entity: 'directory',
          entityId: 'contacts',
          detail: { ...outcome.detail, notified: report ? to : [] },
        },
        now.toISOString(),
      );
    });
    if (report) services.kickOutbox();
  }

  private async resync(
    services: Services,
    client: lark.Client,
    mapFile: string,
    now: Date,
  ): Promise<Outcome> {
    const plan = await planOrgSync(services.store.db, client, await readOrgMap(mapFile));
    if (!plan.ok) {
      const report = {
        key: describeProblems(plan.problems).join('\n'),
        text: problemsText(now, mapFile, plan.problems),
      };
      return { settled: false, report, detail: { problems: plan.problems.length } };
    }
    const { before, after, steps } = plan;
    const kept = before && steps.length ? holdBack(before, after, steps) : after;
    const changed = !isUnchanged(diffDirectories(before, kept));
    const detail = { held: steps.length, applied: changed, at: bureauDateTime(now) };
    return {
      settled: steps.length === 0,
      ...(changed ? { applied: kept } : {}),
      ...(steps.length
        ? { report: { key: steps.map(describeStep).join('\n'), text: heldText(now, steps) } }
        : {}),
      detail,
    };
  }
}
