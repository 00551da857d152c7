import type { DateRange } from '../rules/index.js';
import { allDates, resolveDates } from './relative-dates.js';

// When the visit a question describes is to be, told apart from the dates of what already happened.

/**
 * 「一次3月一次6月」「3月一次6月一次」「5月份查过一次」「3月和6月各来过一次」「上次是8月」: when earlier
 * visits were, not when this one is.
 */
const PAST_VISITS =
  /(?:一次|上次|上回|前次)(?:是|在)?\d{1,2}月(?:份)?(?:\d{1,2}[日号])?|\d{1,2}月(?:份)?(?:\d{1,2}[日号])?(?:[和、跟及]\d{1,2}月(?:份)?(?:\d{1,2}[日号])?)*(?:各|都)?(?:双随机|抽查|检查)?(?:已经?|都)?各?(?:(?:查|检查|去|来|抽查|现场检查|进)过(?:一次|一回|了)?|[一1](?:次|回)(?![^，。？?\s]{0,6}(?:专项|检查|去)))/g;

/**
 * 「周一区里交办了个事」「本月刚查完一批」: a bare weekday, or this week or month, beside a thing done
 * (了、查完) is when it happened, not the visit.
 */
const PAST_WEEKDAY =
  /(?:(?<![下本这个])(?:周|星期|礼拜)[一二三四五六日天七]|(?:本|这个?)(?:月|周|星期)(?![初中底末上下旬\d]))(?=[^，,。；;？?]*(?:了|查完|查过|去过|来过))(?![^，,。；;？?]*(?:要|打算|准备|想|拟|计划|将))/g;

const DAY_WORDS = '[\\d一二三四五六七八九十两]{1,3}月(?:份)?(?:[\\d一二三四五六七八九十]{1,3}[日号])?';
/**
 * 「从十一月二十号起COD一直贴着限值跳」「11月20日以来持续超标」: since when a state has lasted, which
 * dates what was seen, not the visit; 「拟从12月1日起开展专项检查」 is left alone.
 */
const SINCE = new RegExp(
  `(?:从|自)${DAY_WORDS}(?:起|开始|以来)(?=[^，,。；;？?]*(?:一直|持续|连续|始终|反复|频繁|老是|总是))|${DAY_WORDS}以来`,
  'g',
);

/** 「想」「打算」「拟」: a sentence that proposes the visit; 「想问」「想了解」 only ask. */
const PROPOSES = /想(?!问|了解|知道|确认)|打算|准备|拟|计划|要去|将于/;

/**
 * 「11月25日23:40接群众电话……现在想今天白天进厂查」: a report tells what happened first, dated, and
 * proposes the visit after; the date in the sentence that proposes it is the visit's. A date in a
 * sentence that proposes nothing stays the visit's when no later sentence proposes one with a date.
 */
export function visitDates(text: string, today: string): DateRange | undefined {
  const first = framedDay(text, today);
  const sentences = text.split(/[。！!？?；;\n]/);
  const at = sentences.findIndex((sentence) => resolveDates(sentence, today));
  if (at < 0 || PROPOSES.test(sentences[at]!)) return first;
  const proposed = sentences.slice(at + 1).find((s) => PROPOSES.test(s) && resolveDates(s, today));
  return proposed ? resolveDates(proposed, today) : first;
}

/** 「12月入企计划：热电 12月15日」: a month that heads a plan frames the day after it, which is the visit's. */
function framedDay(text: string, today: string): DateRange | undefined {
  const [first, ...later] = allDates(text, today);
  if (!first || first.from === first.to || !/月/.test(text)) return first;
  const day = later.find(
    (range) => range.from === range.to && range.from >= first.from && range.to <= first.to,
  );
  return day && MONTH_HEADING.test(text) ? day : first;
}

/** 「12月份计划：」「下月安排：」「12月入企计划（草）」: a month's plan named before its entries. */
const MONTH_HEADING = /(?:\d{1,2}|下|本|这)个?月份?[^，,。；;？?\n]{0,6}(?:计划|安排)/;

/** The text without the dates of earlier visits, of things done, and of states that have lasted since. */
export function withoutPastDates(text: string): string {
  return text.replace(PAST_VISITS, '').replace(PAST_WEEKDAY, '').replace(SINCE, '');
}
