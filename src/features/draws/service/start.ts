import { randomBytes } from 'node:crypto';
import { applicantCard } from '../../../../cards/approvals/applicant.js';
import { sendTo } from '../../../app/replies.js';
import type { Services } from '../../../app/services.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import {
  matchesFilters,
  prepareDraw,
  publicationDue,
  recusalWindowStart,
  runDraw,
  type Assignment,
} from '../../../domain/draws/index.js';
import type { Directory, Enterprise, Person } from '../../../domain/org.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import { loadApprovalSettings, pastInspections, submitRequest } from '../../approvals/index.js';
import { inputDigest } from '../digest.js';
import { drawRefusal } from '../refusals.js';
import type { ResolvedDraw } from '../input.js';
import { loadDrawSettings } from '../settings.js';
import { activeConflicts, asDeclared } from '../store/conflict-repo.js';
import { drawIdForForm, insertDraw, nextDrawSeq, type NewItemRow } from '../store/draw-repo.js';
import { inspectorVisits } from '../store/facts-repo.js';
import { loadDrawView, type DrawView } from '../view.js';
import { drawnPlanForm } from './plan-form.js';

export interface DrawSource {
  source: 'chat' | 'api';
  /** The chat form submitted, so a repeated click shows the draw it already held. */
  formRef?: string;
}

export interface StartOutcome {
  view: DrawView;
  /** False when this form had already held its draw. */
  created: boolean;
}

/** Files the drawn enterprise's plan in the draw's transaction; a plan the rules block is kept as blocked. */
async function fileItem(
  tx: Tx,
  env: ActionContext,
  draw: { id: string; seed: string; resolved: ResolvedDraw; from: DrawSource },
  assignment: Assignment,
  idx: number,
  registry: ReadonlyMap<string, Enterprise>,
): Promise<NewItemRow> {
  const { resolved } = draw;
  const enterprise = registry.get(assignment.uscc);
  const people = assignment.inspectors.map((id) => env.directory.people.find((p) => p.id === id));
  if (!enterprise || people.some((p) => p === undefined))
    throw new Error(`draw ${draw.id}: pool entry vanished`);
  const inspectors = people as Person[];
  const form = drawnPlanForm(draw.id, draw.seed, resolved.request, enterprise, inspectors, resolved.content);
  const base = {
    drawId: draw.id,
    idx,
    uscc: enterprise.uscc,
    enterpriseName: enterprise.name,
    inspectors: inspectors.map((p) => ({ personId: p.id, openId: p.openId, name: p.name })),
  };
  const outcome = await submitRequest(
    tx,
    env,
    { applicant: resolved.initiator, unitId: resolved.unit.id, form },
    { source: draw.from.source },
  );
  if (!outcome.ok) {
    const reasons = outcome.decision.findings.filter((f) => f.severity === 'block').map((f) => f.message);
    return { ...base, filing: 'blocked', blockedReason: reasons.join(' ') };
  }
  // The approvals feature sends the applicant's card itself only for API submissions.
  if (draw.from.source === 'chat') {
    await sendTo(tx, resolved.initiator.openId, applicantCard(outcome.view), outcome.view.applicantCardRef);
  }
  return { ...base, filing: 'filed', requestId: outcome.view.id };
}

/**
 * Holds a 双随机 draw and files one `random` plan per drawn enterprise into the normal approval
 * chain, all in one transaction: either the draw, its plans and their audit rows all land, or
 * nothing does. A refused draw (empty pool, too few inspectors…) writes nothing.
 */
export async function startDraw(
  services: Services,
  directory: Directory,
  resolved: ResolvedDraw,
  from: DrawSource,
): Promise<StartOutcome> {
  const { store } = services;
  const env = actionContextOf(services, directory);
  const registry = await loadEnterprises(store.db);
  const byUscc = new Map(registry.map((e) => [e.uscc, e]));
  const seed = resolved.seed ?? randomBytes(8).toString('hex');
  const held = await store.write(async (tx) => {
    const existing = from.formRef ? await drawIdForForm(tx, from.formRef) : undefined;
    if (existing) return { id: existing, created: false };
    const settings = await loadDrawSettings(tx);
    const { rules } = await loadApprovalSettings(tx);
    const { request } = resolved;
    const candidates = registry.filter((e) => matchesFilters(e, request.filters)).map((e) => e.uscc);
    const past = await pastInspections(tx, candidates, [Number(request.from.slice(0, 4))]);
    const visits = await inspectorVisits(tx, directory, recusalWindowStart(env.today, request.recusalMonths));
    const conflicts = asDeclared(await activeConflicts(tx));
    const prepared = prepareDraw(
      { ...request, seed },
      {
        directory,
        registry,
        pastInspections: past,
        settings: rules,
        visits,
        conflicts,
        today: env.today,
        applicant: resolved.initiator.id,
        unit: resolved.unit.id,
      },
    );
    if (!prepared.ok) throw drawRefusal('BAD_INPUT', prepared.error);
    const result = runDraw(prepared.input);
    const year = Number(env.today.slice(0, 4));
    const seq = await nextDrawSeq(tx, year);
    const id = `SJ-${year}-${String(seq).padStart(4, '0')}`;
    const items: NewItemRow[] = [];
    for (const [idx, assignment] of result.assignments.entries()) {
      items.push(await fileItem(tx, env, { id, seed, resolved, from }, assignment, idx, byUscc));
    }
    const digest = inputDigest(prepared.input);
    await insertDraw(
      tx,
      {
        id,
        year,
        seq,
        unitId: resolved.unit.id,
        unitName: resolved.unit.name,
        initiatorOpenId: resolved.initiator.openId,
        initiatorPersonId: resolved.initiator.id,
        initiatorName: resolved.initiator.name,
        request: { ...request, content: resolved.content },
        input: prepared.input,
        inputDigest: digest,
        result,
        excluded: prepared.excluded,
        from: request.from,
        to: request.to,
        publishDue: publicationDue(request.to, settings.publication),
        formRef: from.formRef ?? null,
        source: from.source,
        createdAt: env.at,
      },
      items,
    );
    await appendAudit(
      tx,
      {
        actor: from.source === 'api' ? 'api' : resolved.initiator.openId,
        action: 'draw.drawn',
        entity: 'draw',
        entityId: id,
        detail: {
          seed,
          inputDigest: digest,
          unit: resolved.unit.id,
          enterprises: prepared.input.enterprises.length,
          inspectors: prepared.input.inspectors.length,
          drawn: result.assignments.map((a) => a.uscc),
          plans: items.flatMap((item) => (item.requestId ? [item.requestId] : [])),
          blocked: items.filter((item) => item.filing === 'blocked').map((item) => item.uscc),
        },
      },
      env.at,
    );
    return { id, created: true };
  });
  const view = await loadDrawView(store.db, held.id);
  if (!view) throw new Error(`draw ${held.id} vanished after commit`);
  return { view, created: held.created };
}
