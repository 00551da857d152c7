import type { Directory, Level, Person, Unit } from '../domain/org.js';

export interface Identity {
  person: Person;
  units: Unit[];
  /** The level of the person's own unit(s); the director and deputies are city level. */
  level: Level;
  isDirector: boolean;
}

/** Who an open_id is in the bureau: person, unit(s) they head, supervise or belong to, and level. */
export function identify(dir: Directory, openId: string): Identity | undefined {
  const person = dir.people.find((p) => p.openId === openId);
  if (!person) return undefined;
  const mine = dir.units.filter(
    (u) => u.head === person.id || u.members.includes(person.id) || u.officers?.includes(person.id),
  );
  return {
    person,
    units: mine,
    level: mine.length > 0 && mine.every((u) => u.level === 'county') ? 'county' : 'city',
    isDirector: dir.director === person.id,
  };
}

export function personById(dir: Directory, id: string): Person | undefined {
  return dir.people.find((p) => p.id === id);
}

export function unitById(dir: Directory, id: string): Unit | undefined {
  return dir.units.find((u) => u.id === id);
}
