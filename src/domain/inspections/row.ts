import type { InspectionMethod } from '../rules/index.js';
import type {
  FeedbackMeans,
  InspectionOutcome,
  InspectionRecord,
  InspectionStatus,
  Signer,
} from './record.js';

/** The stored row as plain values (the `inspections` table's select type satisfies it). */
export interface InspectionRowData {
  requestId: string;
  code: string | null;
  uscc: string;
  enterpriseName: string | null;
  date: string;
  lastDate: string | null;
  unitId: string;
  status: InspectionStatus;
  resultDate: string | null;
  outcome: InspectionOutcome | null;
  findings: string | null;
  methods: string[] | null;
  resultByOpenId: string | null;
  resultByName: string | null;
  resultAt: string | null;
  feedbackDate: string | null;
  feedbackMeans: FeedbackMeans | null;
  feedbackContent: string | null;
  feedbackByOpenId: string | null;
  feedbackByName: string | null;
  feedbackAt: string | null;
  cancelReason: string | null;
  cancelledByOpenId: string | null;
  cancelledByName: string | null;
  cancelledAt: string | null;
  reminders: number;
  lastRemindedAt: string | null;
}

function signer(openId: string | null, name: string | null): Signer {
  return { openId: openId ?? '', name: name ?? '' };
}

/**
 * A row as the rules read it. `dayOf` turns the stored instant of the last reminder into the bureau's
 * day. Rows older than the numbering carry the request id with their place unknown.
 */
export function inspectionRecordOf(row: InspectionRowData, dayOf: (at: string) => string): InspectionRecord {
  return {
    code: row.code ?? row.requestId,
    requestId: row.requestId,
    // An enterprise typed by name (no USCC) is stored with '' and is no enterprise of the registry.
    enterprise: { name: row.enterpriseName ?? row.uscc, uscc: row.uscc || null },
    status: row.status,
    from: row.date,
    to: row.lastDate ?? row.date,
    unitId: row.unitId,
    result:
      row.resultDate && row.outcome
        ? {
            date: row.resultDate,
            outcome: row.outcome,
            findings: row.findings ?? '',
            methods: (row.methods ?? []) as InspectionMethod[],
            by: signer(row.resultByOpenId, row.resultByName),
            at: row.resultAt ?? '',
          }
        : null,
    feedback:
      row.feedbackDate && row.feedbackMeans
        ? {
            date: row.feedbackDate,
            means: row.feedbackMeans,
            content: row.feedbackContent ?? '',
            by: signer(row.feedbackByOpenId, row.feedbackByName),
            at: row.feedbackAt ?? '',
          }
        : null,
    cancelled: row.cancelledAt
      ? {
          reason: row.cancelReason ?? '',
          by: signer(row.cancelledByOpenId, row.cancelledByName),
          at: row.cancelledAt,
        }
      : null,
    reminders: row.reminders,
    lastRemindedOn: row.lastRemindedAt ? dayOf(row.lastRemindedAt) : null,
  };
}

/** `inspections[]` of `GET /requests/:id` and the inspection routes' answers. */
export function inspectionJson(rec: InspectionRecord) {
  return {
    id: rec.code,
    enterprise: rec.enterprise,
    status: rec.status,
    ...(rec.result
      ? {
          result: {
            date: rec.result.date,
            outcome: rec.result.outcome,
            findings: rec.result.findings,
            methods: rec.result.methods,
            by: rec.result.by,
            at: rec.result.at,
          },
        }
      : {}),
    ...(rec.feedback
      ? {
          feedback: {
            date: rec.feedback.date,
            means: rec.feedback.means,
            content: rec.feedback.content,
            by: rec.feedback.by,
            at: rec.feedback.at,
          },
        }
      : {}),
    ...(rec.cancelled ? { cancelled: rec.cancelled } : {}),
  };
}
