import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { directoryMeta, enterprises, people, quietPeriods, units } from '../../db/schema/index.js';
import type { Directory, Enterprise, Person, QuietPeriod, Unit } from '../domain/org.js';
import { appendAudit } from '../store/audit-repo.js';
import type { Database, Store, Tx } from '../store/db.js';
import { prepared } from '../store/prepared.js';

/** The directory_meta key whose value changes with every import, so readers know their copy is current. */
const REVISION = 'revision';
/** The administrators' person ids, as a JSON array (no table of their own: a handful of ids). */
const ADMINS = 'admins';
const current = new WeakMap<Database, { revision: string; directory: Directory }>();

const revisionOf = prepared((db) =>
  db
    .select({ value: directoryMeta.value })
    .from(directoryMeta)
    .where(eq(directoryMeta.key, REVISION))
    .prepare(),
);

/**
 * The organisation, as of the last import. Every message, click and API call needs it and it changes
 * only by import, so each process keeps the last one it read and checks one row to see whether it
 * still holds; other instances sharing the database see an import through that row too. The copy is
 * frozen: nobody may change the directory except by importing a new one.
 */
export async function loadDirectory(db: Database): Promise<Directory | undefined> {
  const [row] = await revisionOf(db).all();
  const kept = current.get(db);
  if (row && kept?.revision === row.value) return kept.directory;
  const directory = await readDirectory(db);
  if (row && directory) current.set(db, { revision: row.value, directory: deepFreeze(directory) });
  return directory;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

async function readDirectory(db: Database): Promise<Directory | undefined> {
  const [meta, ps, us] = await Promise.all([
    db.select().from(directoryMeta),
    db.select().from(people),
    db.select().from(units),
  ]);
  const bureau = meta.find((m) => m.key === 'bureau')?.value;
  const director = meta.find((m) => m.key === 'director')?.value;
  const admins = meta.find((m) => m.key === ADMINS)?.value;
  if (!bureau || !director) return undefined;
  return {
    bureau,
    director,
    ...(admins ? { admins: JSON.parse(admins) as string[] } : {}),
    people: ps,
    units: us.map((u): Unit => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      level: u.level,
      head: u.head,
      members: u.members,
      ...(u.supervisor ? { supervisor: u.supervisor } : {}),
      ...(u.county ? { county: u.county } : {}),
      ...(u.officers ? { officers: u.officers } : {}),
    })),
  };
}

export async function replaceDirectory(store: Store, dir: Directory, actor: string): Promise<void> {
  await store.write((tx) => writeDirectory(tx, dir, actor));
}

/** Replaces the whole directory inside the caller's transaction; `action` names it in the audit. */
export async function writeDirectory(
  tx: Tx,
  dir: Directory,
  actor: string,
  action = 'directory.imported',
  detail: Record<string, unknown> = {},
): Promise<void> {
  await tx.delete(people);
  await tx.delete(units);
  await tx.delete(directoryMeta);
  await tx.insert(people).values(dir.people);
  await tx
    .insert(units)
    .values(dir.units.map((u) => ({ ...u, supervisor: u.supervisor ?? null, county: u.county ?? null })));
  await tx
    .insert(directoryMeta)
    .values([
      { key: 'bureau', value: dir.bureau },
      { key: 'director', value: dir.director },
      ...(dir.admins?.length ? [{ key: ADMINS, value: JSON.stringify(dir.admins) }] : []),
      { key: REVISION, value: randomUUID() },
    ]);
  await appendAudit(tx, {
    actor,
    action,
    entity: 'directory',
    entityId: dir.bureau,
    detail: { people: dir.people.length, units: dir.units.length, ...detail },
  });
}

export async function loadEnterprises(db: Database): Promise<Enterprise[]> {
  const rows = await db.select().from(enterprises);
  return rows.map(toEnterprise);
}

type PackedEnterprise = [
  string,
  string,
  string | null,
  string,
  string,
  number,
  number,
  string | null,
  string | null,
  number,
  number,
  string[] | null,
];

/**
 * Enterprises on the positive list (第9条), whatever their validity dates. The statistics read
 * thousands: they come back as one JSON array, since the driver's per-row cost is most of the read.
 */
export async function loadPositiveListed(db: Database): Promise<Enterprise[]> {
  const e = enterprises;
  const [packed] = await db.all<{ rows: string }>(sql`SELECT json_group_array(json_array(${e.uscc}, ${e.name},
      ${e.shortName}, ${e.county}, ${e.industry}, ${e.keyPolluter}, ${e.positiveList}, ${e.positiveListFrom},
      ${e.positiveListTo}, ${e.majorProblem}, ${e.key}, json(${e.categories}))) AS rows
    FROM ${e} WHERE ${e.positiveList} = 1`);
  return (JSON.parse(packed?.rows ?? '[]') as PackedEnterprise[]).map(
    ([
      uscc,
      name,
      shortName,
      county,
      industry,
      keyPolluter,
      positiveList,
      from,
      to,
      majorProblem,
      key,
      categories,
    ]) =>
      toEnterprise({
        uscc,
        name,
        shortName,
        county,
        industry,
        keyPolluter: keyPolluter === 1,
        positiveList: positiveList === 1,
        positiveListFrom: from,
        positiveListTo: to,
        majorProblem: majorProblem === 1,
        key: key === 1,
        categories,
      }),
  );
}

/**
 * Every rules check reads the registry, so the query is built once: building it costs more than
 * running it (bench/rules-scale.ts). The list of codes goes in as one JSON parameter, so the statement
 * is the same for any number of them.
 */
const enterprisesByCode = prepared((db) =>
  db
    .select()
    .from(enterprises)
    .where(sql`${enterprises.uscc} IN (SELECT value FROM json_each(${sql.placeholder('codes')}))`)
    .prepare(),
);

const allQuietPeriods = prepared((db) => db.select().from(quietPeriods).prepare());

export async function findEnterprises(db: Database, usccs: string[]): Promise<Enterprise[]> {
  if (usccs.length === 0) return [];
  const rows = await enterprisesByCode(db).all({ codes: JSON.stringify(usccs) });
  return rows.map(toEnterprise);
}

export async function findEnterpriseByNameOrCode(db: Database, key: string): Promise<Enterprise | undefined> {
  const [row] = await db.query.enterprises.findMany({
    where: (e, { or, eq: same }) =>
      or(same(e.uscc, key.toUpperCase()), same(e.name, key), same(e.shortName, key)),
    limit: 1,
  });
  return row ? toEnterprise(row) : undefined;
}

function toEnterprise(r: typeof enterprises.$inferSelect): Enterprise {
  return {
    name: r.name,
    uscc: r.uscc,
    county: r.county,
    industry: r.industry,
    keyPolluter: r.keyPolluter,
    positiveList: r.positiveList,
    majorProblem: r.majorProblem,
    ...(r.key ? { key: true } : {}),
    ...(r.shortName ? { shortName: r.shortName } : {}),
    ...(r.positiveListFrom ? { positiveListFrom: r.positiveListFrom } : {}),
    ...(r.positiveListTo ? { positiveListTo: r.positiveListTo } : {}),
    ...(r.categories?.length ? { categories: r.categories } : {}),
  };
}

export async function replaceEnterprises(store: Store, list: Enterprise[], actor: string): Promise<void> {
  await store.write((tx) => writeEnterprises(tx, list, actor));
}

/** The registry replaced inside the caller's transaction, with its audit row. */
export async function writeEnterprises(tx: Tx, list: Enterprise[], actor: string): Promise<void> {
  await tx.delete(enterprises);
  // 100 rows a statement: larger statements cost more memory than time (bench/sheets.ts).
  for (let i = 0; i < list.length; i += 100) await tx.insert(enterprises).values(list.slice(i, i + 100));
  await appendAudit(tx, {
    actor,
    action: 'enterprises.imported',
    entity: 'enterprises',
    entityId: 'registry',
    detail: { count: list.length },
  });
}

export async function loadQuietPeriods(db: Database): Promise<QuietPeriod[]> {
  const rows = await allQuietPeriods(db).all();
  return rows.map(quietPeriodOf);
}

/** A quiet-period row as the calendar's period; a row without the file's id is known by its own. */
export function quietPeriodOf(r: typeof quietPeriods.$inferSelect): QuietPeriod {
  return {
    id: r.ref ?? `QP-${r.id}`,
    jurisdiction: r.jurisdiction,
    scope: r.scope,
    basis: r.basis,
    ...(r.from ? { from: r.from } : {}),
    ...(r.to ? { to: r.to } : {}),
    ...(r.enterprises ? { enterprises: r.enterprises } : {}),
    ...(r.monthly ? { monthly: r.monthly } : {}),
    ...(r.weekly ? { weekly: r.weekly } : {}),
    ...(r.ranges ? { ranges: r.ranges } : {}),
    ...(r.categories ? { categories: r.categories } : {}),
    ...(r.exemptions ? { exemptions: r.exemptions } : {}),
  };
}

/** A quiet period as its table row: the file's `id` is the row's `ref`. */
export function quietPeriodRow({ id, ...q }: QuietPeriod) {
  return {
    ...q,
    ref: id ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    enterprises: q.enterprises ?? null,
  };
}

export async function replaceQuietPeriods(store: Store, list: QuietPeriod[], actor: string): Promise<void> {
  await store.write((tx) => writeQuietPeriods(tx, list, actor));
}

/** The quiet-period calendar replaced inside the caller's transaction, with its audit row. */
export async function writeQuietPeriods(tx: Tx, list: QuietPeriod[], actor: string): Promise<void> {
  await tx.delete(quietPeriods);
  if (list.length) await tx.insert(quietPeriods).values(list.map(quietPeriodRow));
  await appendAudit(tx, {
    actor,
    action: 'quiet-periods.imported',
    entity: 'quiet-periods',
    entityId: 'calendar',
    detail: { count: list.length },
  });
}

export async function personByOpenId(db: Database, openId: string): Promise<Person | undefined> {
  const [p] = await db.select().from(people).where(eq(people.openId, openId)).limit(1);
  return p;
}
