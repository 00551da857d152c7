import { listDisclosures } from '../../features/approvals/index.js';
import { listDrawResults } from '../../features/draws/index.js';
import type { Database } from '../../store/db.js';

/**
 * What the public page may show, field by field. Rows are copied by name rather than spread, so a
 * column a feature adds later (a person, an internal note) never reaches the public by accident.
 */

export interface PublicSpecial {
  name: string;
  basis: string;
  from: string;
  to: string;
  unitName: string;
  content: string;
  approvalDate: string;
}

export interface PublicDrawResult {
  enterpriseName: string;
  uscc: string;
  inspectedOn: string;
  unitName: string;
  outcome: string;
}

export interface PublicRows {
  specials: PublicSpecial[];
  results: PublicDrawResult[];
}

export async function loadPublicRows(db: Database): Promise<PublicRows> {
  const [disclosures, draws] = await Promise.all([listDisclosures(db), listDrawResults(db)]);
  return {
    specials: disclosures.map((d) => ({
      name: d.name,
      basis: d.basis,
      from: d.from,
      to: d.to,
      unitName: d.unitName,
      content: d.content,
      approvalDate: d.approvalDate,
    })),
    results: draws.map((r) => ({
      enterpriseName: r.enterpriseName,
      uscc: r.uscc,
      inspectedOn: r.inspectedOn,
      unitName: r.unitName,
      outcome: r.outcome,
    })),
  };
}
