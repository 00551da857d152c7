// A million inspections for bench/inspections-scale.ts, written by SQLite itself (recursive CTEs over
// two small lookup tables): a JS loop of inserts would take minutes, this takes seconds.
import type { Directory, Enterprise } from '../../src/domain/org.js';
import type { Store } from '../../src/store/db.js';
import { rebuildVisitCounts } from '../../src/store/visit-counts.js';

/** Enterprises per plan: a 双随机 plan covers many. */
const PER_PLAN = 20;
const FIRST_YEAR = 2017;
const YEARS = 10;

/**
 * `total` inspections in plans of PER_PLAN over ten years to 2026. Of every thousand visits: 10
 * cancelled, 15 planned and 15 done long past their deadlines (late results and feedback), the rest
 * fed back; 70 % on site; one plan in fifty found inside a quiet period; one 2026 plan in 500 pending.
 * The visits' counts are then kept as the migration that added them back-fills them.
 */
export async function loadInspections(
  store: Store,
  directory: Directory,
  registry: Enterprise[],
  total: number,
): Promise<void> {
  const c = store.client;
  await c.execute('CREATE TEMP TABLE bench_e (k INTEGER PRIMARY KEY, uscc TEXT, name TEXT)');
  await c.execute('CREATE TEMP TABLE bench_u (k INTEGER PRIMARY KEY, id TEXT, name TEXT, head TEXT)');
  for (let i = 0; i < registry.length; i += 500) {
    const part = registry.slice(i, i + 500);
    await c.execute({
      sql: `INSERT INTO bench_e VALUES ${part.map(() => '(?, ?, ?)').join(',')}`,
      args: part.flatMap((e, j) => [i + j, e.uscc, e.name]),
    });
  }
  const units = directory.units;
  await c.execute({
    sql: `INSERT INTO bench_u VALUES ${units.map(() => '(?, ?, ?, ?)').join(',')}`,
    args: units.flatMap((u, k) => {
      const head = directory.people.find((p) => p.id === u.head);
      return [k, u.id, u.name, head?.openId ?? ''];
    }),
  });
  // The 2026 plans left pending have no visits yet: add as many plans again.
  const plans = Math.ceil(total / PER_PLAN) + Math.ceil(total / PER_PLAN / 500) + 1;
  const quiet = `'[{"severity":"warn","code":"QUIET_PERIOD_ON_SITE","message":"安静期","clause":"10","enterprise":"x"}]'`;
  await c.execute(`
    INSERT INTO approval_requests (id, kind, year, seq, status, applicant_open_id, applicant_person_id, applicant_name,
      unit_id, unit_name, enterprises, from_date, to_date, form, findings, exemptions, current_step, applicant_card_ref,
      source, created_at, updated_at, closed_at)
    WITH RECURSIVE n(r) AS (SELECT 0 UNION ALL SELECT r + 1 FROM n WHERE r < ${plans - 1}),
    p AS (SELECT r, ${FIRST_YEAR} + r % ${YEARS} AS year, r / ${YEARS} + 1 AS seq,
      date(printf('%d-01-01', ${FIRST_YEAR} + r % ${YEARS}), '+' || ((r * 37) % 330) || ' days') AS d,
      (r % 500 = 9 AND ${FIRST_YEAR} + r % ${YEARS} = 2026) AS pending, r % ${units.length} AS u FROM n)
    SELECT printf('JC-%d-%06d', year, seq), 'plan', year, seq, CASE WHEN pending THEN 'pending' ELSE 'approved' END,
      'ou_bench', 'bench', '测试人员', bench_u.id, bench_u.name, '[]', d, date(d, '+2 days'),
      json_object('kind', 'plan', 'type', 'random', 'basis', '双随机', 'from', d, 'to', date(d, '+2 days'),
        'enterprises', json('[]'), 'inspectors', json('[]'), 'content', '排放情况', 'methods', json('["on-site"]'),
        'quietExemption', 'other', 'quietExemptionNote', '上级交办'),
      CASE WHEN r % 50 = 0 THEN ${quiet} ELSE '[]' END, '[]', CASE WHEN pending THEN 0 END,
      'approval:' || r, 'api', d || 'T01:00:00.000Z', d || 'T01:00:00.000Z', CASE WHEN pending THEN NULL ELSE d || 'T02:00:00.000Z' END
    FROM p JOIN bench_u ON bench_u.k = p.u`);
  await c.execute(`
    INSERT INTO approval_steps (request_id, idx, role, role_label, person_id, open_id, name, why, clause, status, activated_at)
    SELECT r.id, 0, 'unit-head', '承办机构负责人', 'bench', 'ou_bench', '测试负责人', '审核', '5', 'pending', r.created_at
    FROM approval_requests r WHERE r.status = 'pending'`);
  await c.execute(`
    INSERT INTO inspections (request_id, code, uscc, enterprise_name, date, last_date, year, unit_id, type, on_site,
      status, result_date, outcome)
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${plans * PER_PLAN - 1}),
    v AS (SELECT i, r.id AS request_id, r.year, r.from_date, r.to_date, r.unit_id, (i * 2654435761) % 1000 AS h,
        ((i * 2246822519) % 4294967291) % ${registry.length} AS e
      FROM n JOIN approval_requests r ON r.id = printf('JC-%d-%06d', ${FIRST_YEAR} + (i / ${PER_PLAN}) % ${YEARS},
        (i / ${PER_PLAN}) / ${YEARS} + 1)
      WHERE r.status = 'approved' LIMIT ${total})
    SELECT request_id, request_id || '-' || (i % ${PER_PLAN} + 1), bench_e.uscc, bench_e.name, from_date, to_date, year,
      unit_id, 'random', h % 10 < 7,
      CASE WHEN h < 10 THEN 'cancelled' WHEN h < 25 THEN 'planned' WHEN h < 40 THEN 'done' ELSE 'fed-back' END,
      CASE WHEN h >= 25 THEN to_date END,
      CASE WHEN h < 25 THEN NULL WHEN h % 7 = 0 THEN 'issue-found' ELSE 'no-issue' END
    FROM v JOIN bench_e ON bench_e.k = v.e`);
  await c.execute('DROP TABLE bench_e');
  await c.execute('DROP TABLE bench_u');
  await rebuildVisitCounts(store.db);
}
