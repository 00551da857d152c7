import type { Directory, Person, Unit } from '../org.js';
import type { OpenStep, TouchedStep } from './types.js';

/** Who holds a step's role in `dir`: the unit's head, its 分管局长, or the 局长. */
export function roleHolder(dir: Directory, step: Pick<OpenStep, 'role' | 'unitId'>): string | undefined {
  if (step.role === 'director') return dir.director;
  const unit = dir.units.find((u) => u.id === step.unitId);
  return step.role === 'supervisor' ? unit?.supervisor : unit?.head;
}

/**
 * Open steps whose approver the new directory would change: the assignee leaves it (the step would
 * pass to a superior), or the role the assignee holds for the step's unit goes to someone else.
 * A step already handed over (transfer, delegation) follows its assignee, not the role.
 */
export function touchedSteps(before: Directory, after: Directory, steps: OpenStep[]): TouchedStep[] {
  const staying = new Set(after.people.map((p) => p.id));
  return steps.flatMap((step): TouchedStep[] => {
    const next = roleHolder(after, step);
    const to = next
      ? { toPersonId: next, toName: after.people.find((p) => p.id === next)?.name ?? next }
      : {};
    if (!staying.has(step.personId)) return [{ ...step, reason: 'departed', ...to }];
    if (roleHolder(before, step) === step.personId && next !== step.personId)
      return [{ ...step, reason: 'role', ...to }];
    return [];
  });
}

function withRole(unit: Unit, role: OpenStep['role'], holder: string): Unit {
  if (role === 'supervisor') return { ...unit, supervisor: holder };
  if (unit.head === holder) return unit;
  // The head is not among the members: the new head goes back to them, the kept one leaves them.
  const members = [...unit.members.filter((m) => m !== holder), unit.head];
  return { ...unit, head: holder, members };
}

/**
 * `after` without the changes that touch open steps: their assignees stay, and the roles they hold
 * for those steps stay theirs, until the steps are decided. Everything else is taken as it is.
 */
export function holdBack(before: Directory, after: Directory, touched: TouchedStep[]): Directory {
  let units = after.units.map((u) => ({ ...u }));
  let director = after.director;
  for (const step of touched) {
    if (step.reason === 'role' && step.role === 'director') director = step.personId;
    if (step.reason !== 'role' || step.role === 'director') continue;
    const present = units.some((u) => u.id === step.unitId);
    const kept = before.units.find((u) => u.id === step.unitId);
    if (!present && kept) units = [...units, { ...kept }];
    else units = units.map((u) => (u.id === step.unitId ? withRole(u, step.role, step.personId) : u));
  }
  const referenced = new Set([
    director,
    ...touched.map((s) => s.personId),
    ...units.flatMap((u) => [u.head, ...(u.supervisor ? [u.supervisor] : []), ...u.members]),
    ...(after.admins ?? []),
  ]);
  const people: Person[] = [...after.people];
  for (const id of referenced)
    if (!people.some((p) => p.id === id)) {
      const kept = before.people.find((p) => p.id === id);
      if (kept) people.push(kept);
    }
  return { ...after, director, units, people };
}
