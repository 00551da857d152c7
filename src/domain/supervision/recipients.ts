import type { Directory, Person } from '../org.js';

/** The section in charge of enforcement supervision and disclosure, by its name in the organisation file. */
export const SUPERVISION_SECTION = '法规与标准科';

/** Who gets the weekly 执法监督 card: the 局长 and the head of 法规与标准科, each once. */
export function supervisionRecipients(directory: Directory): Person[] {
  const section = directory.units.find((u) => u.name === SUPERVISION_SECTION);
  const ids = [...new Set([directory.director, section?.head].filter((id): id is string => !!id))];
  return ids.flatMap((id) => directory.people.filter((p) => p.id === id));
}
