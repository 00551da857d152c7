import type { Identity } from '../directory/who.js';
import type { Directory } from '../domain/org.js';
import type { Tx } from '../store/db.js';
import { markDone } from '../work-queue/queue-table.js';
import type { MessageResource } from './message-content.js';
import { replyTo, sendTo, type Reply } from './replies.js';
import type { Services } from './services.js';

export interface IncomingMessage {
  eventId: string;
  messageId: string;
  chatId: string;
  chatType: 'p2p' | 'group';
  openId: string;
  /** The text (of a text or rich-text message) with the bot's @-mention removed and white space folded. */
  text: string;
  /** Pictures and files the message carries. */
  resources: MessageResource[];
  /** On a reply: the message it answers (docs/lark-platform.md §2), the first of the chain, the thread. */
  parentId?: string;
  rootId?: string;
  /** Set when the message was written in a thread: the answer goes there too. */
  threadId?: string;
}

/** What the group sees instead of a card meant for one person. */
export const SENT_PRIVATELY = '内容涉及个人信息，已私信发送给您，请在与执法助手的单聊中查看。';

export class MessageContext {
  private committed = false;
  private carried = false;

  constructor(
    readonly msg: IncomingMessage,
    readonly services: Services,
    readonly directory: Directory,
    readonly identity: Identity,
  ) {}

  /**
   * The handler's one transaction: its changes, its replies and the queue row's "done" land together.
   * A later commit (pictures offered after the referral they came with) adds to what is done.
   */
  async commit(fn: (tx: Tx) => Promise<void>): Promise<void> {
    const first = !this.committed;
    await this.services.store.write(async (tx) => {
      if (first) await markDone(tx, this.msg.eventId);
      await fn(tx);
    });
    this.committed = true;
    this.services.kickOutbox();
  }

  /** Answers the message where it was written: the chat, and the thread if it was in one. */
  reply(tx: Tx, reply: Reply, cardRef?: string): Promise<void> {
    return replyTo(tx, this.msg.messageId, this.msg.openId, reply, cardRef, {
      inThread: !!this.msg.threadId,
    });
  }

  /**
   * Answers with something only its sender may read (a referral's subject, an ID number): in a
   * one-to-one chat as a reply, from a group privately, with one line in the group saying so.
   */
  async replyPrivately(tx: Tx, reply: Reply, cardRef?: string): Promise<void> {
    if (this.msg.chatType === 'p2p') return this.reply(tx, reply, cardRef);
    await sendTo(tx, this.msg.openId, reply, cardRef);
    await this.reply(tx, SENT_PRIVATELY);
  }

  /** Shortcut for a handler whose only effect is its answer. */
  answer(reply: Reply, cardRef?: string): Promise<void> {
    return this.commit((tx) => this.reply(tx, reply, cardRef));
  }

  get hasCommitted(): boolean {
    return this.committed;
  }

  /**
   * The message's pictures and files go on with it to a later handler (the 「移送线索」「政策问答」
   * card carries them), so they are not offered now as well.
   */
  carryResources(): void {
    this.carried = true;
  }

  get resourcesCarried(): boolean {
    return this.carried;
  }
}
