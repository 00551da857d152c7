import type { Database } from '../store/db.js';
import { loadEnterprises, loadQuietPeriods } from './directory-repo.js';
import type { PreparedImport } from './import-files.js';

/** What applying a prepared sheet would do to what is stored now: it replaces the whole list. */
export interface ImportChanges {
  added: number;
  changed: number;
  unchanged: number;
  /** Stored now, absent from the file: dropped (off the list, for the positive list). */
  removed: number;
}

/** A value's JSON with its keys in order and absent fields left out, so equal records compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined && x !== null && x !== false)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

function compare(now: Map<string, string>, next: Map<string, string>): ImportChanges {
  const c: ImportChanges = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const [key, value] of next) {
    const old = now.get(key);
    if (old === undefined) c.added++;
    else if (old === value) c.unchanged++;
    else c.changed++;
  }
  for (const key of now.keys()) if (!next.has(key)) c.removed++;
  return c;
}

const byKey = <T>(list: readonly T[], key: (t: T) => string, value: (t: T) => unknown = (t) => t) =>
  new Map(list.map((t) => [key(t), canonical(value(t))]));

/** Counts new, changed, unchanged and removed records of a prepared sheet against the store. */
export async function importChanges(db: Database, prepared: PreparedImport): Promise<ImportChanges> {
  switch (prepared.kind) {
    case 'enterprises':
      return compare(
        byKey(await loadEnterprises(db), (e) => e.uscc),
        byKey(prepared.records, (e) => e.uscc),
      );
    case 'quiet-periods': {
      const key = (q: { id?: string; jurisdiction: string; from?: string; to?: string }) =>
        q.id ?? `${q.jurisdiction} ${q.from ?? ''} ${q.to ?? ''}`;
      const strip = ({ id: _id, ...q }: { id?: string }) => q;
      return compare(byKey(await loadQuietPeriods(db), key, strip), byKey(prepared.records, key, strip));
    }
    case 'positive-list': {
      const listed = (await loadEnterprises(db)).filter((e) => e.positiveList);
      return compare(
        byKey(
          listed,
          (e) => e.uscc,
          (e) => ({ from: e.positiveListFrom, to: e.positiveListTo }),
        ),
        byKey(
          prepared.records,
          (e) => e.uscc,
          (e) => ({ from: e.from, to: e.to }),
        ),
      );
    }
    case 'org':
      throw new Error('organisation imports are not counted');
  }
}
