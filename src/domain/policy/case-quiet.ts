import { addDays, isOnSite, quietPeriodsHitting, type RulesDecision } from '../rules/index.js';
import type { PreparedCase } from './case-context.js';
import type { CaseLine } from './case-lines.js';
import type { CaseFacts } from './facts.js';
import { day } from './quiet-answer.js';

/** 「11月30日」「30号」, or a weekday named (「下周一」「这周五」): a day the officer chose. */
const CALENDAR_DAY = /\d{1,2}\s*[日号]|(?:下|这|本)(?:个)?(?:周|星期|礼拜)[一二三四五六日天](?![起同块道])/;

/** How far past the visit 「最近的企业安静期」 is looked for: a month is what a plan can shift by. */
const AHEAD_DAYS = 31;

function quietOn(prepared: PreparedCase, date: string): boolean {
  const { rules, proposal } = prepared;
  const enterprise = rules.enterprises.find((e) => e.uscc === proposal.enterprises[0]);
  return (
    !!enterprise &&
    quietPeriodsHitting(enterprise, date, date, rules.quietPeriods, rules.directory).length > 0
  );
}

/**
 * 「，最近的企业安静期自12月1日起」: the next quiet days after a visit outside them, which the officer
 * planning 错峰 needs; nothing when none falls within a month.
 */
export function nextQuiet(prepared: PreparedCase): string {
  const { to } = prepared.proposal;
  for (let ahead = 1; ahead <= AHEAD_DAYS; ahead += 1) {
    const date = addDays(to, ahead);
    if (quietOn(prepared, date)) return `，最近的企业安静期自${day(date, prepared.rules.today)}起`;
  }
  return '';
}

/** A quiet period this close after a stated range is worth naming, however loose the range. */
const SOON_DAYS = 3;

function quietWithin(prepared: PreparedCase, days: number): boolean {
  for (let ahead = 1; ahead <= days; ahead += 1) {
    if (quietOn(prepared, addDays(prepared.proposal.to, ahead))) return true;
  }
  return false;
}

/**
 * 「按本局企业安静期日历，11月30日不在安静期内」 (第10条): said when the officer names the quiet period,
 * or a calendar day for a visit on site; a week's range (「这周」) is too loose a date to weigh.
 */
export function notQuietLine(
  facts: CaseFacts,
  prepared: PreparedCase,
  rules: RulesDecision,
  question: string,
): CaseLine[] {
  const { proposal } = prepared;
  const quietFound = rules.findings.some((finding) => finding.code.startsWith('QUIET_PERIOD'));
  // 「明天」「后天」 are said in passing; a calendar day (11月30日, 30号) is one the officer chose.
  const oneDay = !!facts.dates && facts.dates.from === facts.dates.to && CALENDAR_DAY.test(question);
  // 「月底」 ending right before a quiet period is weighed like one day: the officer planning 错峰 needs it.
  const span = !!facts.dates && facts.dates.from !== facts.dates.to;
  const loose = facts.quiet === undefined && !oneDay && !(span && quietWithin(prepared, SOON_DAYS));
  if (quietFound || !isOnSite(proposal.methods) || loose) return [];
  const today = prepared.rules.today;
  const when =
    proposal.from === proposal.to
      ? day(proposal.from, today)
      : `${day(proposal.from, today)}至${day(proposal.to, today)}`;
  return [
    {
      text: `按本局企业安静期日历，${when}不在安静期内${nextQuiet(prepared)}（第10条）`,
      clause: '10',
      about: '企业安静期 错峰',
    },
  ];
}
