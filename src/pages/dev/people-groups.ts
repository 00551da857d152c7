import type { Directory, Person } from '../../domain/org.js';

export interface PersonChoice {
  openId: string;
  label: string;
}

export interface PeopleGroup {
  label: string;
  people: PersonChoice[];
}

function labelOf(p: Person, role?: string): string {
  return role ? `${role}：${p.name}` : p.name;
}

/**
 * The directory as someone picking "who am I" reads it: the bureau's leaders, then each unit with
 * its head, its staff and the leader in charge of it, so one approval chain sits in one group.
 */
export function peopleGroups(dir: Directory): PeopleGroup[] {
  const byId = new Map(dir.people.map((p) => [p.id, p]));
  const inUnits = new Set(dir.units.flatMap((u) => [u.head, ...u.members, ...(u.officers ?? [])]));
  const leaders = [
    ...(byId.has(dir.director) ? [dir.director] : []),
    ...dir.people.map((p) => p.id).filter((id) => id !== dir.director && !inUnits.has(id)),
  ];
  const choice = (id: string, role?: string): PersonChoice[] => {
    const p = byId.get(id);
    return p ? [{ openId: p.openId, label: labelOf(p, role) }] : [];
  };
  const groups: PeopleGroup[] = [{ label: '局领导', people: leaders.flatMap((id) => choice(id)) }];
  for (const unit of dir.units) {
    const staff = [...new Set([...unit.members, ...(unit.officers ?? [])])].filter((id) => id !== unit.head);
    groups.push({
      label: unit.name,
      people: [
        ...choice(unit.head),
        ...staff.flatMap((id) => choice(id)),
        ...(unit.supervisor ? choice(unit.supervisor, '分管局领导') : []),
      ],
    });
  }
  return groups.filter((g) => g.people.length > 0);
}
