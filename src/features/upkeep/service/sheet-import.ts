import { createHash, randomUUID } from 'node:crypto';
import { sheetImportCard, sheetKindChoiceCard } from '../../../../cards/upkeep/import.js';
import type { ImportKindView, SheetImportView } from '../../../../cards/upkeep/view.js';
import type { FollowUpHandler } from '../../../app/follow-ups.js';
import { replyTo } from '../../../app/replies.js';
import { importChanges } from '../../../directory/import-changes.js';
import { ImportError, prepareImport, type PreparedImport } from '../../../directory/import-files.js';
import { firstSheetRows, sheetFormat } from '../../../directory/sheet-files.js';
import { detectSheetKind } from '../../../domain/sheets/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { enqueueFollowUp } from '../../../work-queue/follow-up-jobs.js';
import { insertPendingImport, loadImportExpiryMinutes } from '../store/pending-import-repo.js';

/** The follow-up a spreadsheet sent in chat writes: its download and check, after the event's 200. */
export const SHEET_IMPORT_FETCH = 'upkeep.import.fetch';

/** Errors shown on the card; the rest are counted. */
const SHOWN_ERRORS = 10;

export interface SheetImportJob {
  messageId: string;
  openId: string;
  fileKey: string;
  fileName: string;
  /** Chosen on the choice card when the headers did not tell. */
  kind?: ImportKindView;
}

/** True when queued; false when this file was already queued. */
export function queueSheetImport(tx: Tx, job: SheetImportJob): Promise<boolean> {
  return enqueueFollowUp(tx, {
    id: `${SHEET_IMPORT_FETCH}:${job.messageId}:${job.kind ?? 'detect'}`,
    type: SHEET_IMPORT_FETCH,
    payload: job,
  });
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The card's view of a prepared sheet and its changes against the store. */
export function importView(
  p: PreparedImport & { kind: ImportKindView },
  changes: Awaited<ReturnType<typeof importChanges>>,
  meta: { token: string; sha256: string; fileName: string; expiresAt: string },
): SheetImportView {
  const invalidRows = new Set(p.rowErrors.map((e) => e.row)).size;
  return {
    ...meta,
    kind: p.kind,
    rows: p.total,
    invalidRows,
    ...changes,
    errors: p.errors.slice(0, SHOWN_ERRORS),
    errorCount: p.errors.length,
    unknownColumns: p.unknownColumns,
  };
}

type Services = Parameters<FollowUpHandler>[0]['services'];

async function download(services: Services, job: SheetImportJob) {
  if (!services.resources)
    return { ok: false as const, text: '本地模式无法下载聊天中的文件，请用命令行导入。' };
  const max = services.config.attachments.maxBytes;
  const got = await services.resources.download(job.messageId, { kind: 'file', key: job.fileKey }, max);
  if (got.ok) return got;
  const text =
    got.reason === 'too-large'
      ? `文件超过 ${Math.floor(max / 1024)} KB 的上限，未能读取。请拆分后发送，或用命令行导入。`
      : '未能下载该文件（可能已撤回），请重新发送。';
  return { ok: false as const, text };
}

/** Downloads the sheet, tells its kind, checks it with the CLI's code and answers with the card. */
export const fetchSheetImport: FollowUpHandler = async ({ services, payload, done }) => {
  const job = payload as SheetImportJob;
  const answer = (reply: Parameters<typeof replyTo>[3], extra?: (tx: Tx) => Promise<void>) =>
    services.store.write(async (tx) => {
      await done(tx);
      await extra?.(tx);
      await replyTo(tx, job.messageId, job.openId, reply);
    });
  const got = await download(services, job);
  if (!got.ok) return answer(got.text);
  const format = sheetFormat(job.fileName);
  if (format !== 'csv' && format !== 'xlsx') return answer('只接受 .xlsx 或 .csv 文件。');
  try {
    const kind = job.kind ?? detectSheetKind(await firstSheetRows(got.bytes, format, 10));
    if (!kind)
      return answer(
        sheetKindChoiceCard({ messageId: job.messageId, fileKey: job.fileKey, fileName: job.fileName }),
      );
    const prepared = await prepareImport(services.store.db, kind, got.bytes, job.fileName);
    const changes = await importChanges(services.store.db, prepared);
    const at = services.now();
    const ttlMinutes = await loadImportExpiryMinutes(services.store.db);
    const meta = {
      token: randomUUID(),
      sha256: sha256Hex(got.bytes),
      fileName: job.fileName,
      expiresAt: new Date(at.getTime() + ttlMinutes * 60_000).toISOString(),
    };
    const view = importView(
      { ...prepared, kind } as PreparedImport & { kind: ImportKindView },
      changes,
      meta,
    );
    return answer(sheetImportCard(view), async (tx) => {
      await insertPendingImport(tx, {
        ...meta,
        kind,
        openId: job.openId,
        messageId: job.messageId,
        prepared: { prepared, view },
        status: 'pending',
        createdAt: at.toISOString(),
      });
      await appendAudit(
        tx,
        {
          actor: job.openId,
          action: 'sheet-import.checked',
          entity: 'sheet-import',
          entityId: meta.token,
          detail: {
            kind,
            file: job.fileName,
            sha256: meta.sha256,
            rows: prepared.total,
            errors: prepared.errors.length,
            ...changes,
          },
        },
        at.toISOString(),
      );
    });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    return answer(`未能读取《${job.fileName}》：\n${e.errors.slice(0, SHOWN_ERRORS).join('\n')}`);
  }
};
