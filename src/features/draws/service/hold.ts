import { applicantCard } from '../../../../cards/approvals/applicant.js';
import type { ActionContext } from '../../../app/action-context.js';
import { sendTo } from '../../../app/replies.js';
import {
  canonicalInput,
  matchesFilters,
  prepareDraw,
  publicationDue,
  recusalWindowStart,
  repeatedDraws,
  runDraw,
  type Assignment,
} from '../../../domain/draws/index.js';
import type { Enterprise, Person } from '../../../domain/org.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import { loadApprovalSettings, pastInspections, submitRequest } from '../../approvals/index.js';
import { fixSeed, inputDigest, type SeedFix } from '../digest.js';
import type { ResolvedDraw } from '../input.js';
import { drawRefusal } from '../refusals.js';
import { loadDrawSettings } from '../settings.js';
import { activeConflicts, asDeclared } from '../store/conflict-repo.js';
import { drawnPools, insertDraw, nextDrawSeq, type NewItemRow } from '../store/draw-repo.js';
import { inspectorVisits } from '../store/facts-repo.js';
import { drawnPlanForm } from './plan-form.js';

export interface DrawSource {
  source: 'chat' | 'api';
  /** The chat form submitted, so a repeated click shows the draw it already held. */
  formRef?: string;
}

/** The approval that lets a repeat draw be held. */
export interface RepeatApproval {
  requestId: number;
  reason: string;
  earlier: readonly string[];
}

export type HoldOutcome = { kind: 'held'; id: string } | { kind: 'repeat'; earlier: string[] };

interface Holding {
  id: string;
  fix: SeedFix;
  resolved: ResolvedDraw;
  from: DrawSource;
}

/** Files the drawn enterprise's plan in the draw's transaction; a plan the rules block is kept as blocked. */
async function fileItem(
  tx: Tx,
  env: ActionContext,
  draw: Holding,
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
  const form = drawnPlanForm(draw.id, draw.fix, resolved.request, enterprise, inspectors, resolved.content);
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
 * Holds a 双随机 draw inside `tx` and files one `random` plan per drawn enterprise into the normal
 * approval chain. The pools are frozen first; only then is the seed fixed (committed, or a test
 * seed), so it cannot be fitted to them. A draw repeating an earlier one of the unit is not held
 * without an approval: the caller is told which draws it repeats. A refusal writes nothing.
 */
export async function holdDraw(
  tx: Tx,
  env: ActionContext,
  resolved: ResolvedDraw,
  from: DrawSource,
  registry: readonly Enterprise[],
  approval?: RepeatApproval,
): Promise<HoldOutcome> {
  const { directory } = env;
  const settings = await loadDrawSettings(tx);
  const { rules } = await loadApprovalSettings(tx);
  const { request } = resolved;
  const candidates = registry.filter((e) => matchesFilters(e, request.filters)).map((e) => e.uscc);
  const past = await pastInspections(tx, candidates, [Number(request.from.slice(0, 4))]);
  const visits = await inspectorVisits(tx, directory, recusalWindowStart(env.today, request.recusalMonths));
  const conflicts = asDeclared(await activeConflicts(tx));
  const prepared = prepareDraw(
    // The seed is fixed below, over the frozen pools; this placeholder is replaced.
    { ...request, seed: '0000000000000000' },
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
  const repeated = repeatedDraws(
    { unitId: resolved.unit.id, from: request.from, to: request.to, enterprises: prepared.input.enterprises },
    await drawnPools(tx, resolved.unit.id, request.from, request.to),
  );
  if (repeated.length > 0 && !approval) return { kind: 'repeat', earlier: repeated };
  const repeatOf = approval ? [...new Set([...approval.earlier, ...repeated])].sort() : null;

  const fix = fixSeed(prepared.input, resolved.seed);
  const input = canonicalInput({ ...prepared.input, seed: fix.seed });
  const result = runDraw(input);
  const year = Number(env.today.slice(0, 4));
  const seq = await nextDrawSeq(tx, year);
  const id = `SJ-${year}-${String(seq).padStart(4, '0')}`;
  const byUscc = new Map(registry.map((e) => [e.uscc, e]));
  const items: NewItemRow[] = [];
  for (const [idx, assignment] of result.assignments.entries()) {
    items.push(await fileItem(tx, env, { id, fix, resolved, from }, assignment, idx, byUscc));
  }
  const digest = inputDigest(input);
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
      input,
      inputDigest: digest,
      result,
      excluded: prepared.excluded,
      from: request.from,
      to: request.to,
      publishDue: publicationDue(request.to, settings.publication),
      formRef: from.formRef ?? null,
      source: from.source,
      createdAt: env.at,
      seedScheme: fix.scheme,
      commitment: fix.commitment,
      poolsDigest: fix.poolsDigest,
      secret: fix.secret,
      repeatOf,
      repeatReason: approval?.reason ?? null,
      repeatRequestId: approval?.requestId ?? null,
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
      // The commitment, pools digest and time go on the audit chain now; the secret stays out of it.
      detail: {
        seed: fix.seed,
        seedScheme: fix.scheme,
        commitment: fix.commitment,
        poolsDigest: fix.poolsDigest,
        drawnAt: env.at,
        inputDigest: digest,
        unit: resolved.unit.id,
        enterprises: input.enterprises.length,
        inspectors: input.inspectors.length,
        drawn: result.assignments.map((a) => a.uscc),
        plans: items.flatMap((item) => (item.requestId ? [item.requestId] : [])),
        blocked: items.filter((item) => item.filing === 'blocked').map((item) => item.uscc),
        ...(approval ? { repeatOf, repeatReason: approval.reason, repeatRequest: approval.requestId } : {}),
      },
    },
    env.at,
  );
  return { kind: 'held', id };
}
