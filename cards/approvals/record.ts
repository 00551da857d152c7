import { KIND_LABELS, STATUS_LABELS } from '../../src/domain/approvals/index.js';
import { card, escapeMd, hr, markdown, type Card, type HeaderColor } from '../kit.js';
import { chainBlock, findingsBlock, formFields } from './blocks.js';
import type { ApprovalCardView } from './view.js';

const COLORS: Readonly<Record<ApprovalCardView['status'], HeaderColor>> = {
  pending: 'blue',
  approved: 'green',
  rejected: 'red',
  returned: 'yellow',
  withdrawn: 'grey',
};

/** A read-only record of a request: what an approver's card becomes once it needs no more action. */
export function recordCard(view: ApprovalCardView, note: string): Card {
  return card(
    `${KIND_LABELS[view.kind]} ${view.id}`,
    COLORS[view.status],
    [
      markdown(`**${escapeMd(note)}**`),
      ...formFields(view),
      hr(),
      ...findingsBlock(view.findings, view.exemptions),
      hr(),
      chainBlock(view),
    ],
    STATUS_LABELS[view.status],
  );
}
