import { statsCard } from '../../../cards/stats/summary.js';
import type { MessageIntent } from '../../app/message-router.js';
import { monthPeriod, yearPeriod } from '../../domain/stats/index.js';
import { bureauToday } from '../../time.js';
import { issueLinkToken, linkSecret, LINK_DAYS } from './link-token.js';
import { statsReport } from './service.js';

const ASK = /^(本月|当月|本年|今年|全年)(统计|数据|执法统计)[。！!]?$/;

/** 「本月统计」/「本年统计」: the figures as a card, with a signed link to the charts of the year. */
export const statsIntent: MessageIntent = {
  name: 'stats.summary',
  matches: (text) => ASK.test(text),
  async handle(ctx) {
    const now = ctx.services.now();
    const today = bureauToday(now);
    const monthly = /^(本月|当月)/.test(ctx.msg.text);
    const year = Number(today.slice(0, 4));
    const period = monthly ? monthPeriod(today) : yearPeriod(year);
    const { report } = await statsReport(ctx.services.store.db, ctx.directory, { period, today });
    const token = issueLinkToken(await linkSecret(ctx.services.store), ctx.msg.openId, now);
    const link = `${ctx.services.config.publicBaseUrl}/stats?t=${encodeURIComponent(token)}&year=${year}`;
    await ctx.answer(statsCard(report, link, LINK_DAYS));
  },
};
