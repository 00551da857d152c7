import type { ClauseId } from '../../clauses.js';
import { annex } from './annex.js';
import { annexes, asksAnnexes } from './annexes.js';
import { approval } from './approval.js';
import { disclosure } from './disclosure.js';
import { fromBestSentence } from './fallback.js';
import { focus, frequency } from './frequency.js';
import { discretion, flexible } from './penalty.js';
import { offsiteOrListAims } from './offsite-aims.js';
import { positiveList } from './positive-list.js';
import { quiet } from './quiet.js';
import { referral } from './referral.js';
import { outreach } from './outreach.js';
import { guidance, rectify } from './rectify.js';
import { special } from './special.js';
import type { Composer, Draft, Question } from './types.js';
import { warningDuty } from './warning.js';

/** The clause that best matches the question picks how the direct answer is put together. */
const COMPOSERS: Partial<Record<ClauseId, Composer>> = {
  '1': warningDuty,
  '2': outreach,
  '3': frequency,
  '4': special,
  '5': approval,
  '7': disclosure,
  '8': referral,
  '9': positiveList,
  '10': quiet,
  '11': focus,
  '12': discretion,
  '13': flexible,
  '14': rectify,
  '15': guidance,
  'annex-1': (question) => annex(question, 'annex-1'),
  'annex-2': (question) => annex(question, 'annex-2'),
  'annex-3': (question) => annex(question, 'annex-3'),
};

export function compose(question: Question, clause: ClauseId): Draft {
  if (asksAnnexes(question.text)) return annexes(question);
  const aims = (clause === '8' || clause === '9') && offsiteOrListAims(question);
  if (aims) return aims;
  return (COMPOSERS[clause] ?? ((q: Question) => fromBestSentence(q, clause)))(question);
}
