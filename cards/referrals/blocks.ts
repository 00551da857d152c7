import { STATE_LABELS } from '../../src/domain/referrals/lifecycle.js';
import { stageInputText } from '../../src/domain/referrals/stage-text.js';
import { bureauDateTime } from '../../src/time.js';
import { escapeMd, field, markdown, type Element, type HeaderColor } from '../kit.js';
import type { AnnexSection, ReferralCardState, ReferralCardView, ReferralEventView } from './view.js';

export const STATE_COLORS: Readonly<Record<ReferralCardState, HeaderColor>> = {
  submitted: 'blue',
  verifying: 'orange',
  accepted: 'turquoise',
  returned: 'yellow',
  filed: 'turquoise',
  investigated: 'turquoise',
  rectifying: 'turquoise',
  verified: 'turquoise',
  closed: 'green',
};

/** The annex boxes section by section, empty boxes shown as a dash as on the printed form. */
export function annexElements(sections: readonly AnnexSection[]): Element[] {
  return sections.flatMap((section) => [
    markdown(`**${section.title}**`),
    ...section.rows.map((row) => field(row.label, escapeMd(row.value))),
  ]);
}

function eventLine(event: ReferralEventView): string {
  const when = bureauDateTime(event.at);
  const what = event.kind === 'overdue' ? '整改逾期提醒' : STATE_LABELS[event.state];
  const detail = event.kind === 'stage' ? stageInputText(event.state, event.input) : (event.note ?? '');
  return `${when}｜**${what}**｜${escapeMd(event.actorName)}${detail ? `：${escapeMd(detail)}` : ''}`;
}

export function historyElement(events: readonly ReferralEventView[]): Element {
  const lines = events.map(eventLine);
  return markdown(`**办理记录**\n${lines.length > 0 ? lines.join('\n') : '—'}`);
}

/** Errors must be corrected; warnings may be sent as they are. */
export function issuesElement(
  errors: readonly { message: string }[],
  warnings: readonly { message: string }[],
): Element[] {
  const lines = [
    ...errors.map((e) => `<font color='red'>【须纠正】${escapeMd(e.message)}</font>`),
    ...warnings.map((w) => `<font color='orange'>【请核实】${escapeMd(w.message)}</font>`),
  ];
  return lines.length > 0 ? [markdown(lines.join('\n'))] : [];
}

/** The warning a referral was escalated from, on every card of it. */
export function warningElements(view: Pick<ReferralCardView, 'warningId'>): Element[] {
  return view.warningId ? [field('来源预警提醒', view.warningId)] : [];
}

/** The few boxes that identify a referral at a glance. */
export function summaryElements(view: ReferralCardView, subjectCode: string | undefined): Element[] {
  return [
    ...warningElements(view),
    field('涉嫌违法主体名称', escapeMd(view.subject.name)),
    ...(subjectCode ? [field('统一社会信用代码/身份证号', escapeMd(subjectCode))] : []),
    field('移送', `${escapeMd(view.fromUnit.name)} → ${escapeMd(view.toUnit.name)}`),
    field('当前状态', STATE_LABELS[view.status]),
    ...(view.handler ? [field('承办人', escapeMd(view.handler.name))] : []),
    ...(view.deadline ? [field('整改期限', view.deadline)] : []),
  ];
}
