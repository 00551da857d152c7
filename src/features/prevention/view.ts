import { sourceLabel, WARNING_STATE_LABELS } from '../../domain/prevention/index.js';
import type { WarningRow } from './store/warning-repo.js';

/** `GET /api/v1/warnings` and the answers of the warning verbs: one warning, as machines read it. */
export function warningJson(row: WarningRow) {
  return {
    id: row.id,
    status: row.status,
    statusLabel: WARNING_STATE_LABELS[row.status],
    unit: { id: row.unitId, name: row.unitName },
    sender: { openId: row.senderOpenId, name: row.senderName },
    enterprise: { uscc: row.uscc, name: row.enterpriseName, county: row.county },
    branch: row.branchId,
    source: row.source,
    sourceLabel: sourceLabel(row.source),
    risk: row.risk,
    advice: row.advice,
    repeatOf: row.repeatOf,
    referralId: row.referralId,
    note: row.note,
    sentAt: row.sentAt,
    acknowledgedAt: row.acknowledgedAt,
    closedAt: row.closedAt,
    closedBy: row.closedByName,
  };
}
