import { referralListCard } from '../../../../cards/referrals/list.js';
import type { MessageContext } from '../../../app/message-context.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { bureauToday } from '../../../time.js';
import { actionContextOf } from '../../../app/action-context.js';
import { sendCard } from '../service/outgoing.js';
import { overdueReferrals, referralsOfPerson, referralsOfUnits } from '../store/list-repo.js';
import { loadReferral } from '../store/referral-repo.js';
import { MY_REFERRALS, OVERDUE_REFERRALS, REFERRAL_DETAIL, UNIT_REFERRALS } from './commands.js';

const MAX_LISTED = 30;

function today(ctx: MessageContext): string {
  return bureauToday(ctx.services.now());
}

/** 「我的线索」: referrals the asker sent or handles. */
export const myReferralsIntent: MessageIntent = {
  name: 'referral.mine',
  matches: (text) => MY_REFERRALS.test(text),
  async handle(ctx) {
    const views = await referralsOfPerson(ctx.services.store.db, ctx.msg.openId, MAX_LISTED);
    await ctx.answer(referralListCard('我的线索', views, today(ctx), '您尚无移送或承办的线索。'));
  },
};

/** 「本单位线索」: referrals sent by or to the asker's unit(s). */
export const unitReferralsIntent: MessageIntent = {
  name: 'referral.unit',
  matches: (text) => UNIT_REFERRALS.test(text),
  async handle(ctx) {
    const unitIds = ctx.identity.units.map((u) => u.id);
    const views = await referralsOfUnits(ctx.services.store.db, unitIds, MAX_LISTED);
    const names = ctx.identity.units.map((u) => u.name).join('、');
    const empty = unitIds.length > 0 ? `${names}尚无移送或接收的线索。` : '您未列入任何科室或单位。';
    await ctx.answer(referralListCard('本单位线索', views, today(ctx), empty));
  },
};

/** 「逾期线索」: for a unit head, the unit's cases past their 整改期限; for others, their own. */
export const overdueReferralsIntent: MessageIntent = {
  name: 'referral.overdue',
  matches: (text) => OVERDUE_REFERRALS.test(text),
  async handle(ctx) {
    const headed = ctx.identity.units.filter((u) => u.head === ctx.identity.person.id).map((u) => u.id);
    const day = today(ctx);
    const views = await overdueReferrals(
      ctx.services.store.db,
      { unitIds: headed, openId: ctx.msg.openId },
      day,
      MAX_LISTED,
    );
    await ctx.answer(referralListCard('逾期线索', views, day, '当前没有整改逾期的线索。'));
  },
};

/** 「线索 XS-2026-0001」: the card the asker should hold for it, with its form if it is theirs to act on. */
export const referralDetailIntent: MessageIntent = {
  name: 'referral.detail',
  matches: (text) => REFERRAL_DETAIL.test(text),
  async handle(ctx) {
    const id = REFERRAL_DETAIL.exec(ctx.msg.text)?.[1] ?? '';
    const view = await loadReferral(ctx.services.store.db, id);
    if (!view) {
      await ctx.answer(`未找到线索${id.toUpperCase()}。`);
      return;
    }
    const env = actionContextOf(ctx.services, ctx.directory);
    // The card may show an ID number in full: from a group it goes to the asker alone.
    await ctx.commit((tx) =>
      sendCard(tx, env, view, ctx.msg.openId, {}, (card, ref) => ctx.replyPrivately(tx, card, ref)),
    );
  },
};
