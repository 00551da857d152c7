import type { Reader } from '../../../store/db.js';
import { attachmentContent, draftOfReferral } from '../store/attachment-repo.js';

/** One stored picture or file of a referral, for its download link on the form page. */
export async function getReferralAttachment(
  db: Reader,
  referralId: string,
  attachmentId: string,
): Promise<{ content: Uint8Array; mimeType: string; fileName: string } | undefined> {
  const draftId = await draftOfReferral(db, referralId);
  const found = draftId ? await attachmentContent(db, draftId, attachmentId) : undefined;
  if (!found) return undefined;
  const { row, content } = found;
  const image = row.kind === 'image';
  const fallback = image
    ? `${referralId}-图片-${row.id.slice(0, 8)}`
    : `${referralId}-文件-${row.id.slice(0, 8)}`;
  return {
    content,
    mimeType: row.mimeType ?? (image ? 'image/jpeg' : 'application/octet-stream'),
    fileName: row.fileName ?? fallback,
  };
}
