/**
 * What an officer's message about a case asks: the part that asks, the clause its words name, the
 * lead the stated facts decide before those words, an ask that points back at the fact before it.
 */
import { COERCIVE_MEASURES } from './clause-facts.js';
import { CLUE_FORM_ASK } from './compose/clue-form.js';
import { COUNTS_AS_VISIT } from './compose/outreach.js';
import type { IncidentLine } from './incident-facts.js';
import {
  CERTAIN_SPARE,
  HANDLED,
  HOW,
  KEEP_COUNT,
  LENIENT,
  LIKE_CASES,
  MITIGATING,
  SOFT_MEASURE,
} from './incident-penalty-rules.js';

/** The question's last part is what it asks; the clause that answers it goes first. */
export const ASKS: readonly [RegExp, string][] = [
  // 「移送表里移送意见选哪个」: the clue form's row asked leads with the form.
  [CLUE_FORM_ASK, 'annex-3'],
  // 「处罚决定是否需要公开」: who publishes what is 第7条's.
  [/(?:处罚决定|决定书|执法人员|执法依据)[^，。？?]{0,12}(?:公开|公示)/, '7'],
  // 「是分局自己挂网还是市里统一挂」: where a decision is posted is 第7条's too.
  [/挂网|挂到网上|网上(?:公示|公开)|上网公示|(?:自己|统一|谁)(?:来)?(?:公开|公示|挂)/, '7'],
  // 「只罚款不下整改行吗」: a fine in place of the order to correct is 第14条's 不得以罚代管.
  [/以罚代管/, '14'],
  [LENIENT, '12'],
  // 「罚完款是不是还得跟踪整改」: following the effect after a penalty is 第12条's own words.
  [/跟踪整改(?!进展|情况|计划)|整改效果/, '12'],
  // 「主任说直接查封，要不要慎重点」: a coercive measure weighed is 第13条's 审慎采取.
  [new RegExp(`${COERCIVE_MEASURES.source}|慎重|审慎|谨慎`), '13'],
  // 「钱能分两回交不」: paying a fine in parts.
  [/分期|延期缴纳|缓缴|缓交|交不起/, '13'],
  [LIKE_CASES, '12'],
  // 「这些能算进去不」: what the benchmark weighs.
  // 「企业主动报告这些情况，处罚时能考虑吗」 asks the same of the benchmark.
  [
    /算进去|考虑进去|算在内|考虑在内|(?:处罚|裁量|罚款|罚)[^，。？?]{0,4}(?:能|可以|可否|能否|能不能|要)?考虑/,
    '12',
  ],
  // 「这种算不算严重违法，要不要依法严惩」: 第11条's own words asked.
  [/严重违法|依法严惩/, '11'],
  // 「照常去还是怎么弄」 goes as planned, not more often.
  [new RegExp(`频次|多查|(?<!照)常去|多去|加密|${KEEP_COUNT.source}`), '11'],
  // 「罚款交了，是不是就不用改了」: a fine does not replace the rectification (不得以罚代管).
  [/不再整改/, '14'],
  // 「督改归谁管」: 谁查处，谁督改.
  [/督改|谁查处/, '14'],
  // 「不予处罚的，是不是就不用管了」: what sparing the fine still leaves owed.
  [
    /就完了|就算了|不用再?(?:管|跟)|不管了|不再跟|(?:啥|什么)(?:也|都)不用(?:做|干|管)|没(?:啥|什么)?事了|(?:接下来|下一步|后面)[^，。？?]{0,4}(?:做|干)(?:些|点)?(?:啥|什么)/,
    '14',
  ],
  // 「罚多罚少看什么」「怎么把握裁量」: the benchmark asked after leads.
  [/裁量|罚多少|罚多罚少|罚轻罚重|怎么罚|罚款(?:标准|数额|金额)|处罚标准/, '12'],
  // 「不罚的话还要干什么」: what sparing the fine still leaves owed is 第14条's.
  [/(?:不罚|免罚|不予处罚)[^，。？?]{0,4}(?:还要|还得|还需|之后|以后|后)/, '14'],
  // 「给个提醒告诫不立案」: a soft measure in place of the fine is 第13条's relief too.
  [new RegExp(`罚|首违|免罚|${SOFT_MEASURE.source}`), '13'],
  [/检查完|查完|检查结束/, '6'],
  [/纠正|监督/, 'org-2'],
  [/帮|服务|指导|帮扶|纾困|解难/, '15'],
  [/整改计划|整改方案|整改核查|核查整改/, '15'],
  [/备案|公开|批完|批了以后/, '4'],
  [/整改|改正/, '14'],
  [/自己(?:去)?查|移送(?!表)|移交(?!表)/, '8'],
];
// 「能免罚吗」 asks to spare, not to punish.
export const PENALTY_ASK =
  /(?:要不要|该不该|需不需要|用不用)(?:立案)?(?:处)?罚|罚不罚|还要罚|要罚(?:款)?吗|(?<![不免纳交缴])罚(?:款)?吗|(?<!不)罚(?:款)?不/;
/** 「一定要罚款吗」「非罚不可吗」「小毛病也得罚？」: whether a penalty is a must, answered 不需要 where 第13条 spares it. */
export const MUST_PUNISH_ASK =
  /(?:一定|必须|非得|非要|都得|都要|必然|也得|也要|还得)(?:要|得)?(?:立案)?(?:处)?罚|非罚不可/;
/** 「能按首违不罚处理吗」, not the 「不罚」 inside 「要不要罚」. */
export const SPARE_ASK = new RegExp(
  `首违不罚|(?<![要该])不罚|免罚|不予处罚|柔性执法|按轻微违法|从宽处理|${SOFT_MEASURE.source}`,
);

/** The words that make a part of the message an ask. */
const ASK_MARK =
  /[吗么呢]$|能不能|可不可以|要不要|是否|行不行|能否|可否|妥否|对不对|是不是|有没有|用不用|([\u4e00-\u9fff])不\1/;
const REPORTED = /^[^，。？?]{0,8}(?:说|称|表示|反映|问)(?!明)/;
/** A last part asking in any way (「用哪个表」「几次」) is the ask itself. */
const ASK_WORD = new RegExp(`${ASK_MARK.source}|什么|怎么|如何|谁|哪|几|多少|还是`);
/**
 * The part that asks: the last one, or the one before a 「？」 that opens the question
 * (「谁批？屯留分局……」).
 */
/**
 * 「我们能帮啥，方案里咋说的」「……，方案对这个咋说」「……，有没有依据」: a closing ask after what the scheme says is the
 * same ask again; the part before it says what is asked.
 */
const SCHEME_SAYS =
  /^(?:那)?(?:这个?)?(?:方案|文件|实施方案|规定|政策|上面)?(?:里|上|中)?(?:头|面)?(?:对(?:这个|此|这种情况|这事|这个事))?(?:是)?(?:怎么|如何|咋)(?:说|讲|规定|要求)的?(?:呢)?$|^(?:方案|文件)?(?:里|上)?有(?:没有)?(?:这个)?(?:依据|说法|规定)(?:吗|没有?)?$|^(?:依据|根据)(?:是)?(?:什么|哪条)$/;

export function asked(question: string): string {
  const closed = /^([^？?]+)[？?](.+)$/.exec(question);
  const sentence =
    closed && !/[？?吗呢]$|[谁哪几多啥么]/.test(closed[2] ?? '') ? (closed[1] ?? '') : question;
  const all = sentence.split(/[，,；;。？?]/).filter((part) => part.trim());
  const before = all.slice(0, -1);
  const parts =
    before.some((part) => ASK_WORD.test(part)) && SCHEME_SAYS.test(all[all.length - 1]?.trim() ?? '')
      ? before
      : all;
  // 「罚完了就结案不跟了行吗，人手不够」: a closing remark after the ask is not what is asked.
  const last = parts[parts.length - 1] ?? question;
  // 「罚完就拉倒了？」: a closing question mark makes the last part the ask.
  if (ASK_WORD.test(last) || /[？?]\s*$/.test(sentence)) return last;
  // 「企业说不知道从哪改起」 reports what someone said; it is not the officer's ask.
  const own = parts.filter((part) => !REPORTED.test(part));
  const asking = own.filter((part) => ASK_MARK.test(part));
  const any = own.filter((part) => ASK_WORD.test(part));
  return asking[asking.length - 1] ?? any[any.length - 1] ?? last;
}

/** 「还用管它不」「结案不跟了行吗」: whether the case is followed up after it is decided. */
const FOLLOW_ASK =
  /还要管|还得管|还管不管|还用管|要不要管|用不用管|不用再?管(?![改整])|不管了|不再跟|不跟|跟进|跟踪/;
/** 「是不是就完事了」「不用管整改了」: after sparing, whether the case ends (免罚不免责). */
const CLOSED_ASK = /不管整改|不用再?(?:管|跟)|不管了|结案|完事/;

/**
 * The lead that the facts decide, before the words of the ask: a serious violation decides a relief
 * asked for (unless intent, which 第13条 names, or facts that weigh it down on 第12条's benchmark); a
 * follow-up after sparing is 第14条's 免罚不免责, after a penalty 第12条's 跟踪整改效果.
 */
export function weighedLead(
  question: string,
  ask: string,
  lines: readonly IncidentLine[],
): string | undefined {
  const serious = lines.some((line) => line.clause === '11' && /严重违法/.test(line.text));
  // 「私设暗管属偷排偷放，应依法严惩」 says the violation serious in 第11条's other words: no relief.
  const grave = lines.some((line) => line.clause === '11' && /严重违法|依法严惩/.test(line.text));
  // 「说不是故意的」: intent claimed or denied is what 第13条 weighs first.
  const intent = /故意|蓄意|恶意/.test(question);
  if (CERTAIN_SPARE.test(question)) return '13';
  // 「想约谈一下不立案，可以吗」: a bare ask asks about what the message proposes.
  const asking = pointsBack(ask) ? question : ask;
  if (!intent && !PENALTY_ASK.test(asking)) {
    const lenient = LENIENT.test(asking);
    if (lenient ? serious && !MITIGATING.test(question) : grave && SPARE_ASK.test(asking)) return '11';
  }
  // After a penalty, 「还要管吗」 asks the bureau's follow-up; 「是不是就完事了」 whether the fine replaces
  // the rectification, which 第14条 answers through the words of the ask.
  // 「那就完事了吗，还要做啥」: a vague last ask is read with the ask before it.
  const asks = NEXT_ASK.test(ask) ? askingTail(question) : ask;
  if (
    /不罚|免罚|不予处罚/.test(question) &&
    (FOLLOW_ASK.test(asks) || CLOSED_ASK.test(asks) || (NEXT_ASK.test(ask) && !PENALTY_ASK.test(question)))
  )
    return '14';
  // 「企业整改完了，我们还得干点啥」: a rectification done is checked (第15条's 整改核查).
  if (RECTIFIED.test(question) && (NEXT_ASK.test(ask) || HOW.test(ask))) return '15';
  // 「还要管吗，还是结案就完事」: the first alternative is the ask.
  const alternative = /^(.*?)[，,\s]*还是/.exec(question)?.[1];
  if (HANDLED.test(question) && FOLLOW_ASK.test(alternative ?? ask)) return '12';
  // 「罚完款以后还要干什么」: what a penalty still leaves owed is 第14条's.
  // Not where another fact (hardship paying) is what the ask turns on.
  const followsOnly = lines.every((line) => line.visit || ['12', '14', '15'].includes(line.clause));
  if (HOW.test(ask) && HANDLED.test(question) && followsOnly && !/整改核查/.test(question)) return '14';
  // 「老板想让我们过去讲讲法规……这个算入企检查吗」: whether teaching the law is a visit is 第2条's.
  if (/普法|送法入企|讲法/.test(question) && COUNTS_AS_VISIT.test(question)) return '2';
  // 「企业不懂怎么改，让帮着出主意……能做到哪一步」: how far the bureau may help is 第15条's guidance.
  if (HELP_ASKED.test(question) && HOW_FAR.test(ask)) return '15';
  // 「整改核查时除了催还该干点啥」: what checking the rectification takes is 第15条's.
  if (HOW.test(ask) && /整改核查/.test(question)) return '15';
  return undefined;
}

const HELP_ASKED = /帮|指导|出出?主意|支招|想办法|不(?:懂|会|知道)(?:怎么|如何)?(?:改|整改)/;
const HOW_FAR = /哪一步|什么程度|多大程度|能做(?:些|点)?(?:什么|啥)|能帮(?:些|点)?(?:什么|啥)|怎么帮/;

/** 「还要做啥」「接下来干点什么」: what is left to do, naming no duty. */
const NEXT_ASK =
  /(?:还|另外|接下来|下一步|后面|然后|之后)(?:要|得|需要?|应该?|能)?(?:再)?(?:做|干|办)(?:些|点)?(?:什么|啥|哪些)/;
/** 「整改完了」「已经改好了」: the rectification done. */
const RECTIFIED = /整改(?:已经?|都)?(?:完了|完成|完毕|结束|到位|好了)|(?:已经?|都)?改(?:完|好)了/;
/** The message's last two parts, where a vague ask leans on the one before. */
function askingTail(question: string): string {
  return question
    .split(/[，,；;。？?]/)
    .filter((part) => part.trim())
    .slice(-2)
    .join('，');
}

/** 「能这么整么」「请问可否批准」: an ask that points back at the fact before it. */
const POINTING = /这么|这样|如此|这种|这个/;
function pointsBack(ask: string): boolean {
  // 「怎么办」「做什么」 ask what to do: they point at no one fact.
  if (/怎么|什么|哪|谁|几|多少/.test(ask)) return false;
  const bare = ask.replace(/行不行|可以吗|行吗|能不能|可不可以|要不要|请问|批准|能|可以|[吗么]$/g, '');
  return POINTING.test(ask) || bare.length <= 2;
}
export function referredTo(question: string, ask: string): string | undefined {
  if (!pointsBack(ask)) return undefined;
  const parts = question.split(/[，,；;。？?]/).filter((part) => part.trim().length > 2);
  const before = parts.slice(0, parts.lastIndexOf(ask) >= 0 ? parts.lastIndexOf(ask) : parts.length);
  for (const part of before.slice(-3).reverse()) {
    const found = ASKS.find(([pattern]) => pattern.test(part))?.[1];
    if (found) return found;
  }
  return undefined;
}
