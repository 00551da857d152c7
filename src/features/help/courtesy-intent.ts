import type { MessageIntent } from '../../app/message-router.js';
import { readReply, type ReplyReading } from '../../domain/replies/index.js';

const LINES: Readonly<Record<NonNullable<ReplyReading['courtesy']>, string>> = {
  greeting: '您好，我是执法助手。发送「帮助」可查看使用说明。',
  thanks: '不客气。',
  ack: '好的。如需办理审批，请直接回复审批卡片，或发送「我的待办」。',
};

function courtesyOf(text: string): ReplyReading['courtesy'] {
  return readReply(text, 'none').courtesy;
}

/** 「谢谢」「收到」「好的」: a short courteous line, never a policy answer. */
export const courtesyIntent: MessageIntent = {
  name: 'courtesy',
  matches: (text) => courtesyOf(text) !== undefined,
  handle: (ctx) => ctx.answer(LINES[courtesyOf(ctx.msg.text) ?? 'ack']),
};
