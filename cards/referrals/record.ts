import { STATE_LABELS } from '../../src/domain/referrals/lifecycle.js';
import { card, escapeMd, hr, markdown, type Card } from '../kit.js';
import { annexElements, historyElement, STATE_COLORS, warningElements } from './blocks.js';
import type { AnnexSection, ReferralCardView } from './view.js';

/** A read-only referral: for its sender, for a unit asked to assist, and once nothing is left to do. */
export function referralRecordCard(view: ReferralCardView, sections: AnnexSection[], note?: string): Card {
  return card(
    `线索移送 ${view.id}｜${STATE_LABELS[view.status]}`,
    STATE_COLORS[view.status],
    [
      ...(note ? [markdown(`**${escapeMd(note)}**`)] : []),
      ...warningElements(view),
      ...annexElements(sections),
      hr(),
      historyElement(view.events),
    ],
    '涉嫌环境违法线索移送表',
  );
}
