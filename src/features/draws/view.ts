import type {
  DrawInput,
  DrawRequest,
  DrawResult,
  Exclusion,
  Outcome,
  SeedScheme,
} from '../../domain/draws/index.js';
import { findDraw, itemsOf, planStatuses, type DrawRow, type ItemRow } from './store/draw-repo.js';
import type { Reader } from '../../store/db.js';

export interface InspectorRef {
  personId: string;
  openId: string;
  name: string;
}

export interface DrawItemView {
  idx: number;
  uscc: string;
  enterpriseName: string;
  inspectors: InspectorRef[];
  filing: 'filed' | 'blocked';
  requestId: string | null;
  /** The plan's approval status, when filed. */
  planStatus: string | null;
  blockedReason: string | null;
  outcome: Outcome | null;
  note: string | null;
  inspectedOn: string | null;
  publishedAt: string | null;
}

/** What was asked when the draw was held, as stored. */
export interface StoredRequest extends Omit<DrawRequest, 'seed'> {
  content: string;
}

/** How the seed was fixed. The secret is on the server from the start; outputs reveal it after the period. */
export interface SeedRecord {
  scheme: SeedScheme;
  commitment: string | null;
  poolsDigest: string | null;
  secret: string | null;
}

/** Set on a draw held again for a pool and period its unit had drawn, with the head's approval. */
export interface RepeatRecord {
  of: string[];
  reason: string;
  requestId: number | null;
}

/** A draw with its items: what its cards, the API and the verifier need. */
export interface DrawView {
  id: string;
  unit: { id: string; name: string };
  initiator: { openId: string; personId: string; name: string };
  request: StoredRequest;
  input: DrawInput;
  inputDigest: string;
  result: DrawResult;
  excluded: Exclusion[];
  from: string;
  to: string;
  publishDue: string;
  source: 'chat' | 'api';
  createdAt: string;
  seed: SeedRecord;
  repeat: RepeatRecord | null;
  items: DrawItemView[];
}

export function itemView(row: ItemRow, planStatus: string | null): DrawItemView {
  return {
    idx: row.idx,
    uscc: row.uscc,
    enterpriseName: row.enterpriseName,
    inspectors: row.inspectors,
    filing: row.filing,
    requestId: row.requestId,
    planStatus,
    blockedReason: row.blockedReason,
    outcome: row.outcome as Outcome | null,
    note: row.note,
    inspectedOn: row.inspectedOn,
    publishedAt: row.publishedAt,
  };
}

export function drawView(row: DrawRow, items: DrawItemView[]): DrawView {
  return {
    id: row.id,
    unit: { id: row.unitId, name: row.unitName },
    initiator: { openId: row.initiatorOpenId, personId: row.initiatorPersonId, name: row.initiatorName },
    request: row.request as StoredRequest,
    input: row.input as DrawInput,
    inputDigest: row.inputDigest,
    result: row.result as DrawResult,
    excluded: row.excluded as Exclusion[],
    from: row.from,
    to: row.to,
    publishDue: row.publishDue,
    source: row.source,
    createdAt: row.createdAt,
    seed: {
      scheme: row.seedScheme,
      commitment: row.commitment,
      poolsDigest: row.poolsDigest,
      secret: row.secret,
    },
    repeat: row.repeatOf
      ? { of: row.repeatOf, reason: row.repeatReason ?? '', requestId: row.repeatRequestId }
      : null,
    items,
  };
}

export async function loadDrawView(db: Reader, id: string): Promise<DrawView | undefined> {
  const row = await findDraw(db, id);
  if (!row) return undefined;
  const items = await itemsOf(db, id);
  const statuses = await planStatuses(
    db,
    items.flatMap((item) => (item.requestId ? [item.requestId] : [])),
  );
  return drawView(
    row,
    items.map((item) => itemView(item, item.requestId ? (statuses.get(item.requestId) ?? null) : null)),
  );
}

/** The secret is revealed the day after the inspection period ends, with the rest of the material. */
export function revealedSecret(view: Pick<DrawView, 'seed' | 'to'>, today: string): string | null {
  return today > view.to ? view.seed.secret : null;
}

/** What a published seed says about itself, for the API and the public material. */
export function seedJson(view: DrawView, today: string) {
  return {
    seedScheme: view.seed.scheme,
    /** True for a caller's seed on a test installation: such a draw proves nothing. */
    testDraw: view.seed.scheme === 'test',
    commitment: view.seed.commitment,
    poolsDigest: view.seed.poolsDigest,
    drawnAt: view.createdAt,
    secret: revealedSecret(view, today),
    repeat: view.repeat,
  };
}
