import type { MessageIntent } from '../../../app/message-router.js';
import { emptyDraft, type ReferralDraft } from '../../../domain/referrals/annex3.js';
import { parseReferralMessage } from '../../../domain/referrals/parse-message.js';
import { FILL_FORM, isReferralMessage } from './commands.js';
import { replyWithDraft } from './draft-reply.js';

function isBlank(draft: ReferralDraft): boolean {
  const { subject } = draft;
  return (
    !subject.name &&
    !subject.uscc &&
    !subject.idNumber &&
    !draft.source &&
    draft.violations.length === 0 &&
    !draft.description &&
    !draft.opinion &&
    !draft.toUnitText
  );
}

/** 「填写线索移送表」: the blank 附件3 as a form. */
export const fillFormIntent: MessageIntent = {
  name: 'referral.form',
  matches: (text) => FILL_FORM.test(text),
  handle: (ctx) => replyWithDraft(ctx, emptyDraft(), [], true),
};

/** A referral written in chat, labelled or in one line: read back for confirmation before it is sent. */
export const intakeIntent: MessageIntent = {
  name: 'referral.intake',
  matches: isReferralMessage,
  async handle(ctx) {
    const { draft, unsure } = parseReferralMessage(ctx.msg.text);
    await replyWithDraft(ctx, draft, unsure, isBlank(draft));
  },
};
