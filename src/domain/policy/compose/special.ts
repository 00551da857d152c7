import { namedApprover, type ApproverRoles } from './named-approver.js';
import { hasAny, lead, type Draft, type Question } from './types.js';

const APPROVAL =
  '专项检查方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准，批准后按照规定备案，并向社会公开。';
const SCOPE =
  '专项检查须聚焦环境风险突出的领域（如超标排放、危废非法处置等），严格限定检查内容和时间周期，避免扩大化或无限期延长检查，坚决杜绝全覆盖、无差别检查。';

/** 第4条's approvers: a government at county level or above, or the city bureau's main head. */
const SPECIAL_APPROVERS: ApproverRoles = [
  [/政府/g, true],
  [/主要负责人|一把手|主要领导|(?<![副分])局长/g, true],
  [/分管|副局长|科长|队长|分局(?:局长|长)?/g, false],
];

const HEAD_UNSIGNED =
  /(?:局长|主要负责人|一把手)(?:意见)?(?:一栏|那栏|那一栏)?(?:还|尚|仍)?(?:没|未)(?:签|批|同意)|(?:局长|主要负责人)(?:意见)?(?:一栏|那栏|那一栏)?(?:还|尚|仍)?空着/;

const WRITE_PLAN = /(?:写|做|定|出|制定|编制?)(?:个|一个|一份|份)?(?:检查)?方案/;

/** 「危废非法处置专项」: the risk areas 第4条 names as a special inspection's focus. */
const FOCUS = /超标排放|危废非法处置/;
export function focusOf(text: string): string {
  const word = FOCUS.exec(text)?.[0];
  return word ? `${word}属环境风险突出领域，专项检查应聚焦于此` : '';
}

/** 「单独搞个专项」「开展一次专项行动」: whether a special inspection may be launched at all. */
const LAUNCH = /(?:搞|开展|组织|启动|做|来|弄)(?:个|一个|一次|一轮)?(?:单独的?)?专项|单独(?:搞|开展|组织)/;

/** 「把全县企业挨个查一遍」: a sweep of every enterprise, which 第4条 forbids. */
const EVERY_ENTERPRISE =
  /全(?:县|区|市|部)(?:的)?企业|所有(?:的)?企业|挨个|逐一|逐家|一家不落|一个不落|都查一遍|全查一遍|过一遍/;

/** 「方案已经县政府常务会议研究通过」「县政府批了」: one of 第4条's two approvers has approved the plan. */
const GOVERNMENT_APPROVED =
  /(?:县|区|市|省)(?:人民)?政府[^，。？?]{0,12}(?:已经?|已)?(?:批了|批准|同意|研究通过|审议通过|通过了|签批|批复)/;
/** 「还需要报市局主要负责人再批一次吗」: the other approver asked for besides. */
const ALSO_ASKED = /还(?:要|需要?|得|用)|再(?:批|报|签)|是否还需/;

/**
 * 第4条 names either approver (县级以上人民政府或市级生态环境主管部门主要负责人): a plan a government
 * above the county has approved needs the bureau's head no more; it is still filed and published.
 */
export function governmentApproved(text: string): string | undefined {
  if (!GOVERNMENT_APPROVED.test(text) || !ALSO_ASKED.test(text)) return undefined;
  return '不需要，专项检查方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准，县级以上人民政府已批准的即可，批准后按照规定备案，并向社会公开（第4条）。';
}

/** 「局长签完字」「局长已经批了」: the bureau's head has approved the plan. */
const HEAD_SIGNED = /(?<!副|分|分局)局长(?:已经?|都)?(?:签批?完|签批?了|签过|批了|批完|批准了|同意了)(?:字)?/;
/** 「是不是就可以直接开始查了」: whether the inspection may start on the signature alone. */
const START_ASKED =
  /(?:直接|马上|立即|就)(?:可以|能)?(?:开始|开展|实施|组织实施|去|查|动手)|就(?:可以|能)(?:开始|开展|实施|查|去)/;

/**
 * 「专项执法检查审批表局长签完字，是不是就可以直接开始查了」: not yet; 第4条 files and publishes the
 * approved plan first.
 */
export function startsOnSignature(question: Question): Draft | undefined {
  if (!question.yesNo || !HEAD_SIGNED.test(question.text) || !START_ASKED.test(question.text))
    return undefined;
  const verdict = /是不是|是否/.test(question.text) ? '不是' : '不能';
  return {
    answer: `${verdict}，专项检查方案经批准后，还须按照规定备案，并向社会公开（第4条）。`,
    cite: [{ clause: '4', about: APPROVAL }],
  };
}

/** 第4条 and its form, 附件1. */
export function special(question: Question): Draft {
  const early = startsOnSignature(question);
  if (early) return early;
  // 「方案已经局长批了，还须向社会公开吗」: the filing or publication asked after the approval stated.
  const ask =
    question.text
      .split(/[，,；;。]/)
      .filter(Boolean)
      .pop() ?? question.text;
  if (hasAny(question, 'disclose', 'filing') && /公开|备案/.test(ask)) {
    const answer = lead(question, '需要', APPROVAL);
    return { answer, cite: [{ clause: '4', about: APPROVAL }] };
  }
  const approved = question.yesNo && governmentApproved(question.text);
  if (approved) return { answer: approved, cite: [{ clause: '4', about: APPROVAL }] };
  // 「专项方案谁批，一般聚焦在哪些领域」: the focus, asked last, is what is asked.
  if (/聚焦|领域|侧重/.test(ask) && !/批|签/.test(ask)) {
    return { answer: SCOPE, cite: [{ clause: '4', about: SCOPE }] };
  }
  // 「搞专项要不要写方案」: the plan and its approval.
  if (
    hasAny(question, 'approve', 'head', 'supervisor') ||
    (question.yesNo && WRITE_PLAN.test(question.text))
  ) {
    const named = question.yesNo ? namedApprover(question.text, SPECIAL_APPROVERS) : undefined;
    // 「局长意见一栏还空着」「局长还没签」: the one 第4条 names has not approved yet.
    // 「局长还没签，县政府能批吗」: a government may approve instead; nobody else may.
    const government = named === '可以' && /政府/.test(question.text);
    const verdict = question.yesNo && HEAD_UNSIGNED.test(question.text) && !government ? '不能' : named;
    // 「可以，专项检查方案须经…批准，批准后按照规定备案…」: a yes keeps the filing and publication, still to do, as its condition.
    const focus = focusOf(question.text);
    const approval = `${APPROVAL}${focus ? `${focus}。` : ''}`;
    return {
      answer: !verdict ? approval : verdict === '可以' ? `可以，${approval}` : `${verdict}。${approval}`,
      cite: [
        { clause: '4', about: APPROVAL },
        { clause: 'annex-1', about: '审批意见 局长意见' },
      ],
      offerApproval: true,
    };
  }
  if (hasAny(question, 'disclose', 'filing')) {
    const answer = lead(question, '需要', '专项检查方案经批准后须按照规定备案，并向社会公开。');
    return { answer, cite: [{ clause: '4', about: APPROVAL }] };
  }
  // 「专项检查有期限吗」「有没有个天数规定」 asks whether there is one: there is, and the bureau sets how long.
  if (
    question.yesNo &&
    /有(?:没有)?[^，。？?]{0,4}(?:期限|时限|时间限制|周期|天数|时长)/.test(question.text)
  ) {
    const answer = `有。实施方案要求严格限定检查内容和时间周期、避免无限期延长检查；本局设定专项检查最长${question.settings.specialMaxDays}天。`;
    return { answer, cite: [{ clause: '4', about: SCOPE }] };
  }
  if (question.form === 'quantity' && hasAny(question, 'period')) {
    const answer = `实施方案未规定具体天数，要求严格限定检查内容和时间周期、避免无限期延长检查；本局设定专项检查最长${question.settings.specialMaxDays}天。`;
    return { answer, cite: [{ clause: '4', about: SCOPE }] };
  }
  // 「危废问题多，能不能单独搞个专项」: one may, on 第4条's approval, focused on the risk named.
  if (
    question.yesNo &&
    LAUNCH.test(question.text) &&
    !EVERY_ENTERPRISE.test(question.text) &&
    !hasAny(question, 'blanket', 'period')
  ) {
    const focus = focusOf(question.text);
    return {
      answer: `可以，但${APPROVAL}${focus ? `${focus}。` : ''}`,
      cite: [{ clause: '4', about: `${APPROVAL}${SCOPE}` }],
    };
  }
  // 杜绝 and 避免 settle a question about blanket or endless inspections with a plain no.
  const answer = hasAny(question, 'blanket', 'period') ? lead(question, '不能', SCOPE) : SCOPE;
  return { answer, cite: [{ clause: '4', about: SCOPE }] };
}
