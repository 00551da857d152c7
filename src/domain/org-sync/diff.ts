import type { Directory, Person, Unit } from '../org.js';

export interface RoleChange {
  unitId: string;
  unitName: string;
  from?: string;
  to?: string;
}

export interface MemberChange {
  unitId: string;
  unitName: string;
  joined: string[];
  left: string[];
}

/** What replacing one directory by another changes, in person ids (names come with `people`). */
export interface OrgChanges {
  added: Person[];
  removed: Person[];
  renamed: { id: string; from: string; to: string }[];
  director?: { from: string; to: string };
  heads: RoleChange[];
  supervisors: RoleChange[];
  unitsAdded: string[];
  unitsRemoved: string[];
  members: MemberChange[];
  admins?: { from: string[]; to: string[] };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function roleChanges(before: Unit[], after: Unit[], role: 'head' | 'supervisor'): RoleChange[] {
  return after.flatMap((u) => {
    const old = before.find((b) => b.id === u.id);
    if (!old || old[role] === u[role]) return [];
    return [{ unitId: u.id, unitName: u.name, from: old[role], to: u[role] }];
  });
}

export function diffDirectories(before: Directory | undefined, after: Directory): OrgChanges {
  const old = before ?? { bureau: after.bureau, director: '', people: [], units: [] };
  const oldPeople = new Map(old.people.map((p) => [p.id, p]));
  const newIds = new Set(after.people.map((p) => p.id));
  const members: MemberChange[] = after.units.flatMap((u) => {
    const prior = old.units.find((b) => b.id === u.id);
    if (!prior) return [];
    const [was, is] = [new Set(prior.members), new Set(u.members)];
    const joined = u.members.filter((m) => !was.has(m));
    const left = prior.members.filter((m) => !is.has(m));
    return joined.length || left.length ? [{ unitId: u.id, unitName: u.name, joined, left }] : [];
  });
  const [adminsBefore, adminsAfter] = [old.admins ?? [], after.admins ?? []];
  return {
    added: after.people.filter((p) => !oldPeople.has(p.id)),
    removed: old.people.filter((p) => !newIds.has(p.id)),
    renamed: after.people.flatMap((p) => {
      const prior = oldPeople.get(p.id);
      return prior && prior.name !== p.name ? [{ id: p.id, from: prior.name, to: p.name }] : [];
    }),
    ...(before && old.director !== after.director
      ? { director: { from: old.director, to: after.director } }
      : {}),
    heads: roleChanges(old.units, after.units, 'head'),
    supervisors: roleChanges(old.units, after.units, 'supervisor'),
    unitsAdded: after.units.filter((u) => !old.units.some((b) => b.id === u.id)).map((u) => u.id),
    unitsRemoved: old.units.filter((u) => !after.units.some((b) => b.id === u.id)).map((u) => u.id),
    members,
    ...(sameList(adminsBefore, adminsAfter) ? {} : { admins: { from: adminsBefore, to: adminsAfter } }),
  };
}

export function isUnchanged(c: OrgChanges): boolean {
  const lists = [
    c.added,
    c.removed,
    c.renamed,
    c.heads,
    c.supervisors,
    c.unitsAdded,
    c.unitsRemoved,
    c.members,
  ];
  return lists.every((l) => l.length === 0) && !c.director && !c.admins;
}
