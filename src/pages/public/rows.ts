import { listDisclosures, type Disclosure } from '../../features/approvals/index.js';
import { onSiteByCounty, specialResults, type SpecialResults } from '../../features/supervision/index.js';
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
  /** Once a result is recorded under it: the visits and each outcome's count (第7条 事后公示). */
  results?: { visits: number; recorded: number; outcomes: { label: string; count: number }[] };
}

/** Outcomes in the public's words; no finding, enterprise or person. */
export const PUBLIC_OUTCOME_LABELS: Readonly<Record<string, string>> = {
  'no-issue': '未发现问题',
  'issue-found': '发现问题',
  'not-operating': '企业停产或关闭',
  refused: '拒绝、阻挠检查',
};

/** On-site inspections carried out in a year, per county of the enterprises visited. */
export interface PublicCountyYear {
  year: number;
  counties: { county: string; count: number }[];
}

/** The disclosed fields of a special inspection, copied by name. */
function withResults(d: Disclosure, results: PublicSpecial['results']): PublicSpecial {
  return {
    name: d.name,
    basis: d.basis,
    from: d.from,
    to: d.to,
    unitName: d.unitName,
    content: d.content,
    approvalDate: d.approvalDate,
    ...(results ? { results } : {}),
  };
}

function publicResults(found: SpecialResults | undefined): PublicSpecial['results'] {
  if (!found || found.recorded === 0) return undefined;
  return {
    visits: found.visits,
    recorded: found.recorded,
    outcomes: found.outcomes.map((o) => ({
      label: PUBLIC_OUTCOME_LABELS[o.outcome] ?? o.outcome,
      count: o.count,
    })),
  };
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
  /** This year and last, newest first. */
  onSite: PublicCountyYear[];
}

export async function loadPublicRows(db: Database, today: string): Promise<PublicRows> {
  const year = Number(today.slice(0, 4));
  const [disclosures, draws, held, results, thisYear, lastYear] = await Promise.all([
    listDisclosures(db),
    listDrawResults(db),
    listPublishedDraws(db, today),
    specialResults(db),
    onSiteByCounty(db, year),
    onSiteByCounty(db, year - 1),
  ]);
  return {
    onSite: [
      { year, counties: thisYear },
      { year: year - 1, counties: lastYear },
    ],
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
    specials: disclosures.map((d) => withResults(d, publicResults(results.get(d.requestId)))),
    results: draws.map((r) => ({
      enterpriseName: r.enterpriseName,
      uscc: r.uscc,
      inspectedOn: r.inspectedOn,
      unitName: r.unitName,
      outcome: r.outcome,
    })),
  };
}
