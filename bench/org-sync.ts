/**
 * `org sync` of a tenant with 150 departments and 2,000 people against the fake Lark, which refuses
 * more than 50 contact calls a second as the platform does. Times a first sync applied into an empty
 * database, then a preview after one department's leader changed. Run with `npx tsx bench/org-sync.ts`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import type { OrgMap } from '../src/domain/org-sync/index.js';
import { syncOrg } from '../src/features/org/index.js';
import { createLogger } from '../src/log.js';
import { openStore } from '../src/store/db.js';
import { startFakeLark } from '../test/support/fake-lark.js';
import type { FakeDepartment, FakeTenant, FakeUser } from '../test/support/fake-lark-contacts.js';
import { machine } from './support/machine.js';

const DEPARTMENTS = 150;
const PEOPLE = 2000;
const SECTIONS = 20;
const BRANCHES = 13;

/** A bureau department, 20 sections, 13 branches, and squads under the branches up to 150 in all. */
function tenant(): { tenant: FakeTenant; map: OrgMap } {
  const departments: FakeDepartment[] = [{ id: 'od-bureau', name: '长治市生态环境局', parentId: '0' }];
  const units: OrgMap['units'] = [];
  for (let i = 0; i < SECTIONS; i++) {
    departments.push({ id: `od-s${i}`, name: `科室${i}`, parentId: 'od-bureau' });
    units.push({
      id: `s${i}`,
      department: `科室${i}`,
      kind: 'section',
      level: 'city',
      supervisor: { name: '副局长0' },
    });
  }
  for (let i = 0; i < BRANCHES; i++) {
    departments.push({ id: `od-b${i}`, name: `分局${i}`, parentId: 'od-bureau' });
    units.push({
      id: `b${i}`,
      department: `长治市生态环境局/分局${i}`,
      kind: 'branch',
      level: 'county',
      county: `县区${i}`,
    });
  }
  for (let i = 0; departments.length < DEPARTMENTS; i++)
    departments.push({ id: `od-q${i}`, name: `中队${i}`, parentId: `od-b${i % BRANCHES}` });
  const users: FakeUser[] = Array.from({ length: PEOPLE }, (_, i) => ({
    openId: `ou_bench${String(i).padStart(5, '0')}`,
    name: i < 4 ? `副局长${i}` : `人员${i}`,
    mobile: `139${String(i).padStart(8, '0')}`,
    departmentIds: [departments[i % DEPARTMENTS]!.id],
  }));
  for (const d of departments) d.leaderOpenId = users.find((u) => u.departmentIds.includes(d.id))?.openId;
  const map: OrgMap = {
    bureau: '长治市生态环境局',
    director: { mobile: '13900000000' },
    units,
    admins: [{ mobile: '13900000001' }],
  };
  return { tenant: { departments, users }, map };
}

async function main() {
  console.log(machine());
  const fake = await startFakeLark({ appId: 'cli_bench', appSecret: 'bench-secret' });
  const { tenant: t, map } = tenant();
  fake.contacts.setTenant(t);
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-orgsync-'));
  const mapFile = join(dir, 'org-map.json');
  writeFileSync(mapFile, JSON.stringify(map));
  const databaseUrl = `file:${join(dir, 'bot.db')}`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LARK_APP_ID: fake.appId,
    LARK_APP_SECRET: fake.appSecret,
    LARK_ENCRYPT_KEY: 'bench',
    LARK_DOMAIN: fake.url,
  });
  const store = await openStore(databaseUrl);
  const log = createLogger('silent');
  const run = async (label: string, apply: boolean) => {
    fake.reset();
    const started = performance.now();
    const plan = await syncOrg(store, config, log, { mapFile, apply, actor: 'bench' });
    const seconds = (performance.now() - started) / 1000;
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems.slice(0, 3)));
    const calls = fake.requests.filter((r) => r.path.startsWith('/open-apis/contact/')).length;
    console.log(
      `${label}: ${seconds.toFixed(2)} s, ${calls} contact calls (${(calls / seconds).toFixed(1)}/s), ` +
        `${fake.contacts.limited} refused for the rate limit; ${plan.after.people.length} people, ` +
        `${plan.after.units.length} units, ${plan.changes.added.length} added, ${plan.changes.heads.length} heads changed`,
    );
  };
  await run(`first sync, applied (${DEPARTMENTS} departments, ${PEOPLE} people)`, true);
  t.departments.find((d) => d.id === 'od-s3')!.leaderOpenId = t.users.find(
    (u) =>
      u.departmentIds.includes('od-s3') &&
      u.openId !== t.departments.find((d) => d.id === 'od-s3')!.leaderOpenId,
  )!.openId;
  await run('preview after one leader changed', false);
  store.close();
  await fake.close();
}

await main();
