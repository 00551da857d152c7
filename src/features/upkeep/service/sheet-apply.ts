import { sheetImportCard } from '../../../../cards/upkeep/import.js';
import type { SheetImportView } from '../../../../cards/upkeep/view.js';
import type { FollowUpHandler } from '../../../app/follow-ups.js';
import { sendTo } from '../../../app/replies.js';
import { applyPrepared, checkApplicable, type PreparedImport } from '../../../directory/import-files.js';
import { scrubError } from '../../../log.js';
import { enqueue } from '../../../outbox/outbox-repo.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { enqueueFollowUp } from '../../../work-queue/follow-up-jobs.js';
import { AlreadyProcessed } from '../../../work-queue/queue-table.js';
import {
  finishPendingImport,
  loadPendingImport,
  type PendingImportRow,
} from '../store/pending-import-repo.js';

/** The follow-up 确认导入 writes: the confirmed sheet's records, applied after the click's answer. */
export const SHEET_IMPORT_APPLY = 'upkeep.import.apply';

export interface SheetApplyJob {
  token: string;
  /** The administrator who sent and confirmed the sheet, told the result. */
  openId: string;
  by: string;
  actor: string;
  skipInvalid: boolean;
  /** The import card, patched with the result ('' when the click did not say). */
  openMessageId: string;
}

/** One apply per confirmed import, whatever retries the click or the queue make. */
export function queueSheetApply(tx: Tx, job: SheetApplyJob): Promise<boolean> {
  return enqueueFollowUp(tx, {
    id: `${SHEET_IMPORT_APPLY}:${job.token}`,
    type: SHEET_IMPORT_APPLY,
    payload: job,
  });
}

type Stored = { prepared: PreparedImport; view: SheetImportView };

/** The card patched to `decided` and a message saying the same, in the caller's transaction. */
async function tell(tx: Tx, job: SheetApplyJob, card: SheetImportView, text: string) {
  if (job.openMessageId)
    await enqueue(tx, {
      kind: 'patch',
      target: job.openMessageId,
      recipient: job.openId,
      msgType: 'interactive',
      content: JSON.stringify(sheetImportCard(card)),
    });
  await sendTo(tx, job.openId, text);
}

/**
 * Writes exactly the records that were checked, in one transaction with the audit row, the import's
 * `applied` mark and the queue row's; a failure rolls all of that back and the import is marked
 * failed in a second transaction, the administrator told. An import no longer `importing` is left be.
 */
export const applySheetImport: FollowUpHandler = async ({ services, payload, done }) => {
  const job = payload as SheetApplyJob;
  let row: PendingImportRow | undefined;
  try {
    await services.store.write(async (tx) => {
      await done(tx);
      row = await loadPendingImport(tx, job.token);
      if (row?.status !== 'importing') return;
      const { prepared, view } = row.prepared as Stored;
      checkApplicable(prepared, { skipInvalid: job.skipInvalid });
      const applied = await applyPrepared(tx, prepared, job.actor);
      await finishPendingImport(tx, job.token, 'applied');
      const skipped = prepared.errors.length;
      await appendAudit(
        tx,
        {
          actor: job.actor,
          action: 'sheet-import.applied',
          entity: 'sheet-import',
          entityId: job.token,
          detail: { kind: row.kind, file: row.fileName, sha256: row.sha256, applied, skippedErrors: skipped },
        },
        services.now().toISOString(),
      );
      const decided = { what: 'applied' as const, by: job.by, applied, skipped: skipped > 0 };
      await tell(tx, job, { ...view, decided }, `《${row.fileName}》已导入 ${applied} 条。`);
    });
  } catch (err) {
    if (err instanceof AlreadyProcessed) throw err;
    services.log.error({ token: job.token, err: scrubError(err) }, 'sheet import failed');
    await failed({ services, done }, job, String(scrubError(err).message), row);
  }
};

async function failed(
  { services, done }: Pick<Parameters<FollowUpHandler>[0], 'services' | 'done'>,
  job: SheetApplyJob,
  error: string,
  seen: PendingImportRow | undefined,
) {
  await services.store.write(async (tx) => {
    await done(tx);
    if (!(await finishPendingImport(tx, job.token, 'failed'))) return;
    const row = seen ?? (await loadPendingImport(tx, job.token));
    if (!row) return;
    await appendAudit(
      tx,
      {
        actor: job.actor,
        action: 'sheet-import.failed',
        entity: 'sheet-import',
        entityId: job.token,
        detail: { kind: row.kind, file: row.fileName, sha256: row.sha256, error },
      },
      services.now().toISOString(),
    );
    const { view } = row.prepared as Stored;
    await tell(
      tx,
      job,
      { ...view, decided: { what: 'failed', by: job.by } },
      `《${row.fileName}》导入未成功，未作任何更改。请稍后重新发送文件。`,
    );
  });
}
