import type { Directory } from '../../domain/org.js';
import { evaluateInspection, type RulesDecision } from '../../domain/rules/index.js';
import type { Database, Reader } from '../../store/db.js';
import type { ResolvedInput } from './input.js';
import { toProposal } from './proposal.js';
import { buildRulesContext } from './rules-context.js';

/** Applies the scheme to a resolved form; `reader` is the submitting transaction when there is one. */
export async function checkInput(
  db: Database,
  reader: Reader,
  directory: Directory,
  input: ResolvedInput,
  today: string,
): Promise<RulesDecision> {
  const proposal = toProposal(input.form, input.applicant.id, input.unitId);
  return evaluateInspection(proposal, await buildRulesContext(db, reader, directory, proposal, today));
}
