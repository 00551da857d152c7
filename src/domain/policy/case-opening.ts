/** The first sentence of a case answer and the approval it names: who, whether, go or not. */
import { isOnSite, type RulesDecision } from '../rules/index.js';
import { shortUnitName, type Directory } from '../org.js';
import type { PreparedCase } from './case-context.js';
import { approveBy, personWithRole } from './case-brevity.js';
import { methodWords, type CaseLine } from './case-lines.js';
import { governmentApproved } from './compose/special.js';
import {
  APPROVAL,
  CAP_ASK,
  caseForm,
  DAY_ASKED,
  ENOUGH,
  HEAD,
  LOWER_SIGNER,
  MAY_ASK,
  NEED,
  procedureAsked,
  RESCHEDULE_ASK,
  SIGNED_ASK,
  SPECIAL_LOWER,
  SUPERVISOR_ENOUGH,
} from './case-asks.js';
import { nextQuiet } from './case-quiet.js';
import { day } from './quiet-answer.js';

/** Short reasons for the first sentence; the full finding follows with its clause. */
const BLOCK_REASONS: Partial<Record<string, string>> = {
  CAP_EXCEEDED: '该企业今年现场检查已达频次上限',
  POSITIVE_LIST_REASON_REQUIRED: '该企业列入监督执法正面清单，应减少、免除现场检查',
  SPECIAL_BLANKET: '专项检查须坚决杜绝全覆盖、无差别检查',
  SPECIAL_PERIOD_TOO_LONG: '专项检查应严格限定时间周期',
};

export interface Approval {
  /** 「分局主要负责人（潞城分局局长（示例））→局长（…）」 */
  chain: string;
  /** The main head a quiet-period visit needs, with the person when the unit is known. */
  head?: string;
  special: boolean;
  level?: 'city' | 'county';
}

export function approvalOf(
  rules: RulesDecision,
  prepared: PreparedCase,
  named: boolean,
  directory: Directory,
): Approval {
  const chain = rules.chain
    .map((step) => (named ? personWithRole(step.roleLabel, step.name) : step.roleLabel))
    .join('→');
  const quietOnSite = rules.findings.some((f) => f.code === 'QUIET_PERIOD_ON_SITE');
  const unit = directory.units.find((candidate) => candidate.id === prepared.proposal.unit);
  const role = unit?.level === 'city' ? 'director' : 'branch-head';
  const step = rules.chain.find((candidate) => candidate.role === role);
  const where = unit?.level === 'city' ? '市生态环境局' : unit ? shortUnitName(unit.name) : '';
  const head = named && step ? `${where}主要负责人（${step.name}）` : '本级行政执法主体主要负责人';
  return {
    chain,
    ...(quietOnSite ? { head } : {}),
    special: prepared.proposal.kind === 'special',
    ...(unit ? { level: unit.level === 'city' ? ('city' as const) : ('county' as const) } : {}),
  };
}

/** 第4条's approver of a special inspection's plan, verbatim. */
export const SPECIAL_APPROVAL = '专项检查方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准';

/** What the visit needs before it goes ahead, said as a condition. */
function condition(approval: Approval): string {
  // A special inspection in the quiet period needs both: the head's approval for the days, 第4条's for the plan.
  if (approval.special && approval.head)
    return `${approveBy(approval.head)}，且${SPECIAL_APPROVAL}后按照规定备案，并向社会公开`;
  if (approval.special) return `${SPECIAL_APPROVAL}后按照规定备案，并向社会公开`;
  if (approval.head) return approveBy(approval.head);
  return approval.chain ? `须经${approval.chain}审批（第5条）` : '须按程序审批';
}

/** The chain said with the clause behind it; a quiet-period visit also names 第10条. */
export function chainLine(approval: Approval): CaseLine | undefined {
  if (!approval.chain) return undefined;
  if (approval.special) {
    return {
      text: `专项检查审批流程为${approval.chain}，${SPECIAL_APPROVAL.replace('专项检查', '')}（第4条）`,
      clause: '4',
      about: SPECIAL_APPROVAL,
    };
  }
  return { text: `${levelChain(approval)}（第5条）`, clause: '5', about: '入企执法检查 审批' };
}

/** 「市级入企执法检查审批流程为…」「县区级入企执法检查由各分局主要负责人审批」, as 第5条 words it. */
function levelChain(approval: Approval): string {
  if (approval.level === 'city') return `${CITY_APPROVERS}，审批流程为${approval.chain}`;
  return `县区级入企执法检查由${approvers(approval)}审批${branchHead(approval)}`;
}

/** 「，即潞城分局局长（示例）」: the one branch head 第5条's 「各分局主要负责人」 means here. */
function branchHead(approval: Approval): string {
  const head = /^分局主要负责人（(.+)）$/.exec(approval.chain)?.[1];
  return approval.level === 'county' && head ? `，即${head}` : '';
}

/** The chain, or 第5条's 「各分局主要负责人」 when no branch is named. */
export function approvers(approval: Approval): string {
  const oneBranch = !approval.chain.includes('→') && /^分局主要负责人(?:（|$)/.test(approval.chain);
  return approval.level === 'county' && oneBranch ? '各分局主要负责人' : approval.chain;
}

/** 第5条 names the approvers per level. */
const LEVEL_WORDS: Record<string, string> = { city: '市级入企执法检查', county: '县区级入企执法检查' };

/** 「长治示例化工有限公司12月25日」: whose days, which the opening names when the officer did. */
function notQuiet(prepared: PreparedCase): string {
  const { from, to, enterprises } = prepared.proposal;
  if (prepared.hypothetical) return '所述时间';
  const name = prepared.rules.enterprises.find((e) => e.uscc === enterprises[0])?.name ?? '';
  const today = prepared.rules.today;
  return `${name}${from === to ? day(from, today) : `${day(from, today)}至${day(to, today)}`}`;
}

export const CITY_APPROVERS = '市级入企执法检查由市生态环境局主要负责人或分管局领导审批';

/** The supervisor has signed (or would) a city visit outside the quiet period, and more is asked. */
function supervisorSigned(question: string, approval: Approval): boolean {
  return (
    approval.level === 'city' &&
    !approval.head &&
    !approval.special &&
    /分管/.test(question) &&
    SUPERVISOR_ENOUGH.test(question)
  );
}

/** Whether one lower signer is said to be enough, and 第5条's approver for the level if not. */
function lowerSigner(question: string, approval: Approval): string | undefined {
  // 「安静期……分管局领导签了字，这样行不行」: in the quiet period the supervisor's signature is not enough.
  const supervisor = /分管的?(?:副局长|局长|局领导|领导)?|副局长/.exec(question)?.[0];
  if (approval.head && !approval.special && supervisor && SIGNED_ASK.test(question))
    return `企业安静期内确需开展现场执法检查的，${approveBy(approval.head)}，${supervisor}签字不够（第10条）`;
  if (!ENOUGH.test(question)) return undefined;
  if (approval.special) {
    const lower = SPECIAL_LOWER.exec(question)?.[0];
    return lower && `${SPECIAL_APPROVAL}后按照规定备案，并向社会公开，${lower}签批不够（第4条）`;
  }
  const signer = LOWER_SIGNER.exec(question)?.[0];
  if (!signer) return undefined;
  if (approval.level === 'city') {
    // The supervisor is one of 第5条's two city approvers; a quiet period's head is 第10条's, said apart.
    if (/副局长|分管/.test(signer)) return undefined;
    return `${CITY_APPROVERS}，${signer}签字不够（第5条）`;
  }
  // 「分局副局长签个字行不行」: the signer the officer named is said not to be enough.
  if (approval.level === 'county')
    return `县区级入企执法检查由各分局主要负责人审批${branchHead(approval)}，${signer}签批不够（第5条）`;
  return undefined;
}

/** 「能少去几趟不」「可以不去吗」: fewer or no visits asked for, which 第9条 grants a positive-list enterprise. */
const FEWER_VISITS =
  /(?:能|可以|能不能|可不可以|可否|能否)(?:不|免)(?:进|去|到|上)(?:现场|厂|企业)?|现场(?:检查)?(?:能|可以|能不能|可否)?免|少(?:去|查|跑)(?:几|两)?(?:趟|次|回)?|减少(?:现场)?检查|免除(?:现场)?检查|免(?:了|掉)(?:现场)?检查|(?:可以|能|能不能|可不可以)不(?:去|查)(?:现场)?[吗么]?$|不去(?:现场)?(?:行不行|可以吗|行吗)/;

/** 第9条's condition for visiting a positive-list enterprise all the same. */
const LISTED_VISIT = '确需现场检查的，须写明理由';

/** 「那天是不是赶上安静期了」 asked beside a visit stopped otherwise: the quiet period's approval is said too. */
function quietToo(question: string, approval: Approval): string {
  return approval.head && /安静期/.test(question)
    ? `；检查时间处于企业安静期，${approveBy(approval.head)}`
    : '';
}

const LIST_ASK = /(?:在不在|是不是|是否在|是否列入|有没有在|进没进|有没有进)[^，。？?]{0,4}正面清单/;

/** 「不在，长治示例焦化有限公司未列入监督执法正面清单（第9条）」 from the register, for one not listed. */
function listAnswer(prepared: PreparedCase): string | undefined {
  const enterprise = prepared.hypothetical
    ? undefined
    : prepared.rules.enterprises.find((e) => e.uscc === prepared.proposal.enterprises[0]);
  if (!enterprise) return undefined;
  // A listed enterprise's visit is answered by 第9条's relief itself (「原则上不能」「可以」).
  return enterprise.positiveList ? undefined : `不在，${enterprise.name}未列入监督执法正面清单（第9条）`;
}

/** The first sentence, in the form asked: who approves, whether approval is needed, go or not. */
export function opening(
  question: string,
  approval: Approval,
  prepared: PreparedCase,
  blocks: RulesDecision['findings'],
  partly: boolean,
  heldNotQuiet = false,
): string {
  const form = caseForm(question);
  const onSite = isOnSite(prepared.proposal.methods);
  const reason = blocks[0] && (BLOCK_REASONS[blocks[0].code] ?? blocks[0].message.replace(/[。；]+$/, ''));
  if (form === 'who') {
    const chain = !approval.chain
      ? '按程序由行政执法主体负责人审批'
      : approval.special
        ? `由${approval.chain}审批`
        : approval.level === 'city'
          ? `${CITY_APPROVERS}，即经${approval.chain}审批（第5条）`
          : `${LEVEL_WORDS[approval.level ?? ''] ?? ''}由${approvers(approval)}审批（第5条）${branchHead(approval)}`;
    const quiet = !approval.head
      ? ''
      : partly
        ? `；在企业安静期内现场检查的，${approveBy(approval.head)}`
        : `，检查时间处于企业安静期，${approveBy(approval.head)}`;
    const listed = blocks[0]?.code === 'POSITIVE_LIST_REASON_REQUIRED' && blocks.length === 1;
    const stop = listed
      ? `；${reason}，${LISTED_VISIT}（第9条）`
      : reason
        ? `；但按所述情况暂不能开展：${reason}`
        : '';
    return `${chain}${quiet}${stop}。`;
  }
  // 「现在想今天白天进厂查，需要走什么手续」: 第5条's steps are the answer.
  if (procedureAsked(question, approval, blocks.length > 0)) {
    const head = branchHead(approval);
    return `应制定检查方案并报${head ? `分局主要负责人审批${head}` : `${approval.chain}审批`}（第5条）。`;
  }
  // 「方案已经县政府研究通过，还需要报市局主要负责人再批吗」: 第4条 names either approver.
  const approved = approval.special && form === 'yes-no' && governmentApproved(question);
  if (approved) return approved;
  // 「请示是否调整检查时间」 of a visit in the quiet period: yes, 错峰; of one outside it, no need.
  if (form === 'yes-no' && RESCHEDULE_ASK.test(question) && !approval.special && !reason) {
    const may = MAY_ASK.test(question);
    return approval.head
      ? `${may ? '可以' : '需要'}，应科学合理安排“错峰”执法检查；确需在安静期内现场检查的，${approveBy(approval.head)}。`
      : `${may ? '可以' : '不需要'}，${notQuiet(prepared)}不在企业安静期内${nextQuiet(prepared)}（第10条）。`;
  }
  // 「分管副局长已经签了字，还用不用再找局长」: outside the quiet period 第5条 lets the supervisor approve a city visit.
  // The visit stopped otherwise: the signer asked about is answered first, then what stops it.
  if (form === 'yes-no' && supervisorSigned(question, approval))
    return `${NEED.test(question.split('还是')[0] ?? question) ? '不需要' : '可以'}，${CITY_APPROVERS}（第5条）${reason ? `；但按所述情况暂不能开展：${reason}` : ''}。`;
  if (form === 'yes-no' && NEED.test(question) && APPROVAL.test(question)) {
    if (/主要负责人|一把手|局长|主要领导|安静期/.test(question) && !/分管/.test(question)) {
      if (!onSite) {
        return `不需要，本次为${methodWords(prepared.proposal.methods)}，不是现场执法检查，第10条的主要负责人批准要求不适用。`;
      }
      if (!approval.head)
        return `不需要报请主要负责人批准，${notQuiet(prepared)}不在企业安静期内${nextQuiet(prepared)}（第10条）；${approval.chain && !approval.special ? `${levelChain(approval)}（第5条）` : condition(approval)}。`;
    }
    return `需要，${condition(approval)}${reason ? `；但按所述情况暂不能开展：${reason}` : ''}。`;
  }
  // 「这次去算不算超频次」 asks about the cap, not whether to go.
  // 「行不行？这次算不算频次」: the visit asked first is answered first.
  // 「这次去算不算频次，能不能去，要谁批」: the cap asked first is answered first.
  const capAt = CAP_ASK.exec(question)?.index ?? -1;
  const visitAt = /行不行|能不能|可不可以|能去|可以去|还能去/.exec(
    question.replace(CAP_ASK, (m) => '　'.repeat(m.length)),
  )?.index;
  const visitAsked = visitAt !== undefined && visitAt < capAt;
  if (form === 'yes-no' && CAP_ASK.test(question) && !visitAsked) {
    return blocks.some((b) => b.code === 'CAP_EXCEEDED')
      ? `算，${reason ?? '该企业今年现场检查已达频次上限'}。`
      : `不算超频次，${approval.chain || approval.special ? condition(approval) : '可以开展'}。`;
  }
  // 「它在不在正面清单上」: the register answers first, then what else stops the visit.
  const listed = LIST_ASK.test(question) && listAnswer(prepared);
  if (form === 'yes-no' && listed) return `${listed}${reason ? `；且${reason}` : ''}。`;
  const short = lowerSigner(question, approval);
  if (short) return `不能，${short}${reason ? `；且${reason}` : ''}。`;
  // The rule that blocks a visit is the one that grants fewer: 「可以」, not a 「不能」 quoting it.
  if (
    reason &&
    form === 'yes-no' &&
    blocks[0]?.code === 'POSITIVE_LIST_REASON_REQUIRED' &&
    FEWER_VISITS.test(question)
  )
    return `可以，${reason}。`;
  // 「能否按期入企」 of a day in the quiet period: the day's approval answers it, the list's reason follows.
  const listedOnly = blocks[0]?.code === 'POSITIVE_LIST_REASON_REQUIRED' && blocks.length === 1;
  if (form === 'yes-no' && DAY_ASKED.test(question) && approval.head && !approval.special && listedOnly)
    return `可以，但${approveBy(approval.head)}；且${reason}，${LISTED_VISIT}（第9条）。`;
  // A positive-list enterprise may still be visited with the reason written: a no in principle.
  if (listedOnly) return `原则上不能，${reason}，${LISTED_VISIT}（第9条）${quietToo(question, approval)}。`;
  if (reason) return `不能，${reason}${quietToo(question, approval)}。`;
  // 「那时安静期已经结束了，复查可以直接去吗」 of a day the calendar puts inside it: the premise is wrong.
  if (form === 'yes-no' && heldNotQuiet && approval.head && !approval.special && !prepared.hypothetical)
    return `不能，检查时间处于企业安静期，${approveBy(approval.head)}。`;
  if (
    form === 'yes-no' &&
    ENOUGH.test(question) &&
    approval.head &&
    !HEAD.test(question.replace(/分管局?长|分管领导/, ''))
  ) {
    return `不能，${condition(approval)}。`;
  }
  return approval.chain || approval.special ? `可以，但${condition(approval)}。` : '可以。';
}
