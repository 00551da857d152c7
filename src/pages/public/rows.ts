import { listDisclosures } from '../../features/approvals/index.js';
import { listDrawResults, listPublishedDraws, type PublishedDraw } from '../../features/draws/index.js';
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

/** A draw whose period has ended: its commitment and revealed secret, and why it was repeated. */
export type PublicDraw = PublishedDraw;

export interface PublicRows {
  specials: PublicSpecial[];
  results: PublicDrawResult[];
  draws: PublicDraw[];
}

export async function loadPublicRows(db: Database, today: string): Promise<PublicRows> {
  const [disclosures, draws, held] = await Promise.all([
    listDisclosures(db),
    listDrawResults(db),
    listPublishedDraws(db, today),
  ]);
  return {
    draws: held.map((d) => ({
      id: d.id,
      unitName: d.unitName,
      from: d.from,
      to: d.to,
      drawnAt: d.drawnAt,
      seedScheme: d.seedScheme,
      commitment: d.commitment,
      secret: d.secret,
      repeatOf: d.repeatOf,
      repeatReason: d.repeatReason,
    })),
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
