import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { orgSyncCommand } from '../../../src/cli/commands/org-command.js';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, type Bot } from '../../support/harness.js';
import { planBody, submitPlan, TODAY_10AM } from '../approvals/support.js';
import { cliOn, newLeader, seedMap, seedOrg, seedTenant, writeMap } from './support.js';

let fake: FakeLark;
let bot: Bot | undefined;
beforeAll(async () => {
  fake = await startFakeLark({ appId: 'cli_test_app', appSecret: 'test-app-secret-value' });
});
beforeEach(async () => {
  await bot?.close();
  fake.reset();
  fake.contacts.setTenant(seedTenant());
  bot = await startBot({ fakeLark: fake, now: () => TODAY_10AM });
});
afterAll(async () => {
  await bot?.close();
  await fake.close();
});

async function sync(args: string[]) {
  const ctx = cliOn(bot!);
  const code = await orgSyncCommand(args, ctx);
  return { code, out: ctx.stdout.join('\n'), err: ctx.stderr.join('\n') };
}

describe('org sync', () => {
  it('finds the demo organisation unchanged, administrators included, through the SDK with paging', async () => {
    const r = await sync(['--map', writeMap(seedMap())]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `通讯录共 ${seedOrg().people.length} 人，映射 ${seedOrg().units.length} 个单位。`,
    );
    expect(r.out).toContain('与现有名录一致，无需更改。');
    const children = fake.requests.filter((q) => q.path.endsWith('/children'));
    expect(children[0]?.query).toMatchObject({
      fetch_child: 'true',
      page_size: '50',
      department_id_type: 'open_department_id',
    });
    expect(fake.requests.filter((q) => q.path.endsWith('/find_by_department')).length).toBe(
      seedTenant().departments.length + 1,
    );
    expect(fake.requests.some((q) => q.path.endsWith('/batch_get_id'))).toBe(true);
    expect((await loadDirectory(bot!.store.db))?.admins).toEqual(['legal-head']);
  });

  it('previews a new head and the pending step it touches, then applies it with --apply', async () => {
    const b = bot!;
    const { json } = await submitPlan(b, planBody());
    const tenant = seedTenant();
    newLeader(tenant, 'air', 'ou_demo_air_officer');
    tenant.users = tenant.users.filter((u) => u.openId !== 'ou_demo_vehicle_officer');
    fake.contacts.setTenant(tenant);
    const map = writeMap(seedMap());
    const preview = await sync(['--map', map]);
    expect(preview.out).toContain('- 移除人员 1 人：机动车排气污染防治检测中心工作人员（示例）');
    expect(preview.out).toContain(
      '- 大气环境科负责人：大气环境科负责人（示例） → 大气环境科工作人员（示例）',
    );
    expect(preview.out).toContain(
      `- ${String(json.id)} 第 1 步（承办机构负责人，待审批，现审批人 大气环境科负责人（示例））：承办机构负责人将由大气环境科工作人员（示例）担任`,
    );
    expect((await loadDirectory(b.store.db))?.units.find((u) => u.id === 'air')?.head).toBe('air-head');

    const applied = await sync(['--map', map, '--apply']);
    expect(applied.out).toContain('已应用上述变更。');
    const dir = (await loadDirectory(b.store.db))!;
    expect(dir.units.find((u) => u.id === 'air')).toMatchObject({
      head: 'air-officer',
      members: ['air-head'],
    });
    expect(dir.people.some((p) => p.id === 'vehicle-officer')).toBe(false);
    expect(dir.admins).toEqual(['legal-head']);
    const audit = await auditFor(b.store.db, 'directory', dir.bureau);
    expect(audit.at(-1)).toMatchObject({ action: 'directory.synced', actor: 'cli' });
    expect((await sync(['--map', map])).out).toContain('与现有名录一致，无需更改。');
  });

  it('lists what it cannot resolve with the map entry, and applies nothing', async () => {
    const tenant = seedTenant();
    tenant.users.find((u) => u.openId === 'ou_demo_air_officer')!.name = '大气环境科负责人（示例）';
    tenant.departments.find((d) => d.id === 'od-soil')!.leaderOpenId = undefined;
    fake.contacts.setTenant(tenant);
    const map = seedMap();
    map.units[0]!.department = '自然科';
    map.units[1]!.head = { name: '大气环境科负责人（示例）' };
    const r = await sync(['--map', writeMap(map), '--apply']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([
      '以下映射条目无法解析，未作任何更改：',
      '- units[0]（nature）.department 自然科：通讯录中没有部门「自然科」（或不在应用的通讯录权限范围内）',
      '- units[1]（water）.head {"name":"大气环境科负责人（示例）"}：通讯录中有 2 人名为「大气环境科负责人（示例）」，请改用手机号或邮箱',
      '- units[3]（soil）.department 土壤生态环境科：部门「土壤生态环境科」未设负责人，请在 head 中指定',
    ]);
    expect((await loadDirectory(bot!.store.db))?.units.find((u) => u.id === 'air')?.head).toBe('air-head');
  });

  it('prints the plan as JSON with --json', async () => {
    const tenant = seedTenant();
    newLeader(tenant, 'water', 'ou_demo_water_officer');
    fake.contacts.setTenant(tenant);
    const r = await sync(['--map', writeMap(seedMap()), '--json']);
    const plan = JSON.parse(r.out) as Record<string, unknown>;
    expect(plan).toMatchObject({
      ok: true,
      applied: false,
      changes: {
        heads: [{ unitId: 'water', from: 'water-head', to: 'water-officer' }],
        added: [],
        removed: [],
      },
      pendingSteps: [],
    });
  });

  it('reads the map from ORG_MAP_FILE, and explains a missing map or a Lark failure', async () => {
    const b = bot!;
    const noMap = await sync([]);
    expect([noMap.code, noMap.err]).toEqual([1, '请用 --map FILE 或 ORG_MAP_FILE 指定映射文件。']);
    b.config.files.orgMap = writeMap(seedMap());
    expect((await sync([])).code).toBe(0);
    fake.failNext(1, {
      status: 403,
      code: 40004,
      msg: 'no dept authority error',
      pathPrefix: '/open-apis/contact/',
    });
    const failed = await sync([]);
    expect([failed.code, failed.err]).toEqual([
      1,
      expect.stringContaining('读取飞书通讯录失败，未作任何更改：读取部门：HTTP 403，错误 40004'),
    ]);
    expect((await sync(['--map'])).code).toBe(2);
  });
});
