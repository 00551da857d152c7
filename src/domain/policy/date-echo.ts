import type { DateRange } from '../rules/index.js';
import { day } from './quiet-answer.js';
import { firstDate } from './relative-dates.js';
import type { PolicyAnswer } from './types.js';

/** Words that already are a calendar date: 「12月28日」「2026年12月1日至12月5日」 need no echo. */
const CALENDAR = /^(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:(?:至|到|~|—|-)(?:\d{1,2}月)?\d{1,2}[日号])?$/;

/** The words of the date the case weighed (「周一区里交办了」 before 「月底去」 is another day). */
function wordsFor(question: string, dates: DateRange, today: string): string | undefined {
  let rest = question;
  for (let found = firstDate(rest, today); found; found = firstDate(rest, today)) {
    const words = found.words.trim();
    if (found.range.from === dates.from && found.range.to === dates.to) return words;
    const at = rest.indexOf(words);
    if (at < 0) return undefined;
    rest = rest.slice(at + words.length);
  }
  return undefined;
}

/**
 * 「月底（11月30日）不在安静期内」: a date the officer gave in words (月底、下周一、下月中旬) is named as
 * said beside the day the answer resolved it to, so the officer sees which of the stated facts the
 * rule weighed.
 */
export function echoDate(
  result: PolicyAnswer,
  question: string,
  dates: DateRange | undefined,
  today: string,
): PolicyAnswer {
  const words = dates && wordsFor(question, dates, today);
  if (!dates || !words) return result;
  if (CALENDAR.test(words) || result.answer.includes(words)) return result;
  const resolved =
    dates.from === dates.to ? day(dates.from, today) : `${day(dates.from, today)}至${day(dates.to, today)}`;
  const at = result.answer.indexOf(resolved);
  if (at < 0) return result;
  const answer = `${result.answer.slice(0, at)}${words}（${resolved}）${result.answer.slice(at + resolved.length)}`;
  return { ...result, answer };
}
