import { askSentence } from './ask-sentence.js';

/** What a question asks for, which decides how the answer's first sentence opens. */
export type AskedForm = 'yes-no' | 'who' | 'list' | 'quantity' | 'open';

const YES_NO =
  /(?:吗|(?<![什怎这那多])么)[？?。！!]*$|(?:吗|就(?:行|可以|够)了?)[，,\s]*还是|有[^，。？?]{0,8}没[？?]?$|能不能|可不可以|是不是|算不算|要不要|需不需要|有没有|是否|能否|可否|行不行|用不用|受不受|会不会|[^不]不[？?]$|([\u4e00-\u9fff])不\1|也[^，,。？?]{0,10}(?:[？?]|[啊呀吧])$|一样[？?]?$/;
// 「报分局局长审批还是得报到市局」: which of two approvers is who approves.
const WHO =
  /谁|哪位|哪个(?:领导|部门|科室|单位)|什么人|哪一级|哪级|(?:报|找)[^，。？?]{1,10}(?:审批|批|签)还是[^，。？?]{0,3}(?:报|找)/;
const LIST =
  /哪些|哪(?:类|种|一类|一种)|什么样|哪几(?:种|类|项|个|方面)|有什么|包括什么|包括哪|几种|什么方式|什么措施/;
const QUANTITY = /几次|几回|几场|几期|几轮|多少|多久|多长|几天|几个|几家|几户|几栏|几项|期限|时限|比例/;
/** 「甚时候给企业回话」: when one of the scheme's duties falls due asks its period, as 多久 does. */
const WHEN_DUE = /(?:什么时候|何时)[^，。？?]{0,10}(?:反馈|移交|移送|公开|公示|备案|整改|告知|报批)/;

/** 「一年要搞几回 重点企业得全覆盖不」: two asks, the first a number; the number is answered first. */
const COUNT_FIRST = /^[^，,。？?\s]*(?:几次|几回|多少次|多久)[^，,。？?\s]*[\s，,？?]+\S/;

/** 「方案允许不，顺便问下谁批」: a who asked by the way after a yes or no asked first. */
const BY_THE_WAY = /[，,；。？?\s](?:顺便|另外|还有|再|也)(?:问(?:一)?下|问问|请问)?[^，,；。？?]*$/;
/** 「能一直往后延不，延到明年」: 「能…不」 asks yes or no though more follows it. */
const MAY_NOT = /(?:能|可以|行|要|得|用|准|允许)(?:[^，,。？?不]{1,12})?不(?=[，,；。？?]|$)/;

export function askedForm(text: string): AskedForm {
  const question = askSentence(text.trim());
  const aside = BY_THE_WAY.exec(question);
  const before = aside ? question.slice(0, aside.index) : '';
  if (aside && WHO.test(aside[0]) && !WHO.test(before) && (YES_NO.test(before) || MAY_NOT.test(before)))
    return 'yes-no';
  if (WHO.test(question)) return 'who';
  if (COUNT_FIRST.test(question) && !/吗|么/.test(question.split(/[\s，,？?]+/)[0] ?? '')) return 'quantity';
  // 「一年查几次有规定没」: whether the scheme sets a number is answered by the number or 「未规定」.
  const last = question.split(/[，,；]/).pop() ?? question;
  if (QUANTITY.test(last) && /有(?:没有)?(?:具体)?(?:规定|要求|说法|标准)(?:没|吗|么)?[？?]?$/.test(last))
    return 'quantity';
  if (YES_NO.test(question) || MAY_NOT.test(question)) return 'yes-no';
  // 「非得全程开着？」「还得报批？」: a duty or leave stated and questioned, without 吗.
  if (
    /(?:必须|一定要?|还得|得|还要|能|可以|应该?)[^，。？?]{0,14}[？?]$/.test(question) &&
    !/几|多少|多久|多长|什么|哪|怎么|如何|谁|为什么|为啥/.test(question)
  )
    return 'yes-no';
  // 「就不用管整改了？」 asks yes or no without 吗.
  if (/了[？?]$/.test(question) && !/几|多少|多久|多长|什么|哪|怎么|如何/.test(question)) return 'yes-no';
  if (LIST.test(question)) return 'list';
  if (QUANTITY.test(question) || WHEN_DUE.test(question)) return 'quantity';
  return 'open';
}

const VERDICT =
  /^(?:可以|不可以|能|不能|不行|需要|不需要|应当|不应|是|不是|有|没有|不受|受|属于|不属于)[。，；：]/;
const NEED =
  /需要|有没有必要|有必要|还(?:要|得)?管|是否还?(?:须|需|要|得)|还须|要不要|需不需要|用不用|是否需要|是否要|是否得|是不是(?:得|要|应|该)|必须|得不得|应不应|还得|也得|也要|还用|用得着|(?<![必主重])[要用].{0,12}吗|得[^，。？?]{0,10}[吗么][？?]?$/;
const MAY = /可以|能|能否|可否|可不可以|能不能|行不行|行吗|允许/;
// 「能不能」「可不可以」 ask plainly; 「能不罚」「可以不报」 ask whether a duty can be skipped, and so do
// 「不带记录仪行不行」「不反馈可以吗」.
const NEGATED_ASK =
  /(?:可以|能|能否|可否|是否可以|就可以)(?:不(?!能|可以)|免|少|只)|可以(?:先|暂时?|暂且)不(?!能|可以)|(?<!用)不用|(?<!必)不必|(?<!需)不需|不(?:带|戴|使用|开|反馈|告知|备案|公开|报)[^，。？]{0,10}(?:行不行|行吗|可以吗|可不可以|能不能|行么)/;
/** A clause that asks on its own (「到底要不要自己细化」). */
const OWN_ASK = /要不要|需不需要|用不用|该不该|应不应|得不得/;
const SPARE_ASK = /(?:可以|能|能否|可否|是否可以)(?:不|免)予?处?罚/;
const SPARES = /不予处罚|免予处罚|首违不罚|轻微免罚/;
const MUST = /应当|应|须|必须|要|坚持|不得|严禁|杜绝|及时|全程|严惩/;
/** A duty to act, which allows the act (not the 要 of 主要负责人). */
const DUTY = /应当|应|须|必须|坚持/;
const FORBID = /不得|杜绝|严禁|禁止|避免|不能|不是|不属于|不受/;
const PERMIT = /可以|采取|给予|减少|免除|提高|推行|建立|加强|帮助/;
const MEMBER =
  /算不算在?(?:内|里头?|其中|里面)|包不包括|包括不包括|在不在(?:内|里面|其中|里头)|算在(?:内|里头?)吗|在(?:内|里头?|其中)吗/;

/** What 「X算不算在内」「包不包括X」 asks about: X, else nothing. */
function memberAsked(question: string): string {
  const clause = question.split(/[，,；]/).pop() ?? '';
  const found = MEMBER.exec(clause);
  if (!found) return '';
  return found[0].startsWith('包')
    ? clause.slice(found.index + found[0].length)
    : clause.slice(0, found.index);
}

/** Four-character runs of a name, which a rule naming the same unit or thing repeats. */
function namesOf(text: string): string[] {
  const runs = text.match(/[\u4e00-\u9fff]{4,}/g) ?? [];
  return runs.flatMap((run) => [...run].slice(0, -3).map((_, i) => run.slice(i, i + 4)));
}

const SAME = /也(?:一样|是|同样|这样)|同样(?:吗|[？?]|$)|一样[吗？?]?$/;
/** What an ask would have done (考虑、采取、运用…), which a rule that does it allows. */
const ACT = /考虑|采取|运用|采用|利用|参考/;
const LENIENCY = /从轻|减轻|轻罚|少罚|不罚|免罚|网开一面|通融|从宽|宽大|宽松|手下留情|放一马|照顾/;

/** 「提不提」「查不查」: a verb asked yes or no by repeating it; 是、能、要 and the like are asked elsewhere. */
const A_NOT_A = /([\u4e00-\u9fff])不\1/;
const ASKED_ELSEWHERE = /[是能要用会有行可算需该应得让准]/;

/** The verb of 「提不提」「查不查」, which the rule answering it must contain. */
export function repeatedVerb(ask: string): string | undefined {
  const verb = A_NOT_A.exec(ask)?.[1];
  return verb && !ASKED_ELSEWHERE.test(verb) ? verb : undefined;
}

/** 「频次提不提」 against 「应提高日常监管频次」: the rule's duty, ban or leave before that verb answers it. */
function aNotA(ask: string, sentence: string): string | undefined {
  const verb = repeatedVerb(ask);
  if (!verb) return undefined;
  const at = sentence.indexOf(verb);
  if (at < 0) return undefined;
  const before = sentence.slice(Math.max(0, at - 4), at);
  if (FORBID.test(before)) return '不能';
  if (DUTY.test(before)) return '需要';
  // 「对发现重大环境问题的企业提高日常监管频次」: the scheme's bare directive is a duty too.
  return PERMIT.test(before) ? '可以' : '需要';
}

/**
 * The yes or no a rule gives a yes-no question, when its sentence does not already open with one:
 * a duty answers 「需要…吗」 with 需要 and 「可以不…吗」 with 不可以; a ban answers 「可以…吗」 with 不能.
 */
const CONSIDERED = /(?:考虑|算|计|参考)(?:进去|在内|进来)|(?:能|可以)(?:考虑|参考|作为因素)/;
/** 「说用就用」「随便查封」「一刀切停产」: a measure taken at will. */
export const AT_WILL = /说(.)就\1|想(.)就\2|随便|随意|任意|一刀切|一律|动不动/;
const SCHEME_SPEAKS =
  /有人管|有没有人管|有[^，。？?]{0,4}管(?:没有?|吗|么)|有没有[^，。？?]{0,6}(?:提|规定|要求|说法|讲|写|涉及|明确|依据|出处)|有[^，。？?]{0,8}(?:规定|要求|说法|依据|出处)(?:吗|么|没有?)/;

const HAS_DOCUMENT = /有没有(?:个|一个|一份|专门的?)?[^，。？?]{0,4}?(清单|文件|依据|办法|制度|基准|名单)/;

export function verdictFor(message: string, sentence: string): string | undefined {
  if (VERDICT.test(sentence)) return undefined;
  const question = askSentence(message);
  // 「这个算方案里重点打的吗」: whether a fact is of a kind the rule names.
  if (
    /算(?:不算)?[^，。？?]{0,12}(?:重点|严重|范围|情形)[^，。？?]*[吗么]/.test(question) &&
    !FORBID.test(sentence)
  )
    return '属于';
  // 「要报批吗」 answered by a sentence silent on approval has no verdict to give.
  // 「方案已经局长批准，是否还须公开」 states the approval; only the part that asks counts.
  const ask =
    question
      .split(/[，,；;。]/)
      .filter(Boolean)
      .pop() ?? question;
  // 「计划审批表检查类型能勾举报投诉不」: a form's name asks no approval.
  if (/报批|审批|批准|要批|得批/.test(ask.replace(/审批表/g, '')) && !/批/.test(sentence)) return undefined;
  // 「监控中心算不算在内」: one the rule's list names is in.
  if (namesOf(memberAsked(question)).some((name) => sentence.includes(name))) return '是';
  // 「县里也一样？」 of a rule that names no level: the same rule holds.
  if (SAME.test(question) && !/县区级|市级|分局|市局/.test(sentence) && !NEED.test(question)) return '是';
  // 「能不能从轻罚」 against a rule of 依法严惩.
  if (LENIENCY.test(question) && /严惩|从严/.test(sentence)) return '不能';
  // 「能不能不罚」 answered by a rule that itself spares the penalty (首违不罚、依法不予处罚).
  if (SPARE_ASK.test(question) && SPARES.test(sentence) && !FORBID.test(sentence)) return '可以';
  // 「X说不用再细化，分局到底要不要自己细化」: a skipped duty counts only in the clause that asks.
  const negatedIn = OWN_ASK.test(ask) ? ask : question;
  // 「能不能只提醒告诫一下」: only the milder measure the rule itself prescribes, which it allows.
  const only = /只(?:是|用|做)?([\u4e00-\u9fff]{2,4})/.exec(negatedIn)?.[1];
  const prescribed =
    only !== undefined &&
    new RegExp(`(?:运用|采取|推行|给予|可以)[^，。；]{0,6}${only.slice(0, 2)}`).test(sentence);
  if (prescribed && MAY.test(question)) return '可以';
  if (NEGATED_ASK.test(negatedIn) && MUST.test(sentence)) return /是不是/.test(question) ? '不是' : '不可以';
  const repeated = aNotA(ask, sentence);
  if (repeated) return repeated;
  // 「培训这块方案里有没有提要求」: whether the scheme speaks of it at all; the clause found says it does.
  if (SCHEME_SPEAKS.test(ask)) return '有';
  // 「整改态度能考虑进去不」: a factor the rule weighs may be weighed.
  if (CONSIDERED.test(ask) && /综合考虑|考虑/.test(sentence)) return '可以';
  // 「查封扣押能说用就用吗」: at will, against a rule of caution.
  if (AT_WILL.test(ask) && /审慎|严格|依法|不得|须/.test(sentence)) return '不能';
  // 「轻微免罚有没有个清单」: a document asked for, which the rule's sentence names.
  const document = HAS_DOCUMENT.exec(ask)?.[1];
  if (document && sentence.includes(document)) return '有';
  if (NEED.test(question)) return FORBID.test(sentence) && !MUST.test(sentence) ? '不需要' : '需要';
  // 「定罚时能把整改态度考虑进去吗」 answered by a rule that itself weighs it (综合考虑…整改态度).
  const act = ACT.exec(ask)?.[0];
  if (
    act &&
    MAY.test(question) &&
    sentence.includes(act) &&
    !new RegExp(`(?:不得|禁止|严禁)${act}`).test(sentence)
  )
    return '可以';
  if (MAY.test(question)) {
    if (FORBID.test(sentence) && !PERMIT.test(sentence)) return '不能';
    // 「能不能多去几次」 answered by 「应提高…频次」: what a rule asks for, it allows.
    if (PERMIT.test(sentence) || DUTY.test(sentence)) return '可以';
  }
  return undefined;
}
