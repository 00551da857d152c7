import type { Directory, Level, Person, Unit } from '../org.js';
import type { ChainRole } from './types.js';

export const CHAIN_ROLE_LABELS: Readonly<Record<ChainRole, string>> = {
  'unit-head': '承办机构负责人',
  supervisor: '分管局长',
  'branch-head': '分局主要负责人',
  director: '局长',
};

export function chainRoleLabel(role: ChainRole): string {
  return CHAIN_ROLE_LABELS[role];
}

export function findUnit(directory: Directory, unitId: string): Unit | undefined {
  return directory.units.find((unit) => unit.id === unitId);
}

export function findPerson(directory: Directory, personId: string): Person | undefined {
  return directory.people.find((person) => person.id === personId);
}

export function levelOfUnit(directory: Directory, unitId: string): Level | undefined {
  return findUnit(directory, unitId)?.level;
}

/** The unit's name for messages, falling back to its id when the directory no longer has it. */
export function unitName(directory: Directory, unitId: string): string {
  return findUnit(directory, unitId)?.name ?? unitId;
}
