import type { Card } from '../../cards/kit.js';
import { enqueue } from '../outbox/outbox-repo.js';
import type { Tx } from '../store/db.js';

export type Reply = string | Card;

function encode(reply: Reply): { msgType: 'text' | 'interactive'; content: string } {
  return typeof reply === 'string'
    ? { msgType: 'text', content: JSON.stringify({ text: reply }) }
    : { msgType: 'interactive', content: JSON.stringify(reply) };
}

export async function replyTo(
  tx: Tx,
  messageId: string,
  recipient: string,
  reply: Reply,
  cardRef?: string,
  opts: { inThread?: boolean } = {},
) {
  await enqueue(tx, {
    kind: 'reply',
    target: messageId,
    recipient,
    ...encode(reply),
    ...(cardRef ? { cardRef } : {}),
    ...(opts.inThread ? { inThread: true } : {}),
  });
}

/** A message the bot starts itself (a card to an approver, a notice to an applicant). */
export async function sendTo(tx: Tx, openId: string, reply: Reply, cardRef?: string) {
  await enqueue(tx, {
    kind: 'send',
    target: openId,
    recipient: openId,
    ...encode(reply),
    ...(cardRef ? { cardRef } : {}),
  });
}

/** Replaces a card this app sent earlier under `cardRef` (e.g. to make it read-only). */
export async function patchCard(tx: Tx, cardRef: string, recipient: string, card: Card) {
  await enqueue(tx, {
    kind: 'patch',
    target: `ref:${cardRef}`,
    recipient,
    msgType: 'interactive',
    content: JSON.stringify(card),
  });
}

export async function buzz(tx: Tx, cardRef: string, openId: string) {
  await enqueue(tx, { kind: 'urgent', target: `ref:${cardRef}`, recipient: openId });
}

/** A file uploaded beforehand (FileUploader), sent as a reply by its key. */
export async function replyFile(tx: Tx, messageId: string, recipient: string, fileKey: string) {
  await enqueue(tx, {
    kind: 'reply',
    target: messageId,
    recipient,
    msgType: 'file',
    content: JSON.stringify({ file_key: fileKey }),
  });
}
