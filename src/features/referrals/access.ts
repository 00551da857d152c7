import { identify, personById, unitById } from '../../directory/who.js';
import type { Directory, Person, Unit } from '../../domain/org.js';
import type { ReferralView } from './view.js';

/** Everyone of a unit, head first: who may be named 承办人. */
export function unitPeople(directory: Directory, unit: Unit): Person[] {
  const ids = [unit.head, ...unit.members, ...(unit.officers ?? [])];
  return [...new Set(ids)].flatMap((id) => personById(directory, id) ?? []);
}

export function unitHead(directory: Directory, unitId: string): Person | undefined {
  const unit = unitById(directory, unitId);
  return unit && personById(directory, unit.head);
}

function belongsTo(directory: Directory, openId: string, unitIds: readonly string[]): boolean {
  return identify(directory, openId)?.units.some((u) => unitIds.includes(u.id)) ?? false;
}

/** How one person sees a referral: what they may read in full and what they may do. */
export interface Viewer {
  openId: string;
  /** Members of the sending and the receiving unit see the ID number in full. */
  reveal: boolean;
  isReceivingHead: boolean;
  isHandler: boolean;
}

export function viewerOf(
  directory: Directory,
  openId: string,
  view: Pick<ReferralView, 'fromUnit' | 'toUnit' | 'handler'>,
): Viewer {
  const isReceivingHead = unitHead(directory, view.toUnit.id)?.openId === openId;
  return {
    openId,
    reveal: belongsTo(directory, openId, [view.fromUnit.id, view.toUnit.id]),
    isReceivingHead,
    isHandler: view.handler?.openId === openId,
  };
}
