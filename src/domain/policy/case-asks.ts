import type { Approval } from './case-opening.js';
import { askedForm, type AskedForm } from './form.js';

// What a described visit's question asks about its approval, read from the officer's words.

/** 「需要审批吗」「还要走审批吗」「要不要报一把手」: whether an approval is needed at all. */
export const NEED =
  /需要|还需|是否还?需|要不要|需不需要|用不用|是否需要|还要|要报|要批|得报|得批|必须|要走|得走|要按|得按|要[^，。？?]{0,8}批[吗么]/;
export const APPROVAL = /批|审|签字|签|报(?:一把手|主要负责人|局长|领导)|手续/;
/**
 * 「能否按期入企」「可以如期开展吗」「按原计划去行不行」: whether the visit may go on the day set, which the
 * quiet period over that day decides first (第10条).
 */
export const DAY_ASKED =
  /按期|如期|按时(?:入企|进厂|进企业?|开展|实施|检查|前往|去)|按原定(?:时间|日期|计划)|按原计划/;

/** The question names the main head or the quiet period, so 第10条 answers it first. */
export const HEAD = /主要负责人|一把手|局长|主要领导|安静期/;
/**
 * 「分管局长批了就行吗」「签个字就走」「局长还没签」: whether one (lower) approver is enough; a deputy
 * asked to sign in the head's stead (「可以由副局长签吗」「副局长代签行不行」「副局长能不能签」) asks
 * the same, as does a deputy asking 「可否由本人审批」 (the city's 分管副局长 is an approver of his own, weighed
 * apart).
 */
export const ENOUGH =
  /(?:可以|可否|能否|能不能|可不可以|能)由(?:本人|我)(?:来)?(?:审批|签批|签字?|批)|(?:副局长|副?科长|副?队长)[^，。？?]{0,2}(?:审批|签批|签字?|批)[^，。？?]{0,6}(?:行不行|行吗|可以吗|中不中|可不可以|行不$)|(?:可以|可否|能否|能不能|可不可以|能)(?:由|让|请|找)[^，。？?]{0,4}(?:副局长|副?科长|副?队长)(?:来|代为?)?(?:审批|签批|签字?|批)|(?:(?<!分管)副局长|副?科长|副?队长)(?:代为?|(?:能不能|能否|可否|可不可以|可以|能)(?:代为?)?)(?:签|批|审)|就行|就可以|就够|就能|(?:签|批)[^，。？?]{0,6}(?:够不够|够吗|够了吧|算数|算不算数|作数|管用)|(?:签|批)[^，。？?]{0,6}就(?:想|要)?(?:走|去|出发|开干|开始|开展|实施|动身)|(?:局长|主要负责人|一把手)(?:还|尚)?(?:没|未)(?:签|批)|(?:局长|主要负责人)(?:意见)?(?:一栏|那栏)?(?:还|尚)?空着/;

/** 「分管局长签了就行吗」「要谁批」: who signs the visit is asked, which the opening answers. */
export function asksApproval(question: string): boolean {
  const form = askedForm(question);
  return (
    form === 'who' ||
    (APPROVAL.test(question) && ((form === 'yes-no' && NEED.test(question)) || ENOUGH.test(question)))
  );
}

/**
 * 「需要走什么手续」「要办哪些手续」「得走啥程序」「怎么报批」: the steps before a visit asked, which 第5条
 * gives (制定检查方案并报……审批); 「手续齐全吗」 and 「环评手续」 ask nothing of the kind.
 */
export const PROCEDURE_ASK =
  /(?:走|办|履行|需要|要|得)(?:哪些|什么|啥|哪几个|哪几道|几道)(?:审批)?(?:手续|程序|流程)|(?:手续|程序|流程)(?:怎么|如何)(?:走|办)|怎么(?:报批|走审批|办手续)/;

/**
 * The steps before a visit asked where 第5条 alone decides them: nothing stops the visit, and no quiet
 * period or special plan brings another approver (those answers open with their own clause).
 */
export function procedureAsked(question: string, approval: Approval, blocked: boolean): boolean {
  return (
    ['open', 'list'].includes(askedForm(question)) &&
    PROCEDURE_ASK.test(question) &&
    !blocked &&
    !approval.head &&
    !approval.special &&
    !!approval.chain
  );
}

/** 「算不算频次」「会不会超上限」「是不是违反了频次要求」「会不会认定这次超了频次」: whether the visit counts toward the cap. */
export const CAP_ASK =
  /(?:是不是|有没有|算不算|是否|会不会)(?:违反|违背|突破)了?[^，。？?]{0,4}(?:频次|次数)|(?:会不会|是不是|算不算)[^，。？?]{1,8}超(?:过|出)?了?(?:频次|次数|上限)|(?:算不算|占不占|计不计|算不算在|计入不计入)[^，。？?]{0,6}(?:频次|次数)|(?:会不会|是不是|要不要)(?:占|算|计入|算进)[^，。？?]{0,10}(?:频次|次数)|算不算(?:次数|频次)|(?:是不是|会不会)(?:就)?超(?:过|出)?了?(?:频次|次数|上限)|(?:算不算|是不是|有没有|会不会)超(?:过|出)?了?(?:频次|次数|上限)|超不超(?:频次|次数|上限)?|(?:受不受|是否受)[^，。？?]{0,8}(?:频次|次数|上限)|算(?:频次|次数)(?:不|吗|么)|受(?:频次|次数)[^，。？?]{0,4}(?:限制|上限)[吗么]|超(?:过|出)?(?:频次|次数|上限)了?[吗么]/;

/** 「请示是否调整检查时间」「要不要改个时间」「可不可以往后挪一挪」: whether to move the visit's day. */
export const RESCHEDULE_ASK =
  /(?:是否|要不要|需不需要|需要|用不用|该不该|应不应该?|得不得|能不能|可不可以|可否|能否)[^，。？?]{0,6}(?:(?:调整|改|换|定)[^，。？?]{0,2}(?:时间|日期|日子|天)|推迟|推后|延后|延期|错开|往后挪|挪一挪|挪一下|改期|改天)|(?:时间|日期)(?:安排)?(?:需不需要|要不要|是否需要|是否|用不用)(?:调整|改|换)/;
/** Whether the move is asked as allowed (「可不可以」) rather than needed (「要不要」). */
export const MAY_ASK = /能不能|可不可以|可否|能否|行不行|可以吗/;

/** 「科室负责人签了就能去吧」: a signer below the one 第5条 names for the level. */
export const LOWER_SIGNER =
  /(?:科室|科|队|承办机构|承办单位)(?:的)?负责人|副?科长|副?队长|分管(?:副局长|局长|局领导|领导)|副局长|分管/;

/** 「分管局长批了就行吧」「报分管局领导审批后即实施」「分管局领导审批行不行」 */
export const SUPERVISOR_ENOUGH =
  /(?:签|批)(?:了|过|后)?(?:字)?[^。？?]{0,6}(?:还用不用|还要不要|还得|是否还|就行|就可以|就能|即(?:可|实施|开展|执行))|(?:还用不用|还要不要|还得)[^，。？?]{0,4}(?:找|报|请)局长|分管[^，。？?]{0,8}(?:审批|签批|审|批|签字?)[^，。？?]{0,2}(?:行不行|可以吗|可以吧|行吗|行吧|能不能|中不中|可不可以|没问题吧)/;

/** 「分局局长批了」 of a special inspection: 第4条 asks the county government or the city bureau's main head. */
export const SPECIAL_LOWER =
  /分局(?:局长|长|主要负责人)|分管(?:局长|领导|局领导)?|副局长|科长|队长|(?:科室|承办机构)负责人/;

/** 「分管局领导签了字，这样行不行」「分管副局长签字行不行」「可否由本人审批」: a signature, then whether it will do. */
export const SIGNED_ASK =
  /(?:签|批|审)(?:了|过|完)?(?:字|批)?[^。？?]{0,12}(?:行不行|行吗|可以吗|可不可以|能不能|能去|就能|就行|就可以|够不够|够吗|算不算|算数吗|作数吗)|(?:可以|可否|能否|能不能|可不可以|能)由(?:本人|我)(?:来)?(?:审批|签批|签字?|批)/;

/** 「安静期能去不，要谁签字」「能不能合成一回去，合了以后谁批」: whether to go, asked before who signs. */
const GO_ASKED = /能去不|能不能去|还能去|能去吗|可以去吗|能进不|能不能进|能不能合|可不可以合|能否合并/;

/**
 * The form a case's opening answers: a who asked after whether the visit may go is answered as the yes or
 * no, whose condition names who approves.
 */
export function caseForm(question: string): AskedForm {
  const form = askedForm(question);
  return form === 'who' && GO_ASKED.test(question) ? 'yes-no' : form;
}
