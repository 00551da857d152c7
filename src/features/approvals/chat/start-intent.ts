import type { MessageIntent } from '../../../app/message-router.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { bureauToday } from '../../../time.js';
import { buildFormCard } from '../form-card.js';
import { parseStart } from './commands.js';
import { prefillPlan, prefillSpecial } from './prefill.js';

/** 「发起入企检查审批」 / 「申请专项检查」: answers with the annex form, pre-filled from the words after it. */
export const startIntent: MessageIntent = {
  name: 'approval.start',
  matches: (text) => parseStart(text) !== undefined,
  async handle(ctx) {
    const command = parseStart(ctx.msg.text);
    if (!command) return;
    const { db } = ctx.services.store;
    const today = bureauToday(ctx.services.now());
    const values =
      command.kind === 'special'
        ? prefillSpecial(command.rest, today)
        : prefillPlan(command.rest, today, await loadEnterprises(db));
    const form = await buildFormCard(db, ctx.directory, ctx.identity.person, command.kind, values, { today });
    await ctx.answer(form.card, form.cardRef);
  },
};
