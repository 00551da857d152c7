import { SUPERSEDED_NOTE, type Card } from '../../../../cards/kit.js';
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

/** What a person can do on the referral's card now: decide on it, record its next stage, or nothing. */
export function actionOf(
  directory: Directory,
  view: ReferralView,
  openId: string,
): 'decide' | 'stage' | undefined {
  const viewer = viewerOf(directory, openId, view);
  if (awaitsDecision(view) && viewer.isReceivingHead && unitById(directory, view.toUnit.id)) return 'decide';
  if (nextCaseStage(view) && (viewer.isHandler || viewer.isReceivingHead)) return 'stage';
  return undefined;
}

function annexFor(directory: Directory, view: ReferralView, openId: string) {
  const viewer = viewerOf(directory, openId, view);
  const coordinateName = view.coordinate.unitId
    ? unitById(directory, view.coordinate.unitId)?.name
    : undefined;
  return annexOfReferral(view, viewer.reveal, coordinateName);
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
  const annex = annexFor(directory, view, openId);
  const action = actionOf(directory, view, openId);
  const toUnit = unitById(directory, view.toUnit.id);
  if (action === 'decide' && toUnit) {
    const people = unitPeople(directory, toUnit).map((p) => ({ value: p.id, label: p.name }));
    return referralDecisionCard({ view, sections: annexSections(annex), people });
  }
  const next = nextCaseStage(view);
  if (action === 'stage' && next) {
    const last = lastStageRecord(view);
    return referralStageCard({
      view,
      next,
      ...(annex.subjectCode ? { subjectCode: annex.subjectCode } : {}),
      ...(last?.stage === 'investigated' ? { lastOutcome: last.input.outcome } : {}),
      ...opts,
    });
  }
  return referralRecordCard(view, annexSections(annex), opts.notice);
}

/** What a card a fresh one replaced becomes: a record pointing to the fresh card. */
export function supersededCardFor(directory: Directory, view: ReferralView, openId: string): Card {
  return referralRecordCard(view, annexSections(annexFor(directory, view, openId)), SUPERSEDED_NOTE);
}
