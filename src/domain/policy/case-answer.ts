import {
  evaluateInspection,
  explainDecision,
  isOnSite,
  rangeLength,
  type RulesDecision,
} from '../rules/index.js';
import { cite, type CitationRequest } from './citations.js';
import { prepareCase, type PreparedCase } from './case-context.js';
import { brief } from './case-brevity.js';
import { caseLines, isFormGap, type CaseLine } from './case-lines.js';
import { OFF_SITE_ABOUT } from './case-stated.js';
import {
  approvalOf,
  approvers,
  chainLine,
  CITY_APPROVERS,
  opening,
  SPECIAL_APPROVAL,
} from './case-opening.js';
import { asksApproval, caseForm, DAY_ASKED, HEAD, procedureAsked } from './case-asks.js';
import { governmentApproved } from './compose/special.js';
import type { ClauseId } from '../clauses.js';
import type { CaseFacts } from './facts.js';
import { askSentence } from './ask-sentence.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/** A chat answer cites at most four clauses; the lines after them, least decisive, are left out. */
const MAX_CLAUSES = 4;

function withinClauses(lines: readonly CaseLine[], cited: Set<string>): CaseLine[] {
  const clauses = new Set(cited);
  return lines.filter((line) => {
    if (!clauses.has(line.clause) && clauses.size >= MAX_CLAUSES) return false;
    clauses.add(line.clause);
    return true;
  });
}

/** 「下周」 with only some days in the quiet period: the visit can be set outside it (错峰). */
function partlyQuiet(rules: RulesDecision, prepared: PreparedCase): boolean {
  const { from, to } = prepared.proposal;
  const span = rangeLength(from, to);
  const quiet = rules.findings
    .filter((f) => f.code === 'QUIET_PERIOD_ON_SITE')
    .map((f) => Number(/有(\d+)天处于/.exec(f.message)?.[1] ?? span));
  return quiet.length > 0 && quiet.reduce((sum, days) => sum + days, 0) < span;
}

/** 「一年查几次有规定没」「最多能去几回」: the yearly count asked beside the case, answered first. */
const YEARLY_COUNT =
  /(?:一年|每年|年度|全年|今年)[^，。？?]{0,4}(?:查|去|检查)[^，。？?]{0,2}(?:几|多少)(?:次|回)|(?:最多|至多)[^，。？?]{0,4}(?:几|多少)(?:次|回)|上限(?:是)?(?:几|多少)/;

/** 「能不能合并成一次进厂」「可以一起去吗」: whether one visit may be made together with another unit. */
const MERGE_ASK =
  /(?:能不能|可不可以|能否|可否|是否可以|可以|能)[^，。？?]{0,6}(?:合并|一起|一块|一同|联合|综合一次查)|(?:合并|一起|一块|一同|联合)[^，。？?]{0,8}(?:行不行|可以吗|行吗|好吗|吗)/;

/** The scheme sets no number; the bureau's cap for the enterprise is said with 第3条. */
function yearlyCount(question: string, prepared: PreparedCase): string {
  const ask =
    question
      .split(/[，,；;。\s]/)
      .filter(Boolean)
      .at(-1) ?? '';
  if (!YEARLY_COUNT.test(ask)) return '';
  const { settings, enterprises } = prepared.rules;
  const major = enterprises.find((e) => e.uscc === prepared.proposal.enterprises[0])?.majorProblem;
  const cap = major ? settings.majorProblemCap : settings.yearlyCap;
  return `实施方案未规定具体次数，本局设定${major ? '该企业' : '每家企业'}年度现场检查上限为${cap}次（第3条）。`;
}

/**
 * 「在正面清单里，双随机抽中了，现场能免了吗」: sparing the visit is 第9条's own measure (减少、免除现场
 * 检查), so it leads, unless the quiet period decides who approves.
 */
function statedFirst(lines: CaseLine[], question: string, quietFirst: boolean): CaseLine[] {
  if (quietFirst || !/正面清单/.test(question) || !/免|减少|少去|少查/.test(question)) return lines;
  return [...lines.filter((l) => l.clause === '9'), ...lines.filter((l) => l.clause !== '9')];
}

/**
 * 「先不进企业，用无人机巡查加走航监测排查来源，可以吗」「能不能先不进厂，就调在线数据远程看」「想先让
 * 无人机飞一圈看看再定去不去」: an off-site look proposed as the first step on a clue is 第8条's
 * 非现场、无感式执法, which leads; the quiet period or the list follow. Without 先 the off-site check
 * stands in for the visit (「正面清单企业只做资料核查，不去现场」), which 第9条 or 第10条 answers.
 */
const OFF_SITE_FIRST = /先(?:不(?:进|去|到|入|上)|非现场|远程|用|调|让|通过|拿|查看?|看看?)/;

/** 「调台账要报主要负责人批吗」 asks the approval, and a 不 opening answers something else: both left alone. */
const TECH_FIRST = '实现由“人防为主”向“技防优先”转变';

function offSiteFirst(lines: CaseLine[], offSite: boolean): CaseLine[] {
  if (!offSite) return lines;
  const method = lines.filter((l) => l.clause === '8' && l.about === OFF_SITE_ABOUT);
  // The method asked is answered with what 第8条 wants of it: 「技防优先」 over 「人防为主」.
  const said = method.map((l) => ({ ...l, text: l.text.replace(/（第8条）$/, `，${TECH_FIRST}（第8条）`) }));
  return [...said, ...lines.filter((l) => !method.includes(l))];
}

/** Runs the case through the rules module and cites every clause the decision rests on, fact by fact. */
export function answerCase(facts: CaseFacts, question: string, ctx: AnswerContext): PolicyAnswer {
  const prepared = prepareCase(facts, question, ctx);
  const rules = evaluateInspection(prepared.proposal, prepared.rules);
  const gaps = rules.findings.filter(isFormGap);
  const blocks = rules.findings.filter((finding) => finding.severity === 'block' && !gaps.includes(finding));
  // People are named only when the question fixed the unit; a default unit's head is nobody's answer.
  const named = !!facts.unit || (!!facts.enterprise && facts.level !== 'city');
  const approval = approvalOf(rules, prepared, named, ctx.directory);
  const lines = caseLines(facts, prepared, rules, question);
  const chain = chainLine(approval);
  const form = caseForm(question);
  const approvalAsked = asksApproval(question) || procedureAsked(question, approval, blocks.length > 0);
  // The quiet period goes first when asked about, or when it decides who must approve; not when a
  // special inspection is stopped by 第4条 itself, nor when the visit's days can all fall outside it.
  const specialStopped = approval.special && blocks.some((b) => b.clause === '4');
  const partly = partlyQuiet(rules, prepared);
  const quietFirst =
    !specialStopped &&
    (HEAD.test(question) ||
      ((approvalAsked || DAY_ASKED.test(question)) && !!approval.head && !approval.special && !partly));
  const isQuiet = (l: CaseLine) => quietFirst && l.clause === '10';
  // 「再去一趟算不算频次」 of a visit a trigger frees: the trigger's 第3条 line is the answer.
  const freeing = lines.exemptions.find((l) => l.clause === '3' && /不受频次上限限制/.test(l.text));
  const opened0 = opening(question, approval, prepared, blocks, partly, facts.quiet === false);
  const capAnswered = !!freeing && opened0.startsWith('不算超频次');
  // 「还受不受频次上限」「是不是违反了频次要求」 are answered in their own verbs.
  const word = /受不受|是否受|受[^，。？?]{0,8}(?:限制|上限|约束)[吗么]/.test(question)
    ? '不受'
    : /违反|违背|突破/.test(question)
      ? '不违反'
      : /会不会(?!占|算)/.test(question) && !/算不算/.test(question)
        ? '不会'
        : '不算';
  // 「两家能不能合并成一次进厂」: joining another unit's visit is what 第3条's 综合一次查 asks for;
  // what else stops the visit follows it. A quiet period's approver still leads (第10条 decides who signs).
  const merged =
    lines.joint[0] && form === 'yes-no' && !approval.head && MERGE_ASK.test(askSentence(question));
  const mergeFirst = merged
    ? `可以，${lines.joint[0]!.text}${blocks.length ? `；但${opened0.replace(/^不能，/, '')}` : '。'}`
    : '';
  const first = mergeFirst || (capAnswered ? `${word}，${freeing.text}。` : opened0);
  // The opening already says the chain with its clause; the body need not repeat it, the citations do.
  // 「签了就能去吗」 answered with 第5条's approver: that clause leads.
  // 「分管局领导审批行不行」 answered with 第5条's two city approvers: that clause leads too.
  const signerAsked =
    (first.startsWith('不能，') && first.includes('（第5条）')) ||
    first.startsWith(`可以，${CITY_APPROVERS}`);
  const said =
    !!chain &&
    (signerAsked ||
      [approval.chain, approvers(approval)].some((who) => first.includes(`${who}审批（第5条）`)) ||
      first.includes(`即经${approval.chain}审批`) ||
      // 「应制定检查方案并报……审批（第5条）」: the steps asked, said with the approver.
      first.startsWith('应制定检查方案') ||
      // 「县区级入企执法检查由各分局主要负责人审批，即潞城分局局长（示例）（第5条）」: 第5条's line, said.
      (chain?.clause === '5' && first.includes('入企执法检查由') && first.includes('（第5条）')) ||
      // 「须报请潞城分局主要负责人（…）批准」 already names the branch's one approver.
      (approval.level === 'county' && !approval.special && first.includes(approval.chain)));
  const chained = chain ? [chain] : [];
  // 「谁批」 outside the quiet period: 第5条's approver leads; inside it 第10条's head does.
  // A block other than the positive list's (which a written reason lifts) is what the asker must hear first.
  const whoFirst =
    form === 'who' &&
    !approval.special &&
    !approval.head &&
    blocks.every((b) => b.code === 'POSITIVE_LIST_REASON_REQUIRED');
  // What the officer asked besides the visit (the form, the recorder) comes before what they did not.
  const asked = lines.incidents.filter((l) => l.clause !== '11');
  const violations = lines.incidents.filter((l) => l.clause === '11');
  // 「要走安静期审批吗」 answered 「不在安静期内（第10条）」 in the opening: the body need not say it again.
  const notQuietSaid = /不在企业安静期内[^。；]*（第10条）/.test(first);
  // The quiet period that decides who approves goes before the joint visit; before the signer asked
  // about too when the officer names it (「那几天是安静期，分管领导点头就行吧」).
  const quiet = [...lines.warnings.filter(isQuiet), ...lines.notes.filter(isQuiet)];
  const quietNamed = /安静期/.test(question);
  const all: CaseLine[] = [
    ...(quietNamed ? quiet : []),
    ...(signerAsked || whoFirst ? chained : []),
    ...(notQuietSaid ? lines.quietNotIn : []),
    ...(quietNamed ? [] : quiet),
    ...lines.joint,
    // A special inspection is 第4条's before anything else, unless something stops it; a plan a
    // government has approved needs the bureau's chain no more.
    ...(approval.special && (approvalAsked || blocks.length === 0) && !governmentApproved(question)
      ? chained
      : []),
    ...lines.blocks,
    ...(approvalAsked && !approval.special && !signerAsked && !whoFirst ? chained : []),
    ...asked,
    ...lines.warnings.filter((l) => !isQuiet(l)),
    ...lines.exemptions,
    ...(notQuietSaid || facts.quiet !== true ? [] : lines.quietNotIn),
    // A special inspection 第4条 stops needs no word on how its plan is approved and published.
    ...lines.notes.filter((l) => !isQuiet(l) && !(specialStopped && !approvalAsked && l.clause === '4')),
    ...violations,
    ...(approvalAsked || approval.special ? [] : chained),
    ...lines.plan,
    // A date's calendar, not asked about, is said last.
    ...(notQuietSaid || facts.quiet === true ? [] : lines.quietNotIn),
  ];
  if (merged) all.splice(all.indexOf(lines.joint[0]!), 1);
  const offSiteAsked =
    form === 'yes-no' &&
    !isOnSite(prepared.proposal.methods) &&
    OFF_SITE_FIRST.test(question) &&
    !approvalAsked &&
    !first.startsWith('不');
  const ordered = offSiteFirst(
    statedFirst(withinClauses(all, new Set(rules.chain.map((step) => step.clause))), question, quietFirst),
    offSiteAsked,
  );
  ordered.push(...lines.uncovered);
  const cited = ordered.filter((l) => !lines.uncovered.includes(l));
  if (capAnswered) ordered.splice(ordered.indexOf(freeing), 1);
  const count = yearlyCount(question, prepared);
  // 「不需要报请主要负责人批准，……不在企业安静期内（第10条）」: the quiet period the opening answers leads;
  // 「不在，……未列入监督执法正面清单（第9条）」: the register's answer does.
  const opened: ClauseId | undefined = /^不需要[^。]*（第10条）/.test(first)
    ? '10'
    : /^不在，[^。]*（第9条）/.test(first)
      ? '9'
      : undefined;
  const requests: CitationRequest[] = [
    ...(merged ? [{ clause: '3' as const, about: lines.joint[0]!.about }] : []),
    // 「不算，……本次系应企业申请……（第3条）」: the trigger that answers the cap asked leads.
    ...(capAnswered ? [{ clause: '3' as const, about: freeing.about }] : []),
    ...(count ? [{ clause: '3' as const, about: '合理确定检查比例和次数' }] : []),
    ...(opened && !count ? [{ clause: opened, about: first }] : []),
    ...cited.map(({ clause, about }) => ({ clause, about })),
    ...rules.chain.map((step) => ({ clause: step.clause, about: step.why })),
    ...(/（第3条）/.test(ordered.map((l) => l.text).join(''))
      ? [{ clause: '3' as const, about: '不受频次上限限制' }]
      : []),
  ];
  // A special inspection's chain said in the opening leaves 第4条's approver to say.
  const chainText = (l: CaseLine) =>
    l !== chain
      ? l.text
      : approval.special && first.includes(approval.chain)
        ? `${SPECIAL_APPROVAL}（第4条）`
        : first.includes(CITY_APPROVERS)
          ? l.text.replace(`${CITY_APPROVERS}，`, '')
          : l.text;
  // 「不在，…未列入监督执法正面清单（第9条）」 opens: the register's line is said.
  const listSaid = (l: CaseLine) => l.clause === '9' && /列入监督执法正面清单（第9条）/.test(first);
  const body = ordered
    .filter((l) => !(said && l === chain) && !(notQuietSaid && lines.quietNotIn.includes(l)) && !listSaid(l))
    .map(chainText)
    .join('；');
  const enterprise = prepared.rules.enterprises.find((e) => e.uscc === prepared.proposal.enterprises[0]);
  const assumptions = [...prepared.assumptions, ...gaps.map((gap) => `正式申请时须补充：${gap.message}`)];
  return {
    answer: `${count}${brief(first, body, enterprise?.name)}`,
    citations: cite(requests),
    outOfScope: false,
    decision: {
      hypothetical: prepared.hypothetical,
      proposal: prepared.proposal,
      rules,
      // Form gaps are said once, as what the application must add, not as findings to correct.
      explanation: explainDecision({ ...rules, findings: rules.findings.filter((f) => !gaps.includes(f)) }),
      assumptions,
    },
    offerApproval: blocks.length === 0 && rules.chain.length > 0,
  };
}
