import { isDraftLabel, splitInlineLabels } from '../../../domain/referrals/labels.js';
import { stripMentions } from '../../../domain/referrals/message-text.js';

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

export const FILL_FORM =
  /^(?:我要|我想|请)?(?:填写|填报|新建|发起)(?:一份)?(?:涉嫌环境违法)?(?:线索移送表?|移送线索表?)$/;
export const MY_REFERRALS = /^(?:我的|我移送的|我承办的)线索$/;
export const UNIT_REFERRALS = /^本(?:单位|科室|分局)(?:的)?线索$/;
export const OVERDUE_REFERRALS = /^(?:整改)?逾期(?:的)?线索$/;
export const REFERRAL_DETAIL = /^(?:查看)?线索\s*(XS-\d{4}-\d{4,})$/i;
