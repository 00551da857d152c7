import { isReferralMessage } from './layout.js';
import type { Enterprise } from '../org.js';
import { findEnterpriseMention } from './find-enterprise.js';
import { handsOver } from './hand-over.js';
import { scanKeywords } from './keywords.js';
import { stripMentions } from './message-text.js';

/**
 * Is a message a clue referral? Sections write them as they speak: a named enterprise (full name,
 * short name, code), a problem, and a hand-over (「请屯留分局核查」「移送属地分局」, a note addressed to
 * a branch). All three make a referral; some of them make the bot ask with two buttons rather than
 * guess; a question or a report on a case already sent is never a referral.
 */

export type ReferralIntent = 'referral' | 'unsure' | 'none';

/** What a referral asks the receiver to check is not a question to the bot: 「请核实是否属实」. */
const ASKED_OF_RECEIVER = /(?:核查|核实|查明|确认|核对|调查)(?:其|该企业|该公司)?是否[^，。；;,\n]*/g;

const QUESTION =
  /[？?]|吗[。！!\s]*$|呢[。\s]*$|请问|怎么|怎样|如何|什么|哪个|哪些|哪条|哪里|哪一步|多少|是否|能否|可否|能不能|可不可以|要不要|需不需要|有没有|谁|几天|区别|流程|时限/;

/** A report on a case already handed over: 「已受理」「办结了没有」「已完成整改」. */
const STATUS =
  /受理了|已受理|办结|进展|进度|到哪一步|处理情况|处理结果|已立案|已经立案|核查完毕|已核查|已经核查|已整改|完成整改|整改完成|已反馈/;

/** A request is in the imperative; a report never says 请 or 建议. */
const REQUEST = /请|建议/;

const PROBLEM =
  /偷排|超标|直排|外排|篡改|造假|人为干预|不正常运行|停运|未运行|未开|堆放|倾倒|扰民|冒烟|异味|污染|违法|违规|未批|未验|无证|私设|暗管|破损|非法/;

export function asksQuestion(text: string): boolean {
  return QUESTION.test(text.replace(ASKED_OF_RECEIVER, ''));
}

/** `words` is the text without the enterprise's name, which may itself read as a problem (示例污水处理). */
export function describesProblem(words: string): boolean {
  return PROBLEM.test(words) || scanKeywords(words).violations.length > 0;
}

/** Cheap, without the directory: could this message be a referral at all? */
export function mightBeReferral(raw: string): boolean {
  const text = stripMentions(raw).trim();
  if (isReferralMessage(text)) return true;
  return !asksQuestion(text) && (handsOver(text) || describesProblem(text));
}

export function classifyReferralIntent(raw: string, enterprises: readonly Enterprise[]): ReferralIntent {
  const text = stripMentions(raw).trim();
  if (isReferralMessage(text)) return 'referral';
  if (asksQuestion(text)) return 'none';
  if (STATUS.test(text) && !REQUEST.test(text)) return 'none';
  const handOver = handsOver(text);
  const mention = findEnterpriseMention(text, enterprises);
  const words = mention ? text.slice(0, mention.start) + text.slice(mention.end) : text;
  const problem = describesProblem(words);
  const named = mention !== undefined;
  if (named && problem && handOver) return 'referral';
  if ((named && (problem || handOver)) || (handOver && problem)) return 'unsure';
  return 'none';
}
