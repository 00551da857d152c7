import { and, eq, isNull } from 'drizzle-orm';
import { referralDrafts } from '../../../../db/schema/index.js';
import {
  referralDraftSchema,
  type DraftField,
  type ReferralDraft,
} from '../../../domain/referrals/annex3.js';
import type { Reader, Tx } from '../../../store/db.js';

export interface StoredDraft {
  id: string;
  senderOpenId: string;
  draft: ReferralDraft;
  unsure: DraftField[];
  referralId: string | null;
}

export async function insertDraft(
  tx: Tx,
  draft: {
    id: string;
    senderOpenId: string;
    chatId?: string;
    draft: ReferralDraft;
    unsure: DraftField[];
    at: string;
  },
): Promise<void> {
  await tx.insert(referralDrafts).values({
    id: draft.id,
    senderOpenId: draft.senderOpenId,
    chatId: draft.chatId ?? null,
    draft: draft.draft,
    unsure: draft.unsure,
    createdAt: draft.at,
    updatedAt: draft.at,
  });
}

export async function loadDraft(db: Reader, id: string): Promise<StoredDraft | undefined> {
  const [row] = await db.select().from(referralDrafts).where(eq(referralDrafts.id, id));
  if (!row) return undefined;
  // Stored by this feature from a parsed draft, but read back through the schema all the same.
  const draft = referralDraftSchema.safeParse(row.draft);
  return {
    id: row.id,
    senderOpenId: row.senderOpenId,
    draft: draft.success ? draft.data : { subject: {}, violations: [], materials: [] },
    unsure: row.unsure as DraftField[],
    referralId: row.referralId,
  };
}

export async function updateDraft(
  tx: Tx,
  id: string,
  patch: { draft: ReferralDraft; unsure: DraftField[]; at: string },
): Promise<void> {
  await tx
    .update(referralDrafts)
    .set({ draft: patch.draft, unsure: patch.unsure, updatedAt: patch.at })
    .where(and(eq(referralDrafts.id, id), isNull(referralDrafts.referralId)));
}

/** Marks the draft sent; false when it already was, so a double click sends one referral. */
export async function consumeDraft(tx: Tx, id: string, referralId: string, at: string): Promise<boolean> {
  const rows = await tx
    .update(referralDrafts)
    .set({ referralId, updatedAt: at })
    .where(and(eq(referralDrafts.id, id), isNull(referralDrafts.referralId)))
    .returning({ id: referralDrafts.id });
  return rows.length === 1;
}
