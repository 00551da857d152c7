import { and, asc, desc, eq, gte } from 'drizzle-orm';
import {
  referralAttachments,
  referralDrafts,
  referrals,
  type AttachmentState,
} from '../../../../db/schema/index.js';
import type { MessageResource } from '../../../app/message-content.js';
import type { Reader, Tx } from '../../../store/db.js';

export interface AttachmentRow {
  id: string;
  draftId: string;
  senderOpenId: string;
  messageId: string;
  resourceKey: string;
  kind: 'image' | 'file';
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  status: AttachmentState;
}

const columns = {
  id: referralAttachments.id,
  draftId: referralAttachments.draftId,
  senderOpenId: referralAttachments.senderOpenId,
  messageId: referralAttachments.messageId,
  resourceKey: referralAttachments.resourceKey,
  kind: referralAttachments.kind,
  fileName: referralAttachments.fileName,
  mimeType: referralAttachments.mimeType,
  size: referralAttachments.size,
  status: referralAttachments.status,
};

/** The sender's draft written or sent in this chat most recently, if it was since `since`. */
export async function recentDraftIn(
  db: Reader,
  q: { openId: string; chatId: string; since: string },
): Promise<{ id: string; referralId: string | null } | undefined> {
  const [row] = await db
    .select({ id: referralDrafts.id, referralId: referralDrafts.referralId })
    .from(referralDrafts)
    .where(
      and(
        eq(referralDrafts.senderOpenId, q.openId),
        eq(referralDrafts.chatId, q.chatId),
        gte(referralDrafts.updatedAt, q.since),
      ),
    )
    .orderBy(desc(referralDrafts.updatedAt))
    .limit(1);
  return row;
}

export async function insertOffered(
  tx: Tx,
  offer: { draftId: string; openId: string; chatId: string; messageId: string; at: string },
  resources: readonly MessageResource[],
): Promise<void> {
  await tx
    .insert(referralAttachments)
    .values(
      resources.map((r) => ({
        id: crypto.randomUUID(),
        draftId: offer.draftId,
        senderOpenId: offer.openId,
        chatId: offer.chatId,
        messageId: offer.messageId,
        resourceKey: r.key,
        kind: r.kind,
        fileName: r.name ?? null,
        status: 'offered' as const,
        createdAt: offer.at,
        updatedAt: offer.at,
      })),
    )
    .onConflictDoNothing();
}

/** The pictures and files of one message offered for one draft. */
export function attachmentsOfMessage(
  db: Reader,
  draftId: string,
  messageId: string,
): Promise<AttachmentRow[]> {
  return db
    .select(columns)
    .from(referralAttachments)
    .where(and(eq(referralAttachments.draftId, draftId), eq(referralAttachments.messageId, messageId)))
    .orderBy(asc(referralAttachments.createdAt), asc(referralAttachments.resourceKey));
}

/** Moves every row of the message still in `from` to `to`; returns how many moved. */
export async function moveAttachments(
  tx: Tx,
  q: { draftId: string; messageId: string; from: AttachmentState; to: AttachmentState; at: string },
): Promise<number> {
  const rows = await tx
    .update(referralAttachments)
    .set({ status: q.to, updatedAt: q.at })
    .where(
      and(
        eq(referralAttachments.draftId, q.draftId),
        eq(referralAttachments.messageId, q.messageId),
        eq(referralAttachments.status, q.from),
      ),
    )
    .returning({ id: referralAttachments.id });
  return rows.length;
}

export async function recordDownload(
  tx: Tx,
  id: string,
  result: {
    status: 'stored' | 'too_large' | 'unavailable';
    content?: Uint8Array;
    size?: number;
    mimeType?: string;
    fileName?: string;
    at: string;
  },
): Promise<void> {
  await tx
    .update(referralAttachments)
    .set({
      status: result.status,
      content: result.content ? Buffer.from(result.content) : null,
      size: result.size ?? null,
      ...(result.mimeType ? { mimeType: result.mimeType } : {}),
      ...(result.fileName ? { fileName: result.fileName } : {}),
      updatedAt: result.at,
    })
    .where(and(eq(referralAttachments.id, id), eq(referralAttachments.status, 'accepted')));
}

/** What a referral's form lists: everything accepted for its draft, stored or not. */
export async function attachmentsOfDraft(db: Reader, draftId: string): Promise<AttachmentRow[]> {
  const rows = await db
    .select(columns)
    .from(referralAttachments)
    .where(eq(referralAttachments.draftId, draftId))
    .orderBy(asc(referralAttachments.createdAt), asc(referralAttachments.resourceKey));
  return rows.filter((r) => r.status !== 'offered' && r.status !== 'declined');
}

export async function attachmentContent(
  db: Reader,
  draftId: string,
  id: string,
): Promise<{ row: AttachmentRow; content: Uint8Array } | undefined> {
  const [row] = await db
    .select({ ...columns, content: referralAttachments.content })
    .from(referralAttachments)
    .where(and(eq(referralAttachments.id, id), eq(referralAttachments.draftId, draftId)));
  if (!row?.content || row.status !== 'stored') return undefined;
  const { content, ...rest } = row;
  return { row: rest, content: new Uint8Array(content) };
}

/** The draft a referral was sent from; a referral filed through the API has none. */
export async function draftOfReferral(db: Reader, referralId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ draftId: referrals.draftId })
    .from(referrals)
    .where(eq(referrals.id, referralId));
  return row?.draftId ?? undefined;
}
