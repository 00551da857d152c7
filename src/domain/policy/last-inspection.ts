import type { Enterprise } from '../org.js';
import type { PastInspection } from '../rules/index.js';
import { cite } from './citations.js';
import { asOf, day } from './quiet-answer.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/**
 * 「最近一次现场检查是哪天」「上回去查是啥时候」「上次查是几号」: the date of an enterprise's last visit,
 * from the bureau's records, not a visit planned.
 */
export const LAST_VISIT_ASKED =
  /(?:最近|上|前|最后)一?(?:次|回|趟)[^，。？?]{0,10}(?:查|检查|入企|去)[^，。？?]{0,6}(?:哪天|哪一天|什么时候|何时|几号|哪个月|几月|日期|时间)|(?:哪天|什么时候|何时|几号)[^，。？?]{0,6}(?:最近|上|最后)一?(?:次|回)(?:被)?(?:现场)?(?:检)?查|(?:哪天|啥时候|什么时候|何时|几号|哪个月)(?:被)?(?:去)?(?:现场)?(?:检)?查的/;

/** The enterprise's on-site visits on record up to today, cancelled ones left out, oldest first. */
export function visitsOnRecord(enterprise: Enterprise, ctx: AnswerContext): PastInspection[] {
  return (ctx.pastInspections ?? [])
    .filter(
      (visit) =>
        visit.uscc === enterprise.uscc &&
        visit.onSite &&
        visit.status !== 'cancelled' &&
        visit.date <= ctx.today,
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function lastVisit(enterprise: Enterprise, ctx: AnswerContext): PolicyAnswer {
  const { today } = ctx;
  const last = visitsOnRecord(enterprise, ctx).at(-1);
  const source = `（据本局检查记录，${asOf(today)}）`;
  const answer = last
    ? `${day(last.date, today)}。${enterprise.name}最近一次现场检查为${last.date.slice(0, 4)}年${day(last.date, last.date)}${source}。`
    : `本局记录中没有${enterprise.name}的现场检查${source}。`;
  return {
    answer,
    citations: cite([{ clause: '3', about: '合理确定检查比例和次数' }]),
    outOfScope: false,
  };
}
