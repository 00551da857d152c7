import { shortUnitName } from '../org.js';
import { clauseReference } from './clause-reference.js';
import { annex, formPartAsked } from './compose/annex.js';
import { blankPlanRow } from './compose/blank-row.js';
import { toldVisitsCounted } from './compose/told-visits.js';
import { clueForm, clueFormAsked } from './compose/clue-form.js';
import { namesPartThree, organization, organizationAsked } from './compose/organization.js';
import { askSentence, withoutRelayed } from './ask-sentence.js';
import { STEPS, STEPS_ASKED } from './compose/rectify.js';
import { special } from './compose/special.js';
import { askPart } from './context-lead.js';
import { procedure, procedureAsked } from './compose/procedure.js';
import { principleCase } from './compose/principle-cases.js';
import { general, generalAsked, notice, noticeAsked } from './compose/principles.js';
import { exemptList, EXEMPT_LIST_ASK, frequency } from './compose/frequency.js';
import {
  discretion,
  EDUCATE_FIRST,
  EVIDENCE_SHORT,
  evidenceFirst,
  ONE_WAY,
  severeFirst,
} from './compose/penalty.js';
import { VIOLATION } from './stated-facts.js';
import { handedOverInWords, handOverAsked } from './compose/offsite-aims.js';
import { progressive, progressiveAsked } from './compose/progressive.js';
import { asksOffsiteMeans, asksSelfAction, referral, selfAction } from './compose/referral.js';
import type { Draft, Question } from './compose/types.js';
import { asksWhoWarns, warning, warningAsked, warningDuty } from './compose/warning.js';
import { WARNING_OR_CLUE } from './incident-other-rules.js';
import type { Concept } from './concepts.js';
import type { CaseFacts } from './facts.js';
import { askedForm } from './form.js';

/** A section other than the enforcement team asking to visit or punish on its own clue. */
function sectionAsksSelfAction(question: string, facts: CaseFacts): boolean {
  const unit = facts.unit;
  return unit?.kind === 'section' && !unit.name.includes('执法队') && asksSelfAction(question);
}

/** Another department than ours, with whom a joint visit is made. */
const OTHER_AGENCY = /应急|住建|消防|市场监管|市监|自然资源|水利|交通|公安|农业农村|林业|部门/;
const PROPOSAL_ASKED = /可以这样做吗|行不行|行吗|可以吗|可不可以|能不能这样/;

/** A composer's draft that names no clause gets the one it quotes, as every answer does. */
function tagged(draft: Draft, tag: string): Draft {
  return /第\d+条/.test(draft.answer)
    ? draft
    : { ...draft, answer: draft.answer.replace(/。?$/, `（${tag}）。`) };
}

/**
 * Asks answered by their own clause first, whatever visit, case or clue they also mention: part 三
 * (「组建工作专班可否」「今年干脆一家都不查了行不行」), 渐进式执法's steps, 第6条's procedure of a
 * visit (「记录仪没电先拿纸记行不行」), a section acting on its own clue (「能直接上门罚吗」), 第1条's
 * warning (「能先给它提个醒不」) and the clue form's boxes (「移送表线索来源勾啥」).
 */
export function askedFirst(
  question: string,
  concepts: ReadonlySet<Concept>,
  facts: CaseFacts,
  composed: () => Question,
): Draft | undefined {
  const named = clauseReference(question);
  // 「文件发给了哪些单位」「优化营商环境了能不能松一松」: the notice's and 总体要求's own asks.
  const ask = withoutRelayed(question);
  const cover = !named && noticeAsked(ask);
  if (cover) return notice(composed(), cover);
  // 「入企记录有5条……算进年度频次上限的到底是几次」: the visits told, counted by what brought each.
  const counted = !named && toldVisitsCounted(question);
  if (counted) return counted;
  // 「除了到现场，非现场发现问题的渠道都有哪几种」: 第8条's means, whatever unit or visit is told.
  if (!named && asksOffsiteMeans(askSentence(question))) return referral(composed());
  const blank = !named && blankPlanRow(question);
  if (blank) return blank;
  // 「……检查安排那一块要写哪些内容」: a part of a form asked, whatever visit or case the message tells.
  const formPart = !named && formPartAsked(askPart(askSentence(question)));
  if (formPart) return annex(composed(), formPart.clause);
  // 「对铸造厂立案了，想按全流程管理来走，一共有哪几步」: 第14条's steps, whatever case is told.
  if (!named && concepts.has('rectify') && STEPS_ASKED.test(askPart(askSentence(question))))
    return tagged({ answer: STEPS, cite: [{ clause: '14', about: STEPS }] }, '第14条');
  // 「专项从8月查到现在，还想延到明年年底，中不中」: 第4条 bans the endless or blanket inspection proposed.
  // A branch's special told as a visit would be weighed as one; the ban answers it (who approves, asked
  // beside it, is the visit's rules').
  const branchSpecial = facts.units.some((unit) => unit.kind === 'branch') && !/谁/.test(question);
  if (
    !named &&
    branchSpecial &&
    concepts.has('special') &&
    concepts.has('blanket') &&
    askedForm(question) === 'yes-no'
  )
    return tagged(special(composed()), '第4条');
  // 「应急局、住建局和我们都要去，搞联合检查一次查完，方案里有这个路子没」: 第3条's joint visit proposed.
  // The departments are 第3条's 多个单位, which the officer's words then name.
  // 「联合检查时应急让把记录仪关了，这样行不行」: the recording asked is 第6条's, whoever joined the visit.
  const device = concepts.has('record') && procedureAsked(ask, concepts, true) === 'device';
  if (
    !named &&
    !device &&
    concepts.has('joint') &&
    OTHER_AGENCY.test(question) &&
    PROPOSAL_ASKED.test(question)
  ) {
    const draft = frequency(composed());
    const answer = draft.answer.replace(/^(可以，|不能，)?应通过/, '$1多个单位对同一企业应通过');
    return tagged({ ...draft, answer }, '第3条');
  }
  const judged = !named && facts.enterprise !== undefined && principleCase(question);
  if (judged) return judged;
  const principle = !named && facts.enterprise === undefined && generalAsked(ask);
  if (principle) return general(composed(), principle);
  // 「裁量是不是罚得越狠越好」: 过罚相当 answers a fine set by severity alone, with no case told
  // (a violation stated is a case: 「超标才三天，想罚到顶」 is weighed fact by fact).
  if (
    !named &&
    facts.enterprise === undefined &&
    ONE_WAY.test(ask) &&
    /罚|裁量/.test(ask) &&
    !VIOLATION.test(ask)
  )
    return discretion(composed());
  if (!named && facts.enterprise === undefined && EDUCATE_FIRST.test(ask) && VIOLATION.test(ask))
    return severeFirst(ask);
  if (!named && EVIDENCE_SHORT.test(ask) && /罚/.test(ask) && askedForm(ask) === 'yes-no')
    return evidenceFirst();
  if (progressiveAsked(question)) return progressive(question);
  if (!named && EXEMPT_LIST_ASK.test(ask)) return exemptList();
  const handOver = !named && handOverAsked(ask);
  if (handOver) return handOver;
  const branchUnit = facts.units.find((unit) => unit.kind === 'branch') ?? facts.local;
  const branch = branchUnit && shortUnitName(branchUnit.name);
  const inWords = !named && handedOverInWords(question, ask, branch);
  if (inWords) return inWords;
  const part = organizationAsked(question, concepts);
  if (part && (namesPartThree(question) || !named)) return organization(composed(), part);
  const described = facts.enterprise !== undefined || facts.units.length > 0;
  const step = !named && procedureAsked(withoutRelayed(question), concepts, described);
  if (step) return procedure(composed(), step);
  if (sectionAsksSelfAction(question, facts)) return selfAction(composed(), branch);
  // 「企业有违法风险，谁负责预警提醒」: who warns, with no unit told, is 第1条's list.
  if (!named && concepts.has('warning') && facts.units.length === 0 && asksWhoWarns(question))
    return warningDuty(composed());
  // 「超标了，提个醒就行还是要移送」: a violation the data shows is a clue first, weighed fact by fact.
  if (warningAsked(question) && !WARNING_OR_CLUE.test(question)) {
    const section = facts.units.find((unit) => unit.kind === 'section');
    const yesNo = askedForm(question) === 'yes-no' && !/还是/.test(question);
    return warning(question, yesNo, section && shortUnitName(section.name));
  }
  if (clueFormAsked(question)) return clueForm(question, branch);
  return undefined;
}
