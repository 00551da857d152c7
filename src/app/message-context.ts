import type { Identity } from '../directory/who.js';
import type { Directory } from '../domain/org.js';
import type { Tx } from '../store/db.js';
import { markDone } from '../work-queue/queue-table.js';
import { replyTo, type Reply } from './replies.js';
import type { Services } from './services.js';

export interface IncomingMessage {
  eventId: string;
  messageId: string;
  chatId: string;
  chatType: 'p2p' | 'group';
  openId: string;
  /** The text with @-mentions removed and white space folded. */
  text: string;
  /** On a reply: the message it answers (docs/lark-platform.md §2), the first of the chain, the thread. */
  parentId?: string;
  rootId?: string;
  threadId?: string;
}

export class MessageContext {
  private committed = false;

  constructor(
    readonly msg: IncomingMessage,
    readonly services: Services,
    readonly directory: Directory,
    readonly identity: Identity,
  ) {}

  /** The handler's one transaction: its changes, its replies and the queue row's "done" land together. */
  async commit(fn: (tx: Tx) => Promise<void>): Promise<void> {
    await this.services.store.write(async (tx) => {
      await markDone(tx, this.msg.eventId);
      await fn(tx);
    });
    this.committed = true;
    this.services.kickOutbox();
  }

  reply(tx: Tx, reply: Reply, cardRef?: string): Promise<void> {
    return replyTo(tx, this.msg.messageId, this.msg.openId, reply, cardRef);
  }

  /** Shortcut for a handler whose only effect is its answer. */
  answer(reply: Reply, cardRef?: string): Promise<void> {
    return this.commit((tx) => this.reply(tx, reply, cardRef));
  }

  get hasCommitted(): boolean {
    return this.committed;
  }
}
