import type { ActionContext } from '../../../app/action-context.js';
import type { Enterprise, Person, Unit } from '../../../domain/org.js';
import { activityDateProblem, type OutreachForm } from '../../../domain/prevention/index.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { preventionRefusal } from '../refusals.js';
import { findActivity, insertActivity, nextActivitySeq, type ActivityRow } from '../store/outreach-repo.js';
import { belongsTo } from './people.js';

export interface OutreachInput {
  channel: 'chat' | 'api';
  recorder: Person;
  /** The branch that held it; in chat, the recorder's own branch. */
  unitId?: string;
  date: string;
  form: OutreachForm;
  topic: string;
  enterprises: readonly Enterprise[];
  team: readonly string[];
}

function holdingBranch(env: ActionContext, input: OutreachInput): Unit {
  const branches = env.directory.units.filter((u) => u.kind === 'branch');
  if (input.unitId === undefined) {
    const own = branches.find((u) => belongsTo(u, input.recorder));
    if (!own) throw preventionRefusal('NOT_ALLOWED', '送法入企以县区为单位开展，请由分局人员登记（第2条）。');
    return own;
  }
  const unit = env.directory.units.find((u) => u.id === input.unitId);
  if (!unit) throw preventionRefusal('BAD_INPUT', `没有该分局：${input.unitId}。`);
  if (unit.kind !== 'branch')
    throw preventionRefusal('NOT_ALLOWED', '送法入企以县区为单位开展，请以分局名义登记（第2条）。');
  if (!belongsTo(unit, input.recorder)) {
    throw preventionRefusal(
      'NOT_ALLOWED',
      `${input.recorder.name}不是${unit.name}人员，不能以该分局名义登记。`,
    );
  }
  return unit;
}

/** Records a 送法入企 activity (第2条) and the enterprises it reached, all or nothing. */
export async function recordOutreach(tx: Tx, env: ActionContext, input: OutreachInput): Promise<ActivityRow> {
  const unit = holdingBranch(env, input);
  const problem = activityDateProblem(input.date, env.today);
  if (problem) throw preventionRefusal('BAD_DATE', problem);
  if (input.enterprises.length === 0) throw preventionRefusal('BAD_INPUT', '请写明本次活动覆盖的企业。');
  const year = Number(input.date.slice(0, 4));
  const seq = await nextActivitySeq(tx, year);
  const id = `PF-${year}-${String(seq).padStart(4, '0')}`;
  const unique = [...new Map(input.enterprises.map((e) => [e.uscc, e])).values()];
  await insertActivity(
    tx,
    {
      id,
      year,
      seq,
      channel: input.channel,
      unitId: unit.id,
      unitName: unit.name,
      date: input.date,
      form: input.form,
      topic: input.topic,
      team: [...input.team],
      recordedByOpenId: input.recorder.openId,
      recordedByName: input.recorder.name,
      recordedAt: env.at,
    },
    unique.map((e) => ({ uscc: e.uscc, enterpriseName: e.name, county: e.county })),
  );
  await appendAudit(
    tx,
    {
      actor: input.channel === 'api' ? 'api' : input.recorder.openId,
      action: 'outreach.recorded',
      entity: 'outreach',
      entityId: id,
      detail: { unit: unit.id, date: input.date, form: input.form, enterprises: unique.map((e) => e.uscc) },
    },
    env.at,
  );
  const row = await findActivity(tx, id);
  if (!row) throw new Error(`activity ${id} vanished in its own transaction`);
  return row;
}
