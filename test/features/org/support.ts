import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliContext } from '../../../src/cli/cli-context.js';
import type { Directory } from '../../../src/domain/org.js';
import type { OrgMap } from '../../../src/domain/org-sync/index.js';
import type { FakeTenant } from '../../support/fake-lark-contacts.js';
import type { Bot } from '../../support/harness.js';

export const seedOrg = (): Directory => JSON.parse(readFileSync('db/seed/org.json', 'utf8')) as Directory;

/** The demo organisation as Lark's contacts would hold it: a leaders' department and one per unit. */
export function seedTenant(): FakeTenant {
  const org = seedOrg();
  const openId = (id: string) => org.people.find((p) => p.id === id)!.openId;
  const departments = [
    { id: 'od-bureau', name: org.bureau, parentId: '0', leaderOpenId: openId(org.director) },
    { id: 'od-leaders', name: '局领导', parentId: 'od-bureau' },
    ...org.units.map((u) => ({
      id: `od-${u.id}`,
      name: u.name,
      parentId: 'od-bureau',
      leaderOpenId: openId(u.head),
    })),
  ];
  const inUnit = (id: string) =>
    org.units.filter((u) => u.head === id || u.members.includes(id)).map((u) => `od-${u.id}`);
  const users = org.people.map((p, i) => ({
    openId: p.openId,
    name: p.name,
    title: p.title,
    mobile: `1380000${String(i).padStart(4, '0')}`,
    departmentIds: inUnit(p.id).length ? inUnit(p.id) : ['od-leaders'],
  }));
  return { departments, users };
}

/** The map for the demo organisation: each unit by its department's name, supervisors by open_id. */
export function seedMap(): OrgMap {
  const org = seedOrg();
  const openId = (id: string) => org.people.find((p) => p.id === id)!.openId;
  return {
    bureau: org.bureau,
    director: { mobile: '13800000000' },
    units: org.units.map((u) => ({
      id: u.id,
      department: u.name,
      kind: u.kind,
      level: u.level,
      ...(u.county ? { county: u.county } : {}),
      ...(u.supervisor ? { supervisor: { openId: openId(u.supervisor) } } : {}),
    })),
    admins: [{ openId: openId('legal-head') }],
  };
}

export function writeMap(map: OrgMap): string {
  const file = join(mkdtempSync(join(tmpdir(), 'zhifa-map-')), 'org-map.json');
  writeFileSync(file, JSON.stringify(map));
  return file;
}

/** A CLI context on the bot's own store and configuration, its output kept. */
export function cliOn(bot: Bot): CliContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    config: bot.config,
    store: bot.store,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    stdout,
    stderr,
  };
}

/** Moves a unit's leadership in the tenant to another of its people. */
export function newLeader(tenant: FakeTenant, unitId: string, openId: string): void {
  tenant.departments.find((d) => d.id === `od-${unitId}`)!.leaderOpenId = openId;
}
