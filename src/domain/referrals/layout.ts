import { isDraftLabel, splitInlineLabels } from './labels.js';
import { stripMentions } from './message-text.js';

/**
 * Which messages are referrals. Questions about referrals (「线索移送有什么要求？」) belong to the
 * policy answerer and are left alone; a message laid out in annex labels is a referral whatever
 * its wording.
 */

const HEADER = /^【?(?:涉嫌环境违法)?(?:线索移送|移送线索)表?】?/;
const QUESTION =
  /[？?]|吗|呢|怎么|怎样|如何|什么|哪些|哪个|是否|能否|可否|要谁|需要谁|要求|规定|流程|程序|时限/;
const ENDS_AS_QUESTION = /(?:[？?]|吗|呢)[。\s]*$/;

function labelCount(text: string): number {
  return text
    .split(/\r?\n/)
    .flatMap(splitInlineLabels)
    .filter((line) => isDraftLabel(line.trim())).length;
}

export function isReferralMessage(raw: string): boolean {
  const text = stripMentions(raw).trim();
  if (labelCount(text) >= 2) return true;
  const header = HEADER.exec(text);
  if (!header) return false;
  const rest = text.slice(header[0].length);
  if (rest.trim() === '') return true;
  // After 「移送线索：」 or a line break the words are the referral's own, which may ask 是否属实.
  if (/^\s*(?:[:：]|\n)/.test(rest)) return !ENDS_AS_QUESTION.test(rest);
  return !QUESTION.test(rest);
}
