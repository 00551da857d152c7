import { askSentence, lastPhrase } from './ask-sentence.js';
import { askPart } from './context-lead.js';
import { shortUnitName, type Enterprise } from '../org.js';
import { listedDuring } from '../rules/index.js';
import { branchFor } from './case-context.js';
import { cite } from './citations.js';
import { asOf, countyNamed } from './quiet-answer.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/** 「归哪个分局管」「属于哪个分局辖区」「谁负责」: which branch covers an enterprise. */
export const WHICH_BRANCH =
  /哪个分局|哪家分局|哪一个分局|什么分局|归谁管|谁管|归哪(?!些科|个科|些单位|个单位)|属地|辖区|谁负责|哪个区县|哪个县区/;
/** 「归我们屯留分局管吗」「是不是潞城分局辖区的」: whether the branch named covers it (the name ends the capture). */
const BRANCH_CHECK =
  /(?:归|是不是|是否|属不属于|属于)[^，。？?]{0,8}?([\u4e00-\u9fff]{2,4}分局)(?:管|辖区|的)?(?:吗|么|不|没)?|([\u4e00-\u9fff]{2,4}分局)(?:管的?|辖区的?)(?:吗|么)/;
/** 「是不是正面清单企业」「在正面清单里吗」: the registry's mark, not what the scheme allows. */
const MEMBER =
  /是不是|是否|在不在|属不属于|有没有|列没列|[上进]没[上进]|了没有?|[里上内]没有?|(?:吗|(?<![什怎这那])么|没)[？?]?$/;
/** 「正面清单上都有哪些企业」「有几家」. */
const ROSTER =
  /哪些(?:企业|公司|单位)|都有哪些[？?]?$|哪几家|哪家|都有谁|有谁|名单(?:发|给|看|上有|里有|有哪|都有)|几家|多少家|列一下|有什么企业|(?:别的|其他|其它)(?:企业|公司|单位)/;
const OTHERS = /还有|其他|其它|别的|另外|都有/;
/** A visit or a rule asked about makes it a case for the rules, not a registry question. */
const RULE =
  /查|入企|现场|检查|审批|怎么办|能不能|可以|能否|专项|过一遍|摸底|行不行|行吗|公示|公开|整改|督改|处罚|罚|(?:不|还|要|得|没人)管|放着|只能/;

function source(ctx: AnswerContext): string {
  return `（据本局企业名录，${asOf(ctx.today)}）`;
}

const listedOn = (enterprise: Enterprise, today: string) => listedDuring(enterprise, today, today);

const POSITIVE_LIST_CITE = [
  { clause: '9' as const, about: '对列入监督执法正面清单的企业 减少、免除现场检查' },
];

function membership(enterprise: Enterprise, ctx: AnswerContext): PolicyAnswer {
  const listed = listedOn(enterprise, ctx.today);
  const answer = listed
    ? `是。${enterprise.name}列入本局监督执法正面清单${source(ctx)}，应减少、免除现场检查。`
    : `不是。${enterprise.name}未列入本局监督执法正面清单${source(ctx)}。`;
  return { answer, citations: cite(POSITIVE_LIST_CITE), outOfScope: false };
}

function roster(ctx: AnswerContext): PolicyAnswer {
  const listed = ctx.enterprises.filter((enterprise) => listedOn(enterprise, ctx.today));
  const answer = listed.length
    ? `本局监督执法正面清单现有${listed.length}家企业：${listed.map((e) => e.name).join('、')}${source(ctx)}。`
    : `本局监督执法正面清单目前没有登记企业${source(ctx)}。`;
  return { answer, citations: cite(POSITIVE_LIST_CITE), outOfScope: false };
}

const branchOf = (county: string, ctx: AnswerContext) => branchFor(ctx.directory, county);

function branch(enterprise: Enterprise, ctx: AnswerContext, named?: string): PolicyAnswer {
  const unit = branchOf(enterprise.county, ctx);
  if (!unit)
    return {
      answer: `${enterprise.name}位于${enterprise.county}，本局名录中没有对应该地的分局${source(ctx)}。`,
      citations: [],
      outOfScope: false,
    };
  const short = shortUnitName(unit.name);
  const where = `${enterprise.name}位于${enterprise.county}，属${unit.name}辖区${source(ctx)}。`;
  // 「归我们屯留分局管吗」 is a yes or no: say which, then whose it is.
  const verdict =
    named === undefined ? `${short}。` : named.endsWith(short) ? '是。' : `不是，由${short}管辖。`;
  return { answer: `${verdict}${where}`, citations: [], outOfScope: false };
}

const HANDOVER = '涉嫌违法线索应及时移交有关分局调查处理';

/** 「归哪个分局管，有线索转给谁」: the branch, and 第8条's handing over of the clue to it. */
function withHandover(result: PolicyAnswer, text: string): PolicyAnswer {
  if (!/线索|移交|移送|转给|交给/.test(text)) return result;
  return {
    ...result,
    answer: `${result.answer.replace(/。$/, '')}；${HANDOVER}（第8条）。`,
    citations: cite([{ clause: '8', about: HANDOVER }]),
  };
}

/** 「高新区的企业归谁管」: the branch of the county named. */
function countyBranch(county: string, ctx: AnswerContext): PolicyAnswer | undefined {
  const unit = branchOf(county, ctx);
  if (!unit) return undefined;
  const answer = `${shortUnitName(unit.name)}。${county}的企业属${unit.name}辖区（据本局机构名录）。`;
  return { answer, citations: [], outOfScope: false };
}

/**
 * Questions the enterprise registry answers: whether an enterprise is on the positive list, who
 * is on it, and which branch an enterprise's county belongs to, each with the data's date.
 */
export function registryAnswer(
  text: string,
  enterprise: Enterprise | undefined,
  ctx: AnswerContext,
  concepts: ReadonlySet<string>,
): PolicyAnswer | undefined {
  // 「计划：12月3日对某企业开展现场检查…… 这家是不是正面清单的」: a pasted plan, then the mark asked of it.
  const ask = lastPhrase(text) ?? text;
  const markAsked =
    /这家|该企业|它|这个(?:企业|公司|厂)/.test(ask) && /正面清单/.test(ask) && MEMBER.test(ask);
  if (RULE.test((markAsked ? ask : text).replace(/检查(?:了|过)?(?:几|多少)/g, ''))) return undefined;
  if (concepts.has('positiveList')) {
    // 「它在不在清单上」 then 「清单上还有哪几家」: the others asked, so the whole roster.
    if (ROSTER.test(text) && (!enterprise || OTHERS.test(text))) return roster(ctx);
    // 「说不准企业有没有违法……检测中心该承担啥职责」: only the ask itself may ask for the mark.
    if (enterprise && MEMBER.test(askPart(askSentence(text)))) return membership(enterprise, ctx);
    return undefined;
  }
  const named = BRANCH_CHECK.exec(text);
  if (enterprise && named && !/哪|谁|什么/.test(text)) return branch(enterprise, ctx, named[1] ?? named[2]);
  // 「把辖区所有企业都过一遍」 names a district; only 「属于哪个分局辖区」 asks which branch.
  // 「潞城分局辖区有……，组织上要求做哪些」: 辖区 told and 哪些 asked in different phrases is no branch asked.
  const asked = text
    .split(/[，,；;。？?！!\s]+/)
    .some((part) => WHICH_BRANCH.test(part) && /哪|谁|什么/.test(part));
  if (!asked) return undefined;
  if (enterprise) return withHandover(branch(enterprise, ctx), text);
  const county = /企业|公司|厂/.test(text) ? countyNamed(text, ctx) : undefined;
  return county ? countyBranch(county, ctx) : undefined;
}
