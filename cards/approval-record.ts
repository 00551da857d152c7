import { KIND_LABELS, STATUS_LABELS } from '../src/features/approvals/labels.js';
import type { RequestView } from '../src/features/approvals/types.js';
import { chainBlock, findingsBlock, formFields } from './approval-parts.js';
import { card, escapeMd, hr, markdown, type Card, type HeaderColor } from './kit.js';

const COLORS: Readonly<Record<RequestView['status'], HeaderColor>> = {
  pending: 'blue',
  approved: 'green',
  rejected: 'red',
  returned: 'yellow',
  withdrawn: 'grey',
};

/** A read-only record of a request: what an approver's card becomes once it needs no more action. */
export function recordCard(view: RequestView, note: string): Card {
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
