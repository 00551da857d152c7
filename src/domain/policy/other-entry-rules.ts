import type { ClauseId } from '../clauses.js';
import { cite, type CitationRequest } from './citations.js';
import { askedForm } from './form.js';
import { otherEntry } from './scope.js';
import type { PolicyAnswer } from './types.js';

/**
 * 「要不要也填审批表」「是不是真得报批」「安静期里要不要报批」: whether an inspection's step applies to
 * 调研、考核评估 or 核与辐射监管, asked in words the notice's reading of 「适用」 does not list.
 */
const STEP_ASKED =
  /(?:要不要|需不需要|用不用|是否需要|是否要|是不是|是否|需要|得|要|也)(?:真的?)?(?:也)?(?:得|要|需要?)?(?:填|写|报批|报请|审批|批准|签字|签|报|走)/;

/** The inspection's own steps the question names, each with the clause that sets it. */
const STEPS: readonly { pattern: RegExp; clause: ClauseId; line: string }[] = [
  { pattern: /审批表|计划表|附件2/, clause: 'annex-2', line: '无需填写《入企执法检查计划审批表》（附件2）' },
  {
    pattern: /(?<!专项)(?:审批|报批|批准|签字|局长批|负责人批)(?!表)/,
    clause: '5',
    line: '无需按入企执法检查审批程序报批（第5条）',
  },
  { pattern: /安静期/, clause: '10', line: '亦不适用企业安静期的报批要求（第10条）' },
  { pattern: /频次|次数/, clause: '3', line: '不计入入企执法检查频次（第3条）' },
];

/**
 * The notice's answer to 调研、考核评估、核与辐射监管 and the like, with the inspection's steps the
 * question names (审批、安静期报批、审批表) said not to apply, each beside its clause.
 */
export function otherEntryAnswer(question: string): PolicyAnswer {
  const base = otherEntry(question);
  // 「环评审批要走哪些流程」 asks how the other procedure goes, not whether an inspection's step applies.
  const asksStep = STEP_ASKED.test(question) && askedForm(question) === 'yes-no';
  if (base.outOfScope && !asksStep) return base;
  const steps = STEPS.filter((step) => step.pattern.test(question));
  if (steps.length === 0) return { ...base, outOfScope: false };
  const verdict = /是不是/.test(question) ? '不是' : '不需要';
  const body = base.answer.replace(/^(?:不需要|不是)。/, '').replace(/。$/, '');
  const requests: CitationRequest[] = [
    { clause: 'notice', about: '行政许可 工作调研 考核评估 核与辐射监管 其他入企行为' },
    ...steps.map((step) => ({ clause: step.clause, about: step.line })),
  ];
  return {
    answer: `${verdict}。${body}；${steps.map((step) => step.line).join('，')}。`,
    citations: cite(requests).slice(0, 3),
    outOfScope: false,
  };
}
