import { findEnterprises, loadQuietPeriods } from '../../directory/directory-repo.js';
import type { Directory } from '../../domain/org.js';
import {
  isCalendarDate,
  jointWindow,
  type InspectionProposal,
  type RulesContext,
} from '../../domain/rules/index.js';
import type { Database, Reader } from '../../store/db.js';
import { otherPlans } from './store/request-repo.js';
import { pastInspections } from './store/records-repo.js';
import { loadApprovalSettings } from './store/settings-repo.js';
import { findSpecial } from './store/special-repo.js';

/**
 * Everything the rules need, read from the store. Registry data comes from `db`; the request
 * tables come from `reader`, which is the submitting transaction so that two submissions for the
 * same enterprise cannot both slip under the yearly cap.
 */
export async function buildRulesContext(
  db: Database,
  reader: Reader,
  directory: Directory,
  proposal: InspectionProposal,
  today: string,
): Promise<RulesContext> {
  const years = [
    ...new Set([today, proposal.from].filter(isCalendarDate).map((date) => Number(date.slice(0, 4)))),
  ];
  const [enterprises, quietPeriods] = await Promise.all([
    findEnterprises(db, proposal.enterprises),
    loadQuietPeriods(db),
  ]);
  // One statement at a time on the transaction's connection.
  const settings = await loadApprovalSettings(reader);
  const past = await pastInspections(reader, proposal.enterprises, years);
  const window = jointWindow(proposal, settings.rules.jointWindowDays);
  const others = await otherPlans(reader, proposal.unit, proposal.enterprises, window);
  const linkedSpecial = proposal.special ? await findSpecial(reader, proposal.special) : undefined;
  return {
    directory,
    enterprises,
    quietPeriods,
    pastInspections: past,
    otherPlans: others,
    ...(linkedSpecial ? { linkedSpecial } : {}),
    settings: settings.rules,
    today,
  };
}
