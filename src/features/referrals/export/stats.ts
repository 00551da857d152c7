import { asc } from 'drizzle-orm';
import { referrals, type ReferralState } from '../../../../db/schema/index.js';
import { CASE_STAGES, type CaseStage } from '../../../domain/referrals/lifecycle.js';
import type { Reader } from '../../../store/db.js';

/** One referral for statistics: units, status, case stage and the dates that matter. */
export interface ReferralStatsRow {
  id: string;
  status: ReferralState;
  /** The case stage reached, or null before acceptance and after a return. */
  stage: CaseStage | null;
  fromUnitId: string;
  fromUnitName: string;
  toUnitId: string;
  toUnitName: string;
  county: string | null;
  enterpriseUscc: string | null;
  source: string;
  violations: string[];
  opinion: string;
  channel: 'chat' | 'api';
  handlerName: string | null;
  submittedAt: string;
  decidedAt: string | null;
  deadline: string | null;
  closedAt: string | null;
  /** Past its 整改期限 on `today`; false when no `today` is given. */
  overdue: boolean;
}

function stageOf(status: ReferralState): CaseStage | null {
  return (CASE_STAGES as readonly string[]).includes(status) ? (status as CaseStage) : null;
}

/** Every referral, oldest first, for the statistics another feature builds. */
export async function listReferralStats(
  db: Reader,
  opts: { today?: string } = {},
): Promise<ReferralStatsRow[]> {
  const rows = await db.select().from(referrals).orderBy(asc(referrals.submittedAt), asc(referrals.id));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    stage: stageOf(r.status),
    fromUnitId: r.fromUnitId,
    fromUnitName: r.fromUnitName,
    toUnitId: r.toUnitId,
    toUnitName: r.toUnitName,
    county: r.county,
    enterpriseUscc: r.enterpriseUscc,
    source: r.source,
    violations: r.violations,
    opinion: r.opinion,
    channel: r.channel,
    handlerName: r.handlerName,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    deadline: r.deadline,
    closedAt: r.closedAt,
    overdue: Boolean(opts.today && r.status === 'rectifying' && r.deadline && r.deadline < opts.today),
  }));
}
