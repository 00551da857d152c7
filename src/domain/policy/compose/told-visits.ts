import type { ClauseId } from '../../clauses.js';
import { EXEMPT_RULE } from './frequency.js';
import type { Concept } from '../concepts.js';
import { findConcepts, normalize } from '../tokenize.js';
import type { Draft } from './types.js';

/**
 * 「今年入企记录有5条：双随机3月、6月各一次，8月信访举报核查一次，9月企业申请帮扶检查一次，10月工作调研一次。
 * 算进年度频次上限的到底是几次」: the visits told, each counted by what brought it. 第3条 frees a clue's
 * visit and an enterprise's request from the cap; the notice leaves 工作调研 and the like to other rules.
 */
const COUNT_ASKED =
  /(?:算进|算入|计入|算在|占)[^，。？?]{0,8}(?:频次|上限|次数)[^，。？?]{0,8}(?:几次|几回|多少次|哪些|哪几次)|(?:几次|几回|多少次|哪几次)[^，。？?]{0,6}(?:算进|算入|计入|占)[^，。？?]{0,4}(?:频次|上限|次数)/;

type Kind = 'counted' | 'exempt' | 'other';
/** Each told visit's kind, read from the scheme's concepts in its words (first match wins). */
const KINDS: readonly [Kind, (concepts: ReadonlySet<Concept>, part: string) => boolean][] = [
  ['other', (c) => c.has('otherEntry') || c.has('publicLaw')],
  ['exempt', (c) => TRIGGERS.some((trigger) => c.has(trigger))],
  ['counted', (c, part) => c.has('random') || /日常|例行|常规|计划内/.test(part)],
];
const TRIGGERS: readonly Concept[] = ['complaint', 'referral', 'monitoring', 'enterpriseRequest'];
const NUMBER: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/** 「3月10日、6月15日各一次」 is two; 「两次」 two; a visit told once is one. */
function countOf(part: string): number {
  const each = /((?:\d{1,2}月(?:\d{1,2}[日号])?[、和]?){2,})各(?:一|1)次/.exec(part);
  if (each?.[1]) return each[1].split(/[、和]/).filter(Boolean).length;
  const n = /([一两二三四五\d])(?:次|回)/.exec(part)?.[1];
  return n ? (NUMBER[n] ?? Number(n)) : 1;
}

/** Whether the question asks how many of the visits it tells count toward the cap. */
export function asksToldCount(text: string): boolean {
  return COUNT_ASKED.test(text);
}

export function toldVisitsCounted(text: string): Draft | undefined {
  if (!COUNT_ASKED.test(text)) return undefined;
  const told = text.split(/[，,；;。\n]/).flatMap((part) => {
    const concepts = new Set(findConcepts(normalize(part)));
    const kind = KINDS.find(([, is]) => is(concepts, part))?.[0];
    return kind && /次|回/.test(part) ? [{ kind, count: countOf(part) }] : [];
  });
  if (told.length < 2) return undefined;
  const sum = (kind: Kind) => told.filter((t) => t.kind === kind).reduce((n, t) => n + t.count, 0);
  const counted = sum('counted');
  const parts = [
    `计入年度频次上限的为${counted}次${counted ? '（双随机抽查等常规检查）' : ''}`,
    ...(sum('exempt')
      ? [
          `因投诉举报、转办交办、数据监测等线索或应企业申请实施的${sum('exempt')}次，可以不受频次上限限制（第3条）`,
        ]
      : []),
  ];
  const other = sum('other');
  const cite: { clause: ClauseId; about: string }[] = [{ clause: '3', about: EXEMPT_RULE }];
  if (other) {
    parts.push(`工作调研等${other}次不属于入企执法检查，按照相关规定和要求执行（印发通知）`);
    cite.push({ clause: 'notice', about: '行政许可、工作调研、考核评估和核与辐射监管等其他入企行为' });
  }
  return { answer: `${parts.join('；')}。`, cite };
}
