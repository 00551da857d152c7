import { coverageCard } from '../../../../cards/prevention/coverage.js';
import { actionContextOf } from '../../../app/action-context.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { OUTREACH_FORM_LABELS, readDay, readOutreachForm } from '../../../domain/prevention/index.js';
import { bureauToday } from '../../../time.js';
import { enterprisesOrRefuse } from '../enterprise-input.js';
import { coverageOf } from '../service/coverage.js';
import { recordOutreach } from '../service/record-outreach.js';
import { COVERAGE_COMMAND, OUTREACH_COMMAND, OUTREACH_USAGE, readOutreachMessage } from './outreach-text.js';

/** 「送法入企」 with its labelled lines: the branch's activity is recorded; anything missing is asked for. */
export const outreachIntent: MessageIntent = {
  name: 'prevention.outreach',
  matches: (text) => OUTREACH_COMMAND.test(text) && !COVERAGE_COMMAND.test(text),
  async handle(ctx) {
    const today = bureauToday(ctx.services.now());
    const said = readOutreachMessage(ctx.msg.text);
    const date = said.date && readDay(said.date, today);
    const form = said.form && readOutreachForm(said.form);
    const missing = [
      ...(said.date && !date ? [`日期「${said.date}」无法识别`] : !said.date ? ['日期'] : []),
      ...(said.form && !form ? [`形式「${said.form}」不在所列形式中`] : !said.form ? ['形式'] : []),
      ...(said.topic ? [] : ['主题']),
      ...(said.enterprises.length > 0 ? [] : ['企业']),
    ];
    if (!date || !form || !said.topic || missing.length > 0) {
      await ctx.answer(`${missing.length > 0 ? `请补充：${missing.join('、')}。\n` : ''}${OUTREACH_USAGE}`);
      return;
    }
    const { topic } = said;
    // An unknown enterprise is refused; runIntent answers a refusal with its message.
    const enterprises = enterprisesOrRefuse(said.enterprises, await loadEnterprises(ctx.services.store.db));
    const env = actionContextOf(ctx.services, ctx.directory);
    await ctx.commit(async (tx) => {
      const row = await recordOutreach(tx, env, {
        channel: 'chat',
        recorder: ctx.identity.person,
        date,
        form,
        topic,
        enterprises,
        team: said.team,
      });
      await ctx.reply(
        tx,
        `已登记送法入企活动${row.id}：${row.date}${OUTREACH_FORM_LABELS[form]}「${row.topic}」，覆盖${enterprises.map((e) => e.name).join('、')}。`,
      );
    });
  },
};

/** 「送法入企进度」: the asker's county (a city-level asker: every county) this year. */
export const coverageIntent: MessageIntent = {
  name: 'prevention.coverage',
  matches: (text) => COVERAGE_COMMAND.test(text),
  async handle(ctx) {
    const today = bureauToday(ctx.services.now());
    const year = Number(today.slice(0, 4));
    const rows = await coverageOf(ctx.services.store.db, ctx.directory, year);
    const counties = ctx.identity.units.flatMap((u) => (u.kind === 'branch' && u.county ? [u.county] : []));
    const mine = counties.length > 0 ? rows.filter((r) => counties.includes(r.county)) : rows;
    await ctx.answer(coverageCard(year, today, mine));
  },
};
