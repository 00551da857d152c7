import { loadDirectory } from '../../../directory/directory-repo.js';
import type { InspectionRecord } from '../../../domain/inspections/index.js';
import type { Database } from '../../../store/db.js';
import { getApprovalRequest } from '../../approvals/index.js';
import { loadInspection } from '../store/inspection-repo.js';

/** What the 检查结果告知书 prints: the enterprise, the visit and its result, the unit; no person's name. */
export interface InspectionNoticeData {
  record: InspectionRecord;
  unitName: string;
  planId: string;
  bureau: string;
}

export async function getInspectionNotice(
  db: Database,
  code: string,
): Promise<InspectionNoticeData | undefined> {
  const found = await loadInspection(db, code);
  const plan = found && (await getApprovalRequest(db, found.record.requestId));
  if (!found || !plan) return undefined;
  const bureau = (await loadDirectory(db))?.bureau ?? '长治市生态环境局';
  return { record: found.record, unitName: plan.unit.name, planId: plan.id, bureau };
}
