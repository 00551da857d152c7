import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/directory/directory-repo.js';
import { ImportError, importFile } from '../../src/directory/import-files.js';
import { identify } from '../../src/directory/who.js';
import { verifyAuditChain } from '../../src/store/audit-repo.js';
import { startBot, type Bot } from '../support/harness.js';

let bot: Bot;
const dir = mkdtempSync(join(tmpdir(), 'zhifa-org-'));
const demo = JSON.parse(readFileSync('db/seed/org.json', 'utf8')) as {
  people: { id: string; openId: string; name: string }[];
  units: { id: string; head: string; members: string[] }[];
};

function writeOrg(name: string, org: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(org));
  return file;
}

beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

describe('org import', () => {
  it('tells every person their unit and level', async () => {
    const d = (await loadDirectory(bot.store.db))!;
    expect(identify(d, 'ou_demo_lucheng_officer')).toMatchObject({
      level: 'county',
      units: [{ id: 'lucheng' }],
    });
    expect(identify(d, 'ou_demo_air_head')).toMatchObject({ level: 'city', units: [{ id: 'air' }] });
    expect(identify(d, 'ou_demo_director')?.isDirector).toBe(true);
  });

  it.each([
    [
      'an unknown person id',
      { ...demo, units: demo.units.map((u, i) => (i === 0 ? { ...u, head: 'ghost' } : u)) },
      'ghost',
    ],
    [
      'a duplicate openId',
      {
        ...demo,
        people: [...demo.people, { id: 'twin', name: '重复', title: '', openId: demo.people[0]!.openId }],
      },
      demo.people[0]!.openId,
    ],
    ['a missing field', { ...demo, director: undefined }, 'director'],
  ])('rejects %s, names it, and leaves the old directory intact', async (_what, org, named) => {
    const before = await loadDirectory(bot.store.db);
    const err = await importFile(bot.store, 'org', writeOrg('bad.json', org), 'test').catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toContain(named);
    expect(await loadDirectory(bot.store.db)).toEqual(before);
  });

  it('rejects a file that is not JSON', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ people: ');
    await expect(importFile(bot.store, 'org', file, 'test')).rejects.toThrow('不是有效的 JSON');
  });

  it('replaces the directory atomically and audits it', async () => {
    const smaller = { ...demo, people: demo.people.filter((p) => p.id !== 'water-officer') };
    const org = {
      ...smaller,
      units: demo.units.map((u) => ({
        ...u,
        members: u.members.filter((m) => m !== 'water-officer'),
      })),
    };
    await importFile(bot.store, 'org', writeOrg('ok.json', org), 'test');
    const d = (await loadDirectory(bot.store.db))!;
    expect(identify(d, 'ou_demo_water_officer')).toBeUndefined();
    expect(await verifyAuditChain(bot.store.db)).toMatchObject({ ok: true });
  });
});
