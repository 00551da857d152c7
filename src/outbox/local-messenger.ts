import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { localMessages } from '../../db/schema/index.js';
import type { Store } from '../store/db.js';
import type { Messenger } from './messenger.js';

/** Local mode: the bot's messages land in a table the simulator reads, instead of Lark. */
export class LocalMessenger implements Messenger {
  constructor(private readonly store: Store) {}

  /** The id derives from the outbox uuid, so a retried send stores one message, as Lark's uuid does. */
  private async insert(
    uuid: string,
    openId: string,
    msgType: string,
    content: string,
    replyTo: string | null,
  ) {
    const messageId = `om_local_${createHash('sha256').update(uuid).digest('hex').slice(0, 24)}`;
    await this.store.write((tx) =>
      tx.insert(localMessages).values({ messageId, openId, replyTo, msgType, content }).onConflictDoNothing(),
    );
    return { messageId };
  }

  send(openId: string, msgType: string, content: string, uuid: string) {
    return this.insert(uuid, openId, msgType, content, null);
  }

  reply(messageId: string, recipient: string, msgType: string, content: string, uuid: string) {
    return this.insert(uuid, recipient, msgType, content, messageId);
  }

  async patch(messageId: string, content: string) {
    await this.store.write((tx) =>
      tx
        .update(localMessages)
        .set({ content, updatedAt: new Date().toISOString() })
        .where(eq(localMessages.messageId, messageId)),
    );
  }

  async urgent(messageId: string) {
    await this.store.write((tx) =>
      tx.update(localMessages).set({ urgent: true }).where(eq(localMessages.messageId, messageId)),
    );
  }
}
