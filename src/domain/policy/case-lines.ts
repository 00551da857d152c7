import { clauseLabel, type ClauseId } from '../clauses.js';
import { shortUnitName, type Directory } from '../org.js';
import {
  isOnSite,
  rangeLength,
  type Exemption,
  type Finding,
  type InspectionMethod,
  type InspectionType,
  type RulesDecision,
} from '../rules/index.js';
import type { PreparedCase } from './case-context.js';
import type { CaseFacts } from './facts.js';
import { incidentFacts } from './incident-facts.js';
import { notQuietLine } from './case-quiet.js';
import { drawLine, earlierDraws, focusLine, handoverLine, listLine, offSiteLine } from './case-stated.js';
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
  // Part 一 is named as people say it (「总体要求」), part 三's sections by their number alone.
  if (clause === 'general') return '总体要求';
  const label = clauseLabel(clause);
  return /^三（.）/.exec(label)?.[0] ?? (label.split(' ')[0] as string);
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

/** The visits a cap message lists one by one (「（未编号，2026-03-10，…）」): the count says enough in chat. */
const VISIT_LIST = /（[^（）]*\d{4}-\d{2}-\d{2}[^（）]*）/g;
const ISO_RANGE = /(\d{4}-\d{2}-\d{2})至(\d{4}-\d{2}-\d{2})/g;

/** 「12月25日处于企业安静期（12月21日至12月31日…）」: the asked dates beside the period, as people write them. */
function quietText(message: string, prepared: PreparedCase, citywide = false): string {
  const { from, to } = prepared.proposal;
  const today = prepared.rules.today;
  const when = from === to ? day(from, today) : `${day(from, today)}至${day(to, today)}`;
  // A period the officer stated has no dates to show; only a county's or an enterprise's own keeps its basis.
  const stated = message
    .replace(/^.*?处于企业安静期（[^（）]*依据：按提问所述）/, '所述时间处于企业安静期')
    .replace(/，依据：[^（）]*(?:（[^（）]*）[^（）]*)*(?=）)/g, (basis) => (citywide ? '' : basis));
  return stated
    .replace(ISO_RANGE, (_m, a: string, b: string) =>
      a === b ? day(a, today) : `${day(a, today)}至${day(b, a)}`,
    )
    .replace(/检查时间有(\d+)天处于/, (_m, days: string) =>
      from === to
        ? `${when}处于`
        : Number(days) >= rangeLength(from, to)
          ? `检查时间${when}处于`
          : `检查时间${when}中有${days}天处于`,
    );
}

/** A finding in the words of the facts it answers: the method, the trigger, the history. */
function findingText(
  finding: Finding,
  prepared: PreparedCase,
  rectify: boolean,
  trigger: string | undefined,
): string {
  const { proposal } = prepared;
  if (finding.code === 'QUIET_PERIOD_OFF_SITE') {
    return quietText(finding.message, prepared, /市$/.test(finding.quiet?.jurisdiction ?? '')).replace(
      '本次为非现场检查',
      `${methodWords(proposal.methods)}属非现场检查`,
    );
  }
  if (finding.code.startsWith('QUIET_PERIOD'))
    return quietText(finding.message, prepared, /市$/.test(finding.quiet?.jurisdiction ?? ''));
  if (finding.code === 'POSITIVE_LIST_NOT_RESTRICTED') {
    return finding.message
      .replace('，本次为非现场检查，不受限制', '，应减少、免除现场检查，本次为非现场检查，符合要求')
      .replace(
        /，本次系根据线索或应企业申请实施，不受限制/,
        `，应减少、免除现场检查，但本次系因${trigger ?? '线索或企业申请'}实施，不受限制`,
      );
  }
  if (finding.code === 'CAP_EXCEEDED') {
    const kind = rectify ? '整改复查' : (ROUTINE_WORDS[proposal.type] ?? '常规检查');
    // 「……2026年已现场检查2次（上限2次），常规检查不属于……」: the count, the cap, why it binds (and 第3条's word on draws).
    const message = finding.message
      .replace(VISIT_LIST, '')
      .replace(/，上限为(\d+)次，本次检查将超出频次上限。?$/, '（上限$1次）');
    const fewest = proposal.type === 'random' && !rectify ? '，应最大限度减少入企检查频次' : '';
    return `${message}，${kind}不属于可不受频次上限限制的情形${fewest}`;
  }
  return finding.message.replace(VISIT_LIST, '');
}

/** 「因投诉举报实施」, or 第3条's own 「应企业申请实施执法检查」. */
function because(trigger: string): string {
  // 第3条: 「根据投诉举报、转办交办、数据监测等非现场手段发现线索确需实施检查」.
  return trigger === '企业申请' ? '应企业申请实施执法检查' : `因${trigger}发现线索确需实施检查`;
}

function exemptionText(exemption: Exemption, trigger: string | undefined): string {
  const message = exemption.message.replace(VISIT_LIST, '');
  if (exemption.code !== 'CAP_EXEMPT' || !trigger) return message;
  return message.replace(
    /本次系根据投诉举报、转办交办、数据监测等线索或应企业申请实施/,
    `本次系${because(trigger)}`,
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
  /** 「双随机抽中的」: the year's plan the draw belongs to (第3条), said after what decides the visit. */
  plan: CaseLine[];
  /** Stated facts no clause decides; said, not cited. */
  uncovered: CaseLine[];
  /** What else the question states that bears on the visit: a violation, the form, the recorder. */
  incidents: CaseLine[];
}

/** Several quiet periods over one visit are said once, each period in the one parenthesis. */
function mergeQuiet(lines: CaseLine[], span: number): CaseLine[] {
  const quiet = lines.filter((l) => l.clause === '10' && l.text.includes('确需现场检查'));
  const [first] = quiet;
  if (!first || quiet.length < 2) return lines;
  const period = /处于企业安静期（([^（）]*)）/;
  // The dates alone: each period's notice is one look at the calendar away.
  const periods = quiet.map((l) => period.exec(l.text)?.[1]?.split('，')[0]).filter((p): p is string => !!p);
  const days = quiet.reduce((sum, l) => sum + Number(/中有(\d+)天/.exec(l.text)?.[1] ?? 0), 0);
  const text = first.text
    .replace(/中有\d+天/, days >= span ? '' : `中有${days}天`)
    .replace(period, `处于企业安静期（${periods.join('、')}）`);
  return lines
    .filter((l) => !quiet.includes(l) || l === first)
    .map((l) => (l === first ? { ...l, text } : l));
}

/** Form gaps are reminders for the application, not findings about the case. */
export function isFormGap(finding: Finding): boolean {
  return finding.code.endsWith('_MISSING');
}

/** 「市执法队」「潞城分局」: the names officers use in chat. */
function unitShort(directory: Directory, id: string): string {
  const name = shortUnitName(directory.units.find((unit) => unit.id === id)?.name ?? id);
  return name.includes('执法队') ? '市执法队' : name;
}

/** 「投诉举报、转办交办」: every trigger the question states that frees the visit from the cap. */
function triggerWords(facts: CaseFacts, type: InspectionType): string | undefined {
  const words = (facts.triggers ?? [type]).flatMap((t) => TRIGGER_WORDS[t] ?? []);
  return words.length ? words.join('、') : undefined;
}

/** Every fact the question states, each with the clause that decides it. */
export function caseLines(
  facts: CaseFacts,
  prepared: PreparedCase,
  rules: RulesDecision,
  question: string,
): CaseLines {
  const { proposal } = prepared;
  const line = (text: string, clause: ClauseId, about = text): CaseLine => ({
    text: tagged(text, clause),
    clause,
    about,
  });
  const quietNotIn = notQuietLine(facts, prepared, rules, question);
  const joint: CaseLine[] = [];
  if (facts.stated.joint) {
    const units = facts.units.map((unit) => unitShort(prepared.rules.directory, unit.id));
    const who = units.length >= 2 ? units.join('与') : '多个单位对同一企业';
    joint.push(
      line(`${who}应通过“综合一次查”加强联合检查，避免重复检查`, '3', '综合一次查 联合检查 避免重复检查'),
    );
  }
  const trigger = TRIGGER_WORDS[proposal.type] && triggerWords(facts, proposal.type);
  const of = (severity: Finding['severity']) =>
    rules.findings
      .filter((f) => f.severity === severity && !isFormGap(f) && !f.code.startsWith('CHAIN_'))
      .map((f) => line(findingText(f, prepared, !!facts.stated.rectify, trigger), f.clause, f.message));
  const drawn = trigger ? earlierDraws(facts) : '';
  const exemptions = rules.exemptions.map((e) =>
    line(`${e.clause === '3' ? drawn : ''}${exemptionText(e, trigger)}`, e.clause, e.message),
  );
  // Off site the cap is moot: the trigger is said last, as a fact of the plan.
  const offSiteTrigger: CaseLine[] = [];
  if (trigger && !rules.exemptions.some((e) => e.clause === '3')) {
    // Data looked at off site is the check itself, not a clue that brought it.
    const own = proposal.type === 'monitoring' && !isOnSite(proposal.methods);
    (isOnSite(proposal.methods) ? exemptions : own ? [] : offSiteTrigger).push(
      line(
        `${drawn}本次系${because(trigger)}，可以不受频次上限限制`,
        '3',
        '投诉举报 转办交办 数据监测 企业申请 不受频次上限限制',
      ),
    );
  }
  const { recorded, stated } = prepared.visits;
  // Without a named enterprise there is no record to set the officer's count against.
  if (stated !== undefined && stated !== recorded && !prepared.hypothetical) {
    exemptions.push(
      line(
        `所述今年已现场检查${stated}次，本局记录为${recorded}次，按${Math.max(stated, recorded)}次计`,
        '3',
        '合理确定检查比例和次数',
      ),
    );
  }
  const notes: CaseLine[] = [];
  // A visit the trigger frees from the cap need not hear how near the cap it is.
  const free = exemptions.some((e) => e.clause === '3');
  if (facts.stated.rectify) {
    // The cap line already says a follow-up is not exempt, and a trigger may free it; then 第15条 alone is said.
    const capped = rules.findings.some((f) => f.code === 'CAP_EXCEEDED');
    notes.push({
      text:
        capped || free
          ? '复查整改属整改核查，跟踪企业整改进展（第15条）'
          : `复查整改属整改核查（第15条），实施方案未将其列为可不受频次上限限制的情形（第3条）`,
      clause: '15',
      about: '开展整改核查 跟踪企业整改进展',
    });
  }
  notes.push(...of('info').filter((l) => !(free && l.clause === '3')));
  const blanket = rules.findings.some((f) => f.code === 'SPECIAL_BLANKET');
  notes.push(...listLine(facts), ...handoverLine(facts, question), ...focusLine(facts, prepared, blanket));
  if (!isOnSite(proposal.methods)) {
    notes.push(offSiteLine(question, methodWords(proposal.methods)));
  } else if (proposal.methods.includes('sampling')) {
    notes.push(line('监测采样须进入企业现场，本局按现场执法检查对待', '10', '现场执法检查'));
  }
  // Said plainly rather than guessed: the scheme has no rule on these.
  const uncovered = facts.stated.uncovered.map((words) => ({
    text: `所述${words}，实施方案未作规定`,
    clause: '6' as const,
    about: '按照法定程序和要求开展现场检查',
  }));
  const incidents: CaseLine[] = incidentFacts(question, { units: facts.units })
    .filter((fact) => fact.visit)
    .map(({ text, clause, about }) => ({ text, clause, about }));
  const capSaid = [...exemptions, ...rules.findings].some((f) => f.clause === '3');
  // A random draw weighs 第3条's plan, against 第9条's relief when it lands on a listed enterprise.
  const listedDrawn = rules.findings.some((f) => f.clause === '9');
  const draw = drawLine(prepared, capSaid, listedDrawn);
  if (listedDrawn) incidents.push(...draw);
  return {
    plan: [...(listedDrawn ? [] : draw), ...offSiteTrigger],
    incidents,
    joint,
    quietNotIn,
    blocks: of('block'),
    warnings: mergeQuiet(of('warn'), rangeLength(proposal.from, proposal.to)),
    exemptions,
    notes,
    uncovered,
  };
}
