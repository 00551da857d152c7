/**
 * The card a typed reply answers: an approver card, a referral decision card, a case stage card, an
 * inspector's card of one visit, or none.
 */
export type ReplyCard = 'approval' | 'referral' | 'stage' | 'inspection' | 'none';

export type ReplyAction =
  'approve' | 'reject' | 'return' | 'transfer' | 'accept' | 'send-back' | 'cancel' | 'none';

export interface Verb {
  action: Exclude<ReplyAction, 'none'>;
  /** Matched at the start of a clause. */
  pattern: RegExp;
  /** The request is the clause itself (「请补充执法证号」), not only what follows the verb. */
  keepsClause?: boolean;
  /** The person the clause names, for 转交 and 承办. */
  person?: (match: RegExpExecArray, clauses: string[]) => string | undefined;
}

/** Words that start an instruction rather than a name: 「请按时反馈」 names nobody. */
const NOT_A_NAME = /^(?:按|照|尽快|抓紧|及时|认真|依法|严格|立即|马上|注意|务必|做好|加强|切实|于|在)/;

function name(raw: string | undefined): string | undefined {
  const n = raw?.replace(/同志$/, '').trim();
  return n && n.length <= 24 && !NOT_A_NAME.test(n) ? n : undefined;
}

/** 「这个不行」「该方案同意」: the thing decided on may come first. */
const THIS = '(?:这个|此|该(?:申请|方案|计划)?|本(?:申请|方案))?';
const APPROVE = new RegExp(
  `^${THIS}(?:原则上?|拟|已|准予|予以)?(?:同意|批准|通过|准予|准了)|^(?:已批|批了|批)$`,
);
const REJECT = new RegExp(
  `^${THIS}(?:不同意|不予(?:同意|批准|通过|准予)|(?:先|暂|暂时)?不批准?|不准|不行|不可以|不能批|驳回|否决|拒绝|不通过|暂不同意|暂缓)`,
);
const RETURN = /^(?:退回(?:修改|补充|重报)?|打回(?:去)?|发回|返回修改)/;
const AMEND = /^请?(?=补充|补正|补齐|完善|修改|修正|核对|核实|重新)/;
const TRANSFER =
  /^(?:转(?!发)(?:交给?|给|至|到|送|由)?|交给|交由|改由|移交给?)(.+?)(?:办理|审批|处理|审核|阅处|批示|签批|负责|看一下|看看)?$/;
const ASK_TO = /^(?:请|由|呈|呈报|报|报请|提请|送)(.+?)(?:办理|审批|处理|审核|阅处|批示|签批)$/;
const ACCEPT = /^(?:同意|予以|可以|已|已经)?(?:接收|收下|受理|接了|签收)|^同意$/;
const HANDLER = /^(?:由|请|交给?|安排|指定)?(.+?)(?:承办|办理|负责|处理|跟进|跟踪)$/;
const NAMES_HANDLER = /^(?:由|请|交给?|安排|指定)(.+?)(?:承办|负责|跟进)$/;
const SEND_BACK = /^请?(?:不(?:予)?接收|无法接收|不能接收|不(?:予)?受理|拒收|退回|驳回|不同意|打回)/;
const NOT_OURS = /^(?:非|不属于?)(?:我|本)(?:单位|科|科室|局|分局|部门|队)/;
const REFERRAL_AMEND = /^请?(?=补充|补正|补齐|完善)/;

function handlerIn(clauses: string[]): string | undefined {
  for (const clause of clauses) {
    const m = HANDLER.exec(clause);
    const n = name(m?.[1]);
    if (n && !ACCEPT.test(clause)) return n;
  }
  return undefined;
}

const approvalVerbs: Verb[] = [
  { action: 'reject', pattern: REJECT },
  { action: 'return', pattern: RETURN },
  { action: 'return', pattern: AMEND, keepsClause: true },
  { action: 'approve', pattern: APPROVE },
  { action: 'transfer', pattern: TRANSFER, person: (m) => name(m[1]) },
  { action: 'transfer', pattern: ASK_TO, person: (m) => name(m[1]) },
];

const referralVerbs: Verb[] = [
  { action: 'send-back', pattern: SEND_BACK },
  { action: 'send-back', pattern: NOT_OURS, keepsClause: true },
  { action: 'send-back', pattern: REFERRAL_AMEND, keepsClause: true },
  { action: 'accept', pattern: ACCEPT, person: (_m, clauses) => handlerIn(clauses) },
  { action: 'accept', pattern: NAMES_HANDLER, person: (m) => name(m[1]) },
];

/** Which decisions each card offers, most specific first (不同意 before 同意). */
export const VERBS: Readonly<Record<ReplyCard, readonly Verb[]>> = {
  approval: approvalVerbs,
  referral: referralVerbs,
  stage: [],
  // 「取消，企业已停产」 on a visit's card; only there, so a 取消 answering nothing is never a cancel.
  inspection: [{ action: 'cancel', pattern: /^(?:取消|撤销)(?:本次|这次|该|此)?(?:检查|入企检查)?/ }],
  none: [
    ...approvalVerbs.filter((v) => v.pattern !== ASK_TO),
    { action: 'send-back', pattern: /^(?:不(?:予)?接收|拒收)/ },
    { action: 'accept', pattern: /^(?:同意)?(?:接收|收下|受理|签收)/, person: (_m, c) => handlerIn(c) },
  ],
};
