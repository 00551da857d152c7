/** What a question asks for, which decides how the answer's first sentence opens. */
export type AskedForm = 'yes-no' | 'who' | 'list' | 'quantity' | 'open';

const YES_NO =
  /(?:吗|(?<![什怎这那多])么)[？?。！!]*$|吗[，,\s]*还是|有[^，。？?]{0,8}没[？?]?$|能不能|可不可以|是不是|算不算|要不要|需不需要|有没有|是否|能否|可否|行不行|用不用|受不受|会不会|[^不]不[？?]$|([\u4e00-\u9fff])不\1/;
const WHO = /谁|哪位|哪个(?:领导|部门|科室|单位)|什么人|哪一级|哪级/;
const LIST = /哪些|哪几(?:种|类|项|个|方面)|有什么|包括什么|包括哪|几种|什么方式|什么措施/;
const QUANTITY = /几次|几回|多少|多久|多长|几天|几个|几栏|几项|期限|时限/;

/** 「一年要搞几回 重点企业得全覆盖不」: two asks, the first a number; the number is answered first. */
const COUNT_FIRST = /^[^，,。？?\s]*(?:几次|几回|多少次|多久)[^，,。？?\s]*[\s，,？?]+\S/;

export function askedForm(text: string): AskedForm {
  const question = text.trim();
  if (WHO.test(question)) return 'who';
  if (COUNT_FIRST.test(question) && !/吗|么/.test(question.split(/[\s，,？?]+/)[0] ?? '')) return 'quantity';
  if (YES_NO.test(question)) return 'yes-no';
  // 「就不用管整改了？」 asks yes or no without 吗.
  if (/了[？?]$/.test(question) && !/几|多少|多久|多长|什么|哪|怎么|如何/.test(question)) return 'yes-no';
  if (LIST.test(question)) return 'list';
  if (QUANTITY.test(question)) return 'quantity';
  return 'open';
}

const VERDICT =
  /^(?:可以|不可以|能|不能|需要|不需要|应当|不应|是|不是|有|没有|不受|受|属于|不属于)[。，；：]/;
const NEED =
  /需要|要不要|需不需要|用不用|是否需要|是否要|是否得|必须|得不得|应不应|还得|要.{0,12}吗|得[^，。？?]{0,10}[吗么][？?]?$/;
const MAY = /可以|能|能否|可否|可不可以|能不能|行不行|行吗|允许/;
// 「能不能」「可不可以」 ask plainly; 「能不罚」「可以不报」 ask whether a duty can be skipped.
const NEGATED_ASK = /(?:可以|能|能否|可否|是否可以|就可以)(?:不(?!能|可以)|免|少|只)|不(?:用|必|需)/;
const MUST = /应当|应|须|必须|要|坚持|不得|严禁|杜绝|及时|全程/;
const FORBID = /不得|杜绝|严禁|禁止|避免|不能|不是|不属于|不受/;
const PERMIT = /可以|采取|给予|减少|免除/;

/**
 * The yes or no a rule gives a yes-no question, when its sentence does not already open with one:
 * a duty answers 「需要…吗」 with 需要 and 「可以不…吗」 with 不可以; a ban answers 「可以…吗」 with 不能.
 */
export function verdictFor(question: string, sentence: string): string | undefined {
  if (VERDICT.test(sentence)) return undefined;
  // 「这个算方案里重点打的吗」: whether a fact is of a kind the rule names.
  if (
    /算(?:不算)?[^，。？?]{0,12}(?:重点|严重|范围|情形)[^，。？?]*[吗么]/.test(question) &&
    !FORBID.test(sentence)
  )
    return '属于';
  // 「要报批吗」 answered by a sentence silent on approval has no verdict to give.
  if (/报批|审批|批准|要批|得批/.test(question) && !/批/.test(sentence)) return undefined;
  if (NEGATED_ASK.test(question) && MUST.test(sentence)) return /是不是/.test(question) ? '不是' : '不可以';
  if (NEED.test(question)) return FORBID.test(sentence) && !MUST.test(sentence) ? '不需要' : '需要';
  if (MAY.test(question)) {
    if (FORBID.test(sentence) && !PERMIT.test(sentence)) return '不能';
    if (PERMIT.test(sentence)) return '可以';
  }
  return undefined;
}
