import { clauseLabel, type ClauseId } from '../clauses.js';
import type { Directory } from '../org.js';
import {
  isOnSite,
  type Exemption,
  type Finding,
  type InspectionMethod,
  type InspectionType,
  type RulesDecision,
} from '../rules/index.js';
import type { PreparedCase } from './case-context.js';
import type { CaseFacts } from './facts.js';
import { day } from './quiet-answer.js';

/** One fact of the case and the clause that decides it, said in one part of the answer. */
export interface CaseLine {
  text: string;
  clause: ClauseId;
  /** What the quote should support. */
  about: string;
}

/** 「第10条」, or 「附件1」 for the forms. */
export function clauseTag(clause: ClauseId): string {
  return clauseLabel(clause).split(' ')[0] as string;
}

/** 「…（第10条）」: the fact with the clause that decides it. */
export function tagged(message: string, clause: ClauseId): string {
  // One fact, one part of the answer: its own semicolons would part the fact from its clause.
  return `${message.replace(/[。；，]+$/, '').replace(/；/g, '，')}（${clauseTag(clause)}）`;
}

/** The trigger 第3条 frees from the cap, in the scheme's words. */
export const TRIGGER_WORDS: Partial<Record<InspectionType, string>> = {
  complaint: '投诉举报',
  referral: '转办交办',
  monitoring: '数据监测',
  'enterprise-request': '企业申请',
};
/** Triggers 第3条 does not free, named so the officer sees which fact keeps the cap. */
const ROUTINE_WORDS: Partial<Record<InspectionType, string>> = {
  random: '双随机抽查',
  special: '专项检查',
};
const METHOD_WORDS: Record<InspectionMethod, string> = {
  'on-site': '现场检查',
  'document-review': '资料核查',
  sampling: '监测采样',
  inquiry: '问询调查',
  other: '其他方式',
};

export function methodWords(methods: readonly InspectionMethod[]): string {
  return methods.map((method) => METHOD_WORDS[method]).join('、');
}

/** A finding in the words of the facts it answers: the method, the trigger, the history. */
function findingText(finding: Finding, prepared: PreparedCase, rectify: boolean): string {
  const { proposal } = prepared;
  if (finding.code === 'QUIET_PERIOD_OFF_SITE') {
    return finding.message.replace(
      '本次为非现场检查',
      `本次为${methodWords(proposal.methods)}（非现场检查），不是现场执法检查`,
    );
  }
  if (finding.code === 'CAP_EXCEEDED') {
    const kind = rectify ? '整改复查' : (ROUTINE_WORDS[proposal.type] ?? '常规检查');
    return `${finding.message.replace(/[。]$/, '')}；本次为${kind}，不属于可不受频次上限限制的情形`;
  }
  return finding.message;
}

function exemptionText(exemption: Exemption, type: InspectionType): string {
  const trigger = TRIGGER_WORDS[type];
  if (exemption.code !== 'CAP_EXEMPT' || !trigger) return exemption.message;
  return exemption.message.replace(
    /本次系根据投诉举报、转办交办、数据监测等线索或应企业申请实施/,
    `本次系因${trigger}实施`,
  );
}

export interface CaseLines {
  /** 「都要去」: the joint visit the question asks about. */
  joint: CaseLine[];
  /** The quiet period asked about, when the dates fall outside it. */
  quietNotIn: CaseLine[];
  blocks: CaseLine[];
  warnings: CaseLine[];
  /** What frees the visit from the cap: the trigger, and the history it is weighed against. */
  exemptions: CaseLine[];
  /** Rectification, the rules' notes and the method. */
  notes: CaseLine[];
  /** Stated facts no clause decides; said, not cited. */
  uncovered: CaseLine[];
}

/** Form gaps are reminders for the application, not findings about the case. */
export function isFormGap(finding: Finding): boolean {
  return finding.code.endsWith('_MISSING');
}

function unitShort(directory: Directory, id: string): string {
  const name = directory.units.find((unit) => unit.id === id)?.name ?? id;
  return name.replace(/^长治市生态环境局/, '');
}

/** Every fact the question states, each with the clause that decides it. */
export function caseLines(facts: CaseFacts, prepared: PreparedCase, rules: RulesDecision): CaseLines {
  const { proposal } = prepared;
  const line = (text: string, clause: ClauseId, about = text): CaseLine => ({
    text: tagged(text, clause),
    clause,
    about,
  });
  const quietNotIn: CaseLine[] = [];
  const joint: CaseLine[] = [];
  const quietFound = rules.findings.some((finding) => finding.code.startsWith('QUIET_PERIOD'));
  if (facts.quiet && !quietFound) {
    const when =
      proposal.from === proposal.to
        ? day(proposal.from, prepared.rules.today)
        : `${day(proposal.from, prepared.rules.today)}至${day(proposal.to, prepared.rules.today)}`;
    quietNotIn.push(line(`按本局企业安静期日历，${when}不在安静期内`, '10', '企业安静期 错峰'));
  }
  if (facts.stated.joint) {
    const units = facts.units.map((unit) => unitShort(prepared.rules.directory, unit.id));
    const who = units.length >= 2 ? `${units.join('与')}对同一企业的检查` : '多个单位对同一企业的检查';
    joint.push(
      line(`${who}应通过“综合一次查”协作机制合并开展，避免重复检查`, '3', '综合一次查 联合检查 避免重复检查'),
    );
  }
  const of = (severity: Finding['severity']) =>
    rules.findings
      .filter((f) => f.severity === severity && !isFormGap(f) && !f.code.startsWith('CHAIN_'))
      .map((f) => line(findingText(f, prepared, !!facts.stated.rectify), f.clause, f.message));
  const exemptions = rules.exemptions.map((e) => line(exemptionText(e, proposal.type), e.clause, e.message));
  const trigger = TRIGGER_WORDS[proposal.type];
  if (trigger && isOnSite(proposal.methods) && !rules.exemptions.some((e) => e.clause === '3')) {
    exemptions.push(
      line(
        `本次系因${trigger}实施，可以不受频次上限限制`,
        '3',
        '投诉举报 转办交办 数据监测 企业申请 不受频次上限限制',
      ),
    );
  }
  const { recorded, stated } = prepared.visits;
  if (stated !== undefined && stated !== recorded) {
    exemptions.push(
      line(
        `所述今年已现场检查${stated}次，本局记录为${recorded}次，按${Math.max(stated, recorded)}次计`,
        '3',
        '合理确定检查比例和次数',
      ),
    );
  }
  const notes: CaseLine[] = [];
  if (facts.stated.rectify) {
    notes.push({
      text: `复查整改属整改核查（第15条），实施方案未将其列为可不受频次上限限制的情形（第3条）`,
      clause: '15',
      about: '开展整改核查 跟踪企业整改进展',
    });
  }
  notes.push(...of('info'));
  const listed = facts.enterprise?.positiveList;
  if (facts.positiveList === true && facts.enterprise && !listed) {
    const name = facts.enterprise.name;
    notes.push(
      line(`据本局企业名录，${name}未列入监督执法正面清单，按一般企业判断`, '9', '列入监督执法正面清单'),
    );
  }
  if (!isOnSite(proposal.methods)) {
    const words = methodWords(proposal.methods);
    notes.push(line(`${words}属非现场检查，符合大力推行非现场、无感式执法的要求`, '8', '非现场 无感式执法'));
  } else if (proposal.methods.includes('sampling')) {
    notes.push(line('监测采样须进入企业现场，本局按现场执法检查对待', '10', '现场执法检查'));
  }
  // Said plainly rather than guessed: the scheme has no rule on these.
  const uncovered = facts.stated.uncovered.map((words) => ({
    text: `所述${words}，实施方案未作规定`,
    clause: '6' as const,
    about: '按照法定程序和要求开展现场检查',
  }));
  return {
    joint,
    quietNotIn,
    blocks: of('block'),
    warnings: of('warn'),
    exemptions,
    notes,
    uncovered,
  };
}
