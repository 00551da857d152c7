import { repeatRequestCard } from '../../../../cards/draws/repeat.js';
import { drawResultCard } from '../../../../cards/draws/result.js';
import type { RepeatCardView } from '../../../../cards/draws/view.js';
import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import { sendTo } from '../../../app/replies.js';
import type { Services } from '../../../app/services.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Directory, Enterprise } from '../../../domain/org.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { resolveDraw, type DrawInputBody, type ResolvedDraw } from '../input.js';
import { drawRefusal } from '../refusals.js';
import { loadDrawSettings } from '../settings.js';
import {
  decideRepeat,
  findRepeat,
  insertRepeat,
  repeatForForm,
  type RepeatRow,
} from '../store/repeat-repo.js';
import { loadDrawView, type DrawView } from '../view.js';
import { holdDraw, type DrawSource } from './hold.js';

export type RepeatRequestView = RepeatCardView & { approverOpenId: string };

export function repeatCardRef(id: number): string {
  return `draw-repeat:${id}`;
}

export function repeatNeedsReason(earlier: readonly string[]): string {
  return `本单位已对同一企业库和检查期限进行过抽查（${earlier.join('、')}），再次抽取须写明理由并经单位负责人批准。`;
}

export function repeatPending(view: RepeatRequestView): string {
  return `已将再次抽取申请（第${view.id}号）送单位负责人审批，批准后方可抽取。`;
}

export function repeatView(row: RepeatRow): RepeatRequestView {
  return {
    id: row.id,
    unitName: row.unitName,
    reason: row.reason,
    earlier: row.earlier,
    from: row.from,
    to: row.to,
    requestedByName: row.requestedByName,
    status: row.status,
    drawId: row.drawId,
    approverOpenId: row.approverOpenId,
  };
}

function unitHead(directory: Directory, unitId: string) {
  const unit = directory.units.find((u) => u.id === unitId);
  return directory.people.find((p) => p.id === unit?.head);
}

/** Records the request with its reason, audits it and sends the unit head the approval card. */
export async function requestRepeat(
  tx: Tx,
  env: ActionContext,
  resolved: ResolvedDraw & { repeatReason: string },
  earlier: string[],
  from: DrawSource,
): Promise<RepeatRequestView> {
  const asked = from.formRef ? await repeatForForm(tx, from.formRef) : undefined;
  if (asked) return repeatView(asked);
  const head = unitHead(env.directory, resolved.unit.id);
  if (!head) throw drawRefusal('NOT_READY', '本单位负责人不在通讯录中，无法送审再次抽取申请。');
  const row = await insertRepeat(tx, {
    unitId: resolved.unit.id,
    unitName: resolved.unit.name,
    body: resolved.body,
    reason: resolved.repeatReason,
    earlier,
    from: resolved.request.from,
    to: resolved.request.to,
    requestedByOpenId: resolved.initiator.openId,
    requestedByName: resolved.initiator.name,
    approverOpenId: head.openId,
    source: from.source,
    formRef: from.formRef ?? null,
    status: 'pending',
    createdAt: env.at,
  });
  const view = repeatView(row);
  await appendAudit(
    tx,
    {
      actor: from.source === 'api' ? 'api' : resolved.initiator.openId,
      action: 'draw.repeat-requested',
      entity: 'draw-repeat',
      entityId: String(row.id),
      detail: { unit: row.unitId, earlier, reason: row.reason, from: row.from, to: row.to },
    },
    env.at,
  );
  await sendTo(tx, head.openId, repeatRequestCard(view), repeatCardRef(row.id));
  return view;
}

async function approve(tx: Tx, env: ActionContext, row: RepeatRow, registry: readonly Enterprise[]) {
  const settings = await loadDrawSettings(tx);
  const resolved = resolveDraw(
    env.directory,
    row.body as DrawInputBody,
    settings,
    env.services.config.drawTestSeeds,
  );
  if (!resolved.ok) throw drawRefusal('BAD_INPUT', resolved.issues.map((i) => i.message).join('；'));
  const approval = { requestId: row.id, reason: row.reason, earlier: row.earlier };
  const held = await holdDraw(tx, env, resolved.value, { source: row.source }, registry, approval);
  if (held.kind !== 'held') throw new Error(`repeat ${row.id}: approved draw was not held`);
  return held.id;
}

/**
 * The unit head's decision. Approval holds the draw in the same transaction, with the body asked
 * for and the pools as they stand now; either way the requester is told.
 */
export async function decideRepeatRequest(
  services: Services,
  directory: Directory,
  deciderOpenId: string,
  id: number,
  decision: 'approve' | 'reject',
): Promise<{ request: RepeatRequestView; draw?: DrawView }> {
  const env = actionContextOf(services, directory);
  const registry = await loadEnterprises(services.store.db);
  const decided = await services.store.write(async (tx) => {
    const row = await findRepeat(tx, id);
    if (!row) throw drawRefusal('NOT_FOUND', `未找到第${id}号再次抽取申请。`);
    if (unitHead(directory, row.unitId)?.openId !== deciderOpenId) {
      throw drawRefusal('NOT_ALLOWED', '仅实施单位负责人可以审批再次抽取申请。');
    }
    if (row.status !== 'pending') {
      throw drawRefusal(
        'ALREADY_HANDLED',
        `第${id}号再次抽取申请已${row.status === 'approved' ? '批准' : '不予批准'}。`,
      );
    }
    const drawId = decision === 'approve' ? await approve(tx, env, row, registry) : null;
    const after = await decideRepeat(tx, id, {
      status: decision === 'approve' ? 'approved' : 'rejected',
      decidedAt: env.at,
      drawId,
    });
    if (!after) throw drawRefusal('ALREADY_HANDLED', `第${id}号再次抽取申请已有审批结果。`);
    await appendAudit(
      tx,
      {
        actor: deciderOpenId,
        action: decision === 'approve' ? 'draw.repeat-approved' : 'draw.repeat-rejected',
        entity: 'draw-repeat',
        entityId: String(id),
        detail: { drawId, reason: row.reason, earlier: row.earlier },
      },
      env.at,
    );
    const request = repeatView(after);
    const draw = drawId ? await loadDrawView(tx, drawId) : undefined;
    // The decider's card is answered by the click itself; the requester gets the draw or the refusal.
    await sendTo(
      tx,
      row.requestedByOpenId,
      draw ? drawResultCard(draw) : `第${id}号再次抽取申请未获单位负责人批准，原抽查结果有效。`,
    );
    return { request, draw };
  });
  return decided;
}
