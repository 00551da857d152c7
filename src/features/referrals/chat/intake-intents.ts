import { intentChoiceCard } from '../../../../cards/referrals/intent-choice.js';
import type { MessageContext } from '../../../app/message-context.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Enterprise } from '../../../domain/org.js';
import { emptyDraft, type ReferralDraft } from '../../../domain/referrals/annex3.js';
import { classifyReferralIntent, mightBeReferral } from '../../../domain/referrals/intent.js';
import { readReferral } from '../../../domain/referrals/read-referral.js';
import { FILL_FORM } from './commands.js';
import { replyWithDraft } from './draft-reply.js';
import { choiceValues, MAX_CARRIED_CHARS } from './intent-choice-action.js';

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
    !draft.toUnitText &&
    !draft.toUnit
  );
}

/** 「填写线索移送表」: the blank 附件3 as a form. */
export const fillFormIntent: MessageIntent = {
  name: 'referral.form',
  matches: (text) => FILL_FORM.test(text),
  handle: (ctx) => replyWithDraft(ctx, emptyDraft(), [], true),
};

async function readAndReply(ctx: MessageContext, enterprises?: readonly Enterprise[]): Promise<void> {
  const registry = enterprises ?? (await loadEnterprises(ctx.services.store.db));
  const { draft, unsure } = readReferral(ctx.msg.text, { directory: ctx.directory, enterprises: registry });
  await replyWithDraft(ctx, draft, unsure, isBlank(draft), registry);
}

/**
 * A referral however it is written (annex labels, one line, `key: value`, free sentences, a note to
 * a branch): read back for confirmation before it is sent. When the message could as well be a
 * question, the sender chooses with two buttons; a message too long to carry in them is taken as a
 * referral, since a policy answer must never go to a hand-over.
 */
export const intakeIntent: MessageIntent = {
  name: 'referral.intake',
  async matches(text, ctx) {
    if (!mightBeReferral(text)) return false;
    return classifyReferralIntent(text, await ctx.enterprises()) !== 'none';
  },
  async handle(ctx) {
    const enterprises = await loadEnterprises(ctx.services.store.db);
    const { text } = ctx.msg;
    if (classifyReferralIntent(text, enterprises) === 'unsure' && [...text].length <= MAX_CARRIED_CHARS) {
      // The buttons carry the pictures and files too: they are offered once the sender has chosen.
      ctx.carryResources();
      await ctx.answer(intentChoiceCard({ text, values: choiceValues(ctx.msg) }));
      return;
    }
    await readAndReply(ctx, enterprises);
  },
};

/** 「移送线索」 chosen on the choice card: the message is read as a referral, no questions asked. */
export const chosenReferralIntent: MessageIntent = {
  name: 'referral.chosen',
  matches: () => false,
  handle: (ctx) => readAndReply(ctx),
};
