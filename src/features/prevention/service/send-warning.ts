import type { ActionContext } from '../../../app/action-context.js';
import { Refusal } from '../../../app/refusal.js';
import type { Enterprise, Person, Unit } from '../../../domain/org.js';
import {
  countyBranch,
  earlierOnSameRisk,
  mayWarn,
  REPEAT_WINDOW_DAYS,
  WARNING_UNIT_NAMES,
  type WarningSource,
} from '../../../domain/prevention/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { addCalendarDays } from '../../../time.js';
import { preventionRefusal } from '../refusals.js';
import {
  findWarning,
  insertWarning,
  nextWarningSeq,
  warningsSince,
  type WarningRow,
} from '../store/warning-repo.js';
import { belongsTo, headOf } from './people.js';
import { sendWarningCard } from './warning-cards.js';

export interface WarningInput {
  channel: 'chat' | 'api';
  sender: Person;
  /** The sending unit; in chat, the sender's own unit among those 第1条 lists. */
  unitId?: string;
  enterprise: Enterprise;
  source: WarningSource;
  risk: string;
  advice: string;
  /** Sent on purpose although the same risk was warned of within 30 days. */
  repeat?: boolean;
}

/** A second warning on the same risk within 30 days: pointed out, with the earlier one. */
export class RepeatedWarning extends Refusal {
  constructor(readonly earlier: WarningRow) {
    const { code, message, status } = preventionRefusal(
      'REPEATED',
      `${earlier.enterpriseName}已于${earlier.sentOn}就同一风险收到预警提醒（${earlier.id}，${earlier.unitName}），30日内不重复提醒；确需再次提醒的，请确认后仍然发送。`,
    );
    super(code, message, status);
  }
}

function sendingUnit(env: ActionContext, input: WarningInput): Unit {
  const listed = `仅${WARNING_UNIT_NAMES.join('、')}可发送预警提醒（第1条）。`;
  if (input.unitId === undefined) {
    const own = env.directory.units.find((u) => belongsTo(u, input.sender) && mayWarn(u));
    if (!own) throw preventionRefusal('NOT_ALLOWED', listed);
    return own;
  }
  const unit = env.directory.units.find((u) => u.id === input.unitId);
  if (!unit) throw preventionRefusal('BAD_INPUT', `没有该科室或单位：${input.unitId}。`);
  if (!mayWarn(unit))
    throw preventionRefusal('NOT_ALLOWED', `${unit.name}不是第1条所列的预警科室或单位；${listed}`);
  if (!belongsTo(unit, input.sender)) {
    throw preventionRefusal(
      'NOT_ALLOWED',
      `${input.sender.name}不是${unit.name}人员，不能以该单位名义发送预警提醒。`,
    );
  }
  return unit;
}

/**
 * 预警提醒 (第1条): records the warning and gives the county branch its card to follow it. A
 * repeat on the same risk within 30 days is refused unless `repeat` says it is meant.
 */
export async function sendWarning(tx: Tx, env: ActionContext, input: WarningInput): Promise<WarningRow> {
  const unit = sendingUnit(env, input);
  const { enterprise } = input;
  const since = addCalendarDays(env.today, -REPEAT_WINDOW_DAYS);
  const earlier = earlierOnSameRisk(
    (await warningsSince(tx, enterprise.uscc, since)).map((w) => ({
      ...w,
      source: w.source as WarningSource,
    })),
    enterprise.uscc,
    input.risk,
    since,
  );
  if (earlier && !input.repeat) throw new RepeatedWarning(earlier);
  const year = Number(env.today.slice(0, 4));
  const seq = await nextWarningSeq(tx, year);
  const id = `YJ-${year}-${String(seq).padStart(4, '0')}`;
  const branch = countyBranch(env.directory.units, enterprise);
  await insertWarning(tx, {
    id,
    year,
    seq,
    status: 'sent',
    channel: input.channel,
    unitId: unit.id,
    unitName: unit.name,
    senderOpenId: input.sender.openId,
    senderName: input.sender.name,
    uscc: enterprise.uscc,
    enterpriseName: enterprise.name,
    county: enterprise.county,
    branchId: branch?.id ?? null,
    source: input.source,
    risk: input.risk,
    advice: input.advice,
    repeatOf: earlier?.id ?? null,
    sentAt: env.at,
    sentOn: env.today,
    updatedAt: env.at,
  });
  await appendAudit(
    tx,
    {
      actor: input.channel === 'api' ? 'api' : input.sender.openId,
      action: 'warning.sent',
      entity: 'warning',
      entityId: id,
      detail: {
        sender: input.sender.openId,
        unit: unit.id,
        uscc: enterprise.uscc,
        source: input.source,
        branch: branch?.id ?? null,
        repeatOf: earlier?.id ?? null,
      },
    },
    env.at,
  );
  const row = await findWarning(tx, id);
  if (!row) throw new Error(`warning ${id} vanished in its own transaction`);
  const head = headOf(env.directory, branch);
  if (head) {
    const notice = `${unit.name}对辖区企业发出预警提醒，请跟进：确认知悉、风险消除后标记，涉嫌违法的转线索移送。`;
    await sendWarningCard(tx, env, row, head.openId, { notice });
  }
  return row;
}
