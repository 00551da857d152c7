import { cnDateTime } from '../../../pages/forms/index.js';
import { DECISION_LABELS, STEP_STATUS_LABELS } from '../../../domain/approvals/index.js';
import type { RequestView, StepView } from '../types.js';

/** The three opinion rows both approval annexes print, in their order and words. */
export const OPINION_ROWS = [
  { key: 'unit', label: '承办机构负责人意见' },
  { key: 'supervisor', label: '分管局长意见' },
  { key: 'director', label: '局长意见' },
] as const;

export type OpinionRowKey = (typeof OPINION_ROWS)[number]['key'];

export interface OpinionEntry {
  /** What was decided, in the approver's words when they gave any. */
  text: string;
  decided: boolean;
  /** Who signed, or who the step waits for. */
  signer: string;
  onBehalfOf?: string;
  at?: string;
  /** Hand-overs of the step before it was decided. */
  handovers: string[];
}

export interface OpinionRow {
  key: OpinionRowKey;
  label: string;
  /** Who fills the row when it is not the role the annex names (a branch head). */
  note?: string;
  entries: OpinionEntry[];
}

const DECIDED = new Set<StepView['status']>(['approved', 'rejected', 'returned']);

/**
 * A branch head is the 主要负责人 of the county's enforcement body (第5条), so a county plan's only
 * opinion goes in the 局长意见 row. When the 局长 also signs (a county special inspection, 第4条), the
 * branch head is the 承办机构负责人 instead.
 */
function rowOf(step: StepView, chain: readonly StepView[]): OpinionRowKey {
  switch (step.role) {
    case 'unit-head':
      return 'unit';
    case 'supervisor':
      return 'supervisor';
    case 'director':
      return 'director';
    case 'branch-head':
      return chain.some((s) => s.role === 'director') ? 'unit' : 'director';
  }
}

/** 「同意。」 or the approver's own words, led by the decision when the words do not say it. */
function decisionText(step: StepView): string {
  const label = STEP_STATUS_LABELS[step.status];
  const comment = step.comment?.trim();
  if (!comment) return `${label}。`;
  return comment.startsWith(label) ? comment : `${label}。${comment}`;
}

function waitingText(view: RequestView, step: StepView): string {
  if (step.status === 'pending') return '待审批';
  if (step.status === 'withdrawn') return STEP_STATUS_LABELS.withdrawn;
  return view.status === 'pending' ? '尚未送达' : '审批已终止，未送达';
}

function entryOf(view: RequestView, step: StepView): OpinionEntry {
  const handovers = view.decisions
    .filter((d) => d.stepIdx === step.idx && (d.action === 'transfer' || d.action === 'reassign'))
    .map((d) => {
      const why = d.comment?.trim() ? `（${d.comment.trim()}）` : '';
      return `${cnDateTime(d.at)} ${d.actorName}${DECISION_LABELS[d.action]}${d.toName ?? ''}${why}`;
    });
  if (!DECIDED.has(step.status) || !step.decidedAt) {
    return { text: waitingText(view, step), decided: false, signer: step.name, handovers };
  }
  return {
    text: decisionText(step),
    decided: true,
    signer: step.decidedByName ?? step.name,
    ...(step.onBehalfOfName ? { onBehalfOf: step.onBehalfOfName } : {}),
    at: cnDateTime(step.decidedAt),
    handovers,
  };
}

export function opinionRows(view: RequestView): OpinionRow[] {
  return OPINION_ROWS.map(({ key, label }) => {
    const steps = view.steps.filter((step) => rowOf(step, view.steps) === key);
    const byBranch = steps.some((step) => step.role === 'branch-head');
    return {
      key,
      label,
      ...(byBranch ? { note: '分局主要负责人签署' } : {}),
      entries: steps.map((step) => entryOf(view, step)),
    };
  });
}
