import {
  attachmentOfferCard,
  attachmentResultText,
  type AttachmentItem,
} from '../../../../cards/referrals/attachments.js';
import type { ActionContext } from '../../../app/action-context.js';
import type { FollowUpHandler } from '../../../app/follow-ups.js';
import type { MessageResource } from '../../../app/message-content.js';
import { sendTo } from '../../../app/replies.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { enqueueFollowUp } from '../../../work-queue/follow-up-jobs.js';
import { referralRefusal } from '../refusals.js';
import {
  attachmentsOfMessage,
  insertOffered,
  moveAttachments,
  recordDownload,
  type AttachmentRow,
} from '../store/attachment-repo.js';
import { loadDraft } from '../store/draft-repo.js';

/** The follow-up an accepted offer writes: the download, after the card's answer. */
export const FETCH_ATTACHMENTS = 'referral.attachments.fetch';

interface FetchJob {
  draftId: string;
  messageId: string;
}

export function offerCardRef(draftId: string, messageId: string): string {
  return `referral-attach:${draftId}:${messageId}`;
}

const item = (r: { kind: 'image' | 'file'; fileName?: string | null; name?: string }): AttachmentItem => ({
  kind: r.kind,
  name: r.fileName ?? r.name ?? null,
});

/** Records the pictures and files of a message as offered for the draft; returns the offer card. */
export async function offerAttachments(
  tx: Tx,
  env: ActionContext,
  offer: { draftId: string; referralId: string | null; openId: string; chatId: string; messageId: string },
  resources: readonly MessageResource[],
) {
  await insertOffered(tx, { ...offer, at: env.at }, resources);
  await appendAudit(
    tx,
    {
      actor: offer.openId,
      action: 'referral-attachment.offered',
      entity: 'referral-draft',
      entityId: offer.draftId,
      detail: { messageId: offer.messageId, count: resources.length },
    },
    env.at,
  );
  return attachmentOfferCard({
    draftId: offer.draftId,
    messageId: offer.messageId,
    items: resources.map(item),
    referralId: offer.referralId,
  });
}

/**
 * 「作为移交材料附上」 or 「不附上」. Accepting queues the download as a follow-up: the callback
 * answers within its 3 s whatever the size of the file.
 */
export async function answerOffer(
  tx: Tx,
  env: ActionContext,
  q: { draftId: string; messageId: string; openId: string; accept: boolean },
) {
  const draft = await loadDraft(tx, q.draftId);
  if (!draft) throw referralRefusal('NOT_FOUND', '该线索移送表已失效。');
  if (draft.senderOpenId !== q.openId) throw referralRefusal('NOT_ALLOWED', '仅移送人本人可附上移交材料。');
  const moved = await moveAttachments(tx, {
    draftId: q.draftId,
    messageId: q.messageId,
    from: 'offered',
    to: q.accept ? 'accepted' : 'declined',
    at: env.at,
  });
  if (moved === 0) throw referralRefusal('ALREADY_HANDLED', '已处理过该移交材料。');
  await appendAudit(
    tx,
    {
      actor: q.openId,
      action: q.accept ? 'referral-attachment.accepted' : 'referral-attachment.declined',
      entity: 'referral-draft',
      entityId: q.draftId,
      detail: { messageId: q.messageId, count: moved },
    },
    env.at,
  );
  if (q.accept) {
    const job: FetchJob = { draftId: q.draftId, messageId: q.messageId };
    await enqueueFollowUp(tx, {
      id: `${FETCH_ATTACHMENTS}:${q.draftId}:${q.messageId}`,
      type: FETCH_ATTACHMENTS,
      payload: job,
    });
  }
  const rows = await attachmentsOfMessage(tx, q.draftId, q.messageId);
  return attachmentOfferCard({
    draftId: q.draftId,
    messageId: q.messageId,
    items: rows.map(item),
    referralId: draft.referralId,
    decided: q.accept ? 'accepted' : 'declined',
  });
}

type Outcome = Parameters<typeof recordDownload>[2];

/** Downloads one accepted picture or file; a temporary failure throws, so the worker retries. */
async function download(
  services: Parameters<FollowUpHandler>[0]['services'],
  row: AttachmentRow,
  at: string,
): Promise<Outcome> {
  const { resources, config } = services;
  if (!resources) return { status: 'unavailable', at };
  const resource: MessageResource = { kind: row.kind, key: row.resourceKey };
  const got = await resources.download(row.messageId, resource, config.attachments.maxBytes);
  if (got.ok) {
    return {
      status: 'stored',
      content: got.bytes,
      size: got.bytes.byteLength,
      at,
      ...(got.mimeType ? { mimeType: got.mimeType } : {}),
      ...(got.fileName && !row.fileName ? { fileName: got.fileName } : {}),
    };
  }
  return got.reason === 'too-large'
    ? { status: 'too_large', at, ...(got.size ? { size: got.size } : {}) }
    : { status: 'unavailable', at };
}

/** The follow-up: fetch each accepted resource of the message, keep it, tell the sender once. */
export const fetchAttachments: FollowUpHandler = async ({ services, payload, done }) => {
  const job = payload as FetchJob;
  const rows = (await attachmentsOfMessage(services.store.db, job.draftId, job.messageId)).filter(
    (r) => r.status === 'accepted',
  );
  const at = services.now().toISOString();
  const outcomes: [AttachmentRow, Outcome][] = [];
  for (const row of rows) outcomes.push([row, await download(services, row, at)]);
  const draft = await loadDraft(services.store.db, job.draftId);
  const of = (status: Outcome['status']) =>
    outcomes.filter(([, o]) => o.status === status).map(([r]) => item(r));
  await services.store.write(async (tx) => {
    await done(tx);
    for (const [row, outcome] of outcomes) await recordDownload(tx, row.id, outcome);
    await appendAudit(
      tx,
      {
        actor: 'system',
        action: 'referral-attachment.fetched',
        entity: 'referral-draft',
        entityId: job.draftId,
        detail: Object.fromEntries(outcomes.map(([r, o]) => [r.id, o.status])),
      },
      at,
    );
    const text = attachmentResultText({
      referralId: draft?.referralId ?? null,
      stored: of('stored'),
      tooLarge: of('too_large'),
      unavailable: of('unavailable'),
      maxBytes: services.config.attachments.maxBytes,
    });
    if (draft && text) await sendTo(tx, draft.senderOpenId, text);
  });
};
