import type { Directory, Person, Unit } from '../../../domain/org.js';

export function belongsTo(unit: Unit, person: Person): boolean {
  return unit.head === person.id || unit.members.includes(person.id) || !!unit.officers?.includes(person.id);
}

export function headOf(directory: Directory, unit: Unit | undefined): Person | undefined {
  return unit && directory.people.find((p) => p.id === unit.head);
}

export function personByOpenId(directory: Directory, openId: string): Person | undefined {
  return directory.people.find((p) => p.openId === openId);
}
