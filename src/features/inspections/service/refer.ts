import type { ActionContext } from '../../../app/action-context.js';
import { identify } from '../../../directory/who.js';
import type { ReferralDraft, ReferralOpinion, ViolationType } from '../../../domain/referrals/annex3.js';
import type { Enterprise } from '../../../domain/org.js';
import type { Tx } from '../../../store/db.js';
import { submitPrefilled } from '../../referrals/index.js';
import { inspectionRefusal } from '../refusals.js';
import { setReferral } from '../store/inspection-repo.js';
import { auditInspection } from './audit.js';
import { loadOrFail, recorderOf, type Loaded } from './authorize.js';
import { refreshCards } from './cards.js';

export interface ReferInput {
  by: string;
  violations: ViolationType[];
  opinion: Extract<ReferralOpinion, 'verify' | 'file-case'>;
}

/** 附件3 filled in from the visit: the enterprise, 现场检查 as the source, what was found. */
function draftOf(loaded: Loaded, input: ReferInput): ReferralDraft {
  const { record } = loaded;
  const result = record.result;
  return {
    fromUnit: loaded.plan.unit.id,
    subject: {
      name: record.enterprise.name,
      ...(record.enterprise.uscc ? { uscc: record.enterprise.uscc } : {}),
    },
    source: 'inspection',
    violations: input.violations,
    ...(input.violations.includes('other') ? { violationNote: '入企检查发现的问题' } : {}),
    description: `${result?.date ?? ''}入企检查（${record.code}）发现：${result?.findings ?? ''}`,
    materials: [`检查记录${record.code}`],
    opinion: input.opinion,
  };
}

/**
 * 发现问题 → 线索移送 or 建议立案 (第8条): once per visit, through the referrals feature's own check;
 * an incomplete form is refused and nothing is sent.
 */
export async function referFinding(
  tx: Tx,
  env: ActionContext,
  code: string,
  input: ReferInput,
  enterprises: readonly Enterprise[],
): Promise<{ loaded: Loaded; referralId: string }> {
  const loaded = await loadOrFail(tx, code);
  const by = recorderOf(env, loaded, input.by);
  if (loaded.record.result?.outcome !== 'issue-found') {
    throw inspectionRefusal('NO_ISSUE', `检查${code}未登记「发现问题」，无需移送线索。`);
  }
  if (loaded.referralId) {
    throw inspectionRefusal('ALREADY_REFERRED', `检查${code}发现的问题已移送，编号${loaded.referralId}。`);
  }
  const sender = identify(env.directory, by.openId)?.person;
  if (!sender) throw inspectionRefusal('NOT_ALLOWED', '您不在本局通讯录中。');
  const referral = await submitPrefilled(tx, env, {
    channel: 'chat',
    sender,
    draft: draftOf(loaded, input),
    enterprises,
  });
  if (!(await setReferral(tx, code, referral.id))) {
    throw inspectionRefusal('ALREADY_REFERRED', `检查${code}发现的问题已由他人移送。`);
  }
  await auditInspection(tx, env, by.openId, 'referred', code, {
    referral: referral.id,
    opinion: input.opinion,
  });
  const after = await loadOrFail(tx, code);
  await refreshCards(tx, env, after);
  return { loaded: after, referralId: referral.id };
}
