import { fromBestSentence } from './fallback.js';
import { lead, type Draft, type Question } from './types.js';

export const BY_COUNTY = '“执法普法、送法入企”工作以县区为单位，以全市重点企业为重点普法对象';
/** Who runs it, said by the units that do: a county is a branch's area. */
const BY_BRANCH = BY_COUNTY.replace('以县区为单位', '以县区为单位，按各分局辖区组织');
const DURING_VISITS =
  '利用现场执法检查等契机，运用新技术手段、分析研判各类企业不同的法治需求，开展授课式、座谈式答疑、执法普法服务';
const COVERAGE = '力争做到每年全市重点企业全覆盖';

/** 「市局搞还是分局搞」「谁来组织」: who carries 送法入企 out. */
const WHO_RUNS = /谁|哪[个级]|市[局里]|分局|县[区里]|区里|单位/;
/** 「检查的时候顺便讲讲」: 普法 on a visit. */
const ON_VISIT = /检查(?:的时候|时|中|期间)|执法(?:的时候|时|中)|顺便|顺带|捎带|现场执法检查|去现场检查/;
/** 「有啥形式」「怎么个讲法」: the forms 第2条 names. */
const FORMS_ASKED = /形式|方式|法子|怎么讲|咋讲|讲法/;
const FORMS =
  '普法可采取集中培训、行业培训、专题讲座、现场帮扶，以及“以案说法”、“一案一说”、授课式、座谈式答疑等形式';
/** 「覆盖多少企业」「一年搞几次」「范围要多大」: how far it must reach. */
const REACH = /覆盖|多少|几家|几次|全部|都要|范围|多大|多广/;

/** 「派谁去讲」「讲座谁来讲」: who gives the talks, 第2条's 专业普法团队. */
const SPEAKER =
  /派谁|派什么人|谁(?:来|去)?(?:讲|授课|上课|宣讲)|(?:哪些|什么)人(?:来|去)?(?:讲|授课|上课)|讲师/;
const TEAM = '由各县区组成的专业普法团队开展，定期开展专题讲座、现场帮扶等“送法入企”活动';

/** 「分局牵头还是市局牵头」: the scheme names no lead, only the county as the unit of the work. */
const LEADS = /牵头|主抓|主办|谁负责|哪[个级][^，。？?]{0,4}负责/;

/** 「是不是市里统一组织的」: the city as its organiser, which the clause does not make it. */
const CITY_RUNS = /(?:市里|市局|全市)(?:统一)?(?:来)?(?:组织|搞|开展|安排)/;

/** 「是按县区为单位搞吗」「是不是以县为单位」: whether the county is its unit, which the clause says. */
const COUNTY_UNIT = /(?:按|以)(?:县区|区县|县|区|县里|区里)(?:为|作为)?单位/;

/** 第2条: 送法入企, answered by the part of it the question asks about. */
/** 「送法入企算入企检查吗」「讲讲法规算不算检查」: whether teaching the law on site is an inspection. */
export const COUNTS_AS_VISIT =
  /算(?:不算)?[^，。？?]{0,2}(?:入企)?(?:执法)?检查|(?:是不是|是否|属不属于|属于)[^，。？?]{0,2}(?:入企)?(?:执法)?检查/;
const NOT_A_VISIT =
  '不算。“执法普法、送法入企”是普法活动，以专题讲座、现场帮扶等形式帮助企业知法、守法，与入企执法检查分列';

export function outreach(question: Question): Draft {
  const { text } = question;
  if (question.yesNo && COUNTS_AS_VISIT.test(text)) {
    return {
      answer: `${NOT_A_VISIT}（第2条）；入企执法检查的审批另按第5条办理。`,
      cite: [
        { clause: '2', about: '执法普法、送法入企 专题讲座 现场帮扶' },
        { clause: '5', about: '实施入企执法检查，应严格履行审批程序' },
      ],
    };
  }
  if (FORMS_ASKED.test(text) && !ON_VISIT.test(text)) {
    // 「光念法条得不得行，有啥形式」: reading out the law is one form, not the only one.
    const answer = `${question.yesNo && /法条|念|读|宣讲/.test(text) ? '可以，但不限于宣讲法条，' : ''}${FORMS}。`;
    return { answer, cite: [{ clause: '2', about: '以案说法 一案一说 授课式 座谈式答疑 专题讲座' }] };
  }
  if (SPEAKER.test(text) && !ON_VISIT.test(text)) {
    return {
      answer: `${TEAM}。`,
      cite: [{ clause: '2', about: '组成专业普法团队，定期开展专题讲座，现场帮扶' }],
    };
  }
  const part = ON_VISIT.test(text)
    ? DURING_VISITS
    : REACH.test(text)
      ? COVERAGE
      : WHO_RUNS.test(text)
        ? BY_COUNTY
        : undefined;
  if (!part) return fromBestSentence(question, '2');
  // The reach is said of the county-run work: both halves, as the clause has them; 「以谁为单位组织？范围
  // 要多大？」 asks who first, so the county leads.
  const whoFirst = part === COVERAGE && question.form === 'who' && WHO_RUNS.test(text);
  const rule =
    part !== COVERAGE
      ? `${part}。`
      : whoFirst
        ? `${BY_BRANCH}，${COVERAGE}。`
        : `${COVERAGE}；${BY_COUNTY}。`;
  const answer =
    part === DURING_VISITS
      ? lead(question, '可以', rule)
      : part === BY_COUNTY && COUNTY_UNIT.test(text)
        ? lead(question, '是', rule)
        : part === BY_COUNTY && question.yesNo && CITY_RUNS.test(text)
          ? `不是，${rule}`
          : part === BY_COUNTY && LEADS.test(text) && !/县/.test(text)
            ? `实施方案未明确牵头单位，规定${rule.replace(/。$/, '')}，即按各分局辖区开展。`
            : part === BY_COUNTY && question.form === 'who'
              ? `${BY_BRANCH}，组成专业普法团队开展。`
              : rule;
  return { answer, cite: [{ clause: '2', about: answer }] };
}
