import type { Card } from '../../../../cards/kit.js';
import { referralDecisionCard } from '../../../../cards/referrals/decision.js';
import { referralRecordCard } from '../../../../cards/referrals/record.js';
import { referralStageCard } from '../../../../cards/referrals/stage.js';
import { unitById } from '../../../directory/who.js';
import type { Directory } from '../../../domain/org.js';
import { nextStage, type CaseStage } from '../../../domain/referrals/lifecycle.js';
import { unitPeople, viewerOf } from '../access.js';
import { annexSections } from '../annex-text.js';
import { annexOfReferral } from '../annex-values.js';
import { awaitsDecision, isFinished, lastStageRecord, type ReferralView } from '../view.js';

export interface CardOptions {
  notice?: string;
  errors?: string[];
  overdue?: boolean;
}

/** The stage a case records next; undefined before acceptance and at the end. */
export function nextCaseStage(view: ReferralView): CaseStage | undefined {
  if (awaitsDecision(view) || isFinished(view)) return undefined;
  return nextStage(view.status, lastStageRecord(view)) as CaseStage | undefined;
}

/**
 * The card one person should hold for a referral as it stands: the receiving head decides, the
 * handling unit records the next stage, everyone else reads.
 */
export function cardFor(
  directory: Directory,
  view: ReferralView,
  openId: string,
  opts: CardOptions = {},
): Card {
  const viewer = viewerOf(directory, openId, view);
  const coordinateName = view.coordinate.unitId
    ? unitById(directory, view.coordinate.unitId)?.name
    : undefined;
  const annex = annexOfReferral(view, viewer.reveal, coordinateName);
  const sections = annexSections(annex);
  const toUnit = unitById(directory, view.toUnit.id);
  if (awaitsDecision(view) && viewer.isReceivingHead && toUnit) {
    const people = unitPeople(directory, toUnit).map((p) => ({ value: p.id, label: p.name }));
    return referralDecisionCard({ view, sections, people });
  }
  const next = nextCaseStage(view);
  if (next && (viewer.isHandler || viewer.isReceivingHead)) {
    const last = lastStageRecord(view);
    return referralStageCard({
      view,
      next,
      ...(annex.subjectCode ? { subjectCode: annex.subjectCode } : {}),
      ...(last?.stage === 'investigated' ? { lastOutcome: last.input.outcome } : {}),
      ...opts,
    });
  }
  return referralRecordCard(view, sections, opts.notice);
}
