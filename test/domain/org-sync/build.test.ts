import { describe, expect, it } from 'vitest';
import {
  buildDirectory,
  describeProblems,
  resolveDepartment,
  resolveSelector,
  type DepartmentRef,
  type OrgMap,
  type Selector,
} from '../../../src/domain/org-sync/index.js';
import { map, tenant } from './fixtures.js';

describe('resolving map entries against the tenant', () => {
  const departments: [DepartmentRef, string | RegExp][] = [
    ['法规与标准科', 'od-law'],
    ['长治市生态环境局/法规与标准科', 'od-law'],
    ['潞城分局/大气环境科', 'od-other'],
    [{ id: 'od-lc' }, 'od-lc'],
    [
      '大气环境科',
      /有 2 个部门名为「大气环境科」：长治市生态环境局\/大气环境科、长治市生态环境局\/潞城分局\/大气环境科/,
    ],
    ['执法科', /没有部门「执法科」/],
    ['别的局/法规与标准科', /没有部门/],
    [{ id: 'od-none' }, /没有部门 od-none/],
  ];
  it.each(departments)('department %j', (ref, expected) => {
    const r = resolveDepartment(tenant(), ref);
    if (typeof expected === 'string') expect(r).toMatchObject({ ok: true, value: { id: expected } });
    else expect(r.ok ? r.value.id : r.message).toMatch(expected);
  });

  const people: [Selector, string | RegExp][] = [
    [{ mobile: '13800000001' }, 'ou_dir'],
    [{ email: 'zhao@example.cn' }, 'ou_dep'],
    [{ name: '刘强' }, 'ou_air2'],
    [{ openId: 'ou_mon' }, 'ou_mon'],
    [{ name: '王芳' }, /有 2 人名为「王芳」/],
    [{ name: '钱七' }, /没有名为「钱七」/],
    [{ mobile: '13700000000' }, /没有手机号为 13700000000/],
    [{ mobile: '13900000000' }, /手机号为 13900000000 的人员不在应用的通讯录权限范围内/],
    [{ openId: 'ou_x' }, /ou_x 不在应用的通讯录权限范围内/],
  ];
  it.each(people)('person %j', (sel, expected) => {
    const r = resolveSelector(tenant(), sel);
    if (typeof expected === 'string') expect(r).toMatchObject({ ok: true, value: { openId: expected } });
    else expect(r.ok ? r.value.openId : r.message).toMatch(expected);
  });
});

describe('building the directory', () => {
  it('takes heads from department leaders and members from the department and its unclaimed children', () => {
    const r = buildDirectory(tenant(), map());
    if (!r.ok) throw new Error(describeProblems(r.problems).join('\n'));
    const d = r.directory;
    expect(d).toMatchObject({ bureau: '长治市生态环境局', director: 'ou_dir', admins: ['ou_lawhead'] });
    expect(d.people).toHaveLength(10);
    expect(d.units).toEqual([
      {
        id: 'u-air',
        name: '大气环境科',
        kind: 'section',
        level: 'city',
        head: 'ou_airhead',
        supervisor: 'ou_dep',
        members: ['ou_air1', 'ou_air2'],
      },
      {
        id: 'u-law',
        name: '法规与标准科',
        kind: 'section',
        level: 'city',
        head: 'ou_lawhead',
        supervisor: 'ou_dep',
        members: [],
      },
      {
        id: 'u-lc',
        name: '潞城分局',
        kind: 'branch',
        level: 'county',
        county: '潞城区',
        head: 'ou_lchead',
        members: ['ou_lc1', 'ou_lc2'],
      },
    ]);
  });

  it('stops at a child department another unit claims', () => {
    const m = map();
    m.units.push({
      id: 'u-lc-air',
      department: { id: 'od-other' },
      kind: 'branch',
      level: 'county',
      county: '潞城区',
      head: { name: '吴工' },
    });
    const r = buildDirectory(tenant(), m);
    expect(r.ok && r.directory.units.find((u) => u.id === 'u-lc-air')).toMatchObject({
      head: 'ou_mon',
      members: [],
    });
  });

  it('keeps the ids and officers of the current directory', () => {
    const first = buildDirectory(tenant(), map());
    if (!first.ok) throw new Error('first build failed');
    const current = {
      ...first.directory,
      people: first.directory.people.map((p) => (p.openId === 'ou_air1' ? { ...p, id: 'p-wang' } : p)),
      units: first.directory.units.map((u) =>
        u.id === 'u-air' ? { ...u, officers: ['p-wang', 'p-left'] } : u,
      ),
    };
    const r = buildDirectory(tenant(), map(), current);
    expect(r.ok && r.directory.units[0]).toMatchObject({
      members: ['p-wang', 'ou_air2'],
      officers: ['p-wang'],
    });
  });

  it('a head named in the map overrides the leader', () => {
    const m = map();
    m.units[0]!.head = { name: '刘强' };
    const r = buildDirectory(tenant(), m);
    expect(r.ok && r.directory.units[0]).toMatchObject({
      head: 'ou_air2',
      members: ['ou_airhead', 'ou_air1'],
    });
  });

  const broken: [string, (m: OrgMap) => void, string[]][] = [
    [
      'a shared name',
      (m) => (m.units[1]!.head = { name: '王芳' }),
      ['units[1]（u-law）.head {"name":"王芳"}：通讯录中有 2 人名为「王芳」，请改用手机号或邮箱'],
    ],
    [
      'no such department',
      (m) => (m.units[0]!.department = '执法科'),
      ['units[0]（u-air）.department 执法科：通讯录中没有部门「执法科」（或不在应用的通讯录权限范围内）'],
    ],
    [
      'a leader missing',
      (m) =>
        m.units.push({
          id: 'u-mon',
          department: '监测科',
          kind: 'section',
          level: 'city',
          supervisor: { name: '赵副局长' },
        }),
      ['units[3]（u-mon）.department 监测科：部门「监测科」未设负责人，请在 head 中指定'],
    ],
    [
      'an unknown director',
      (m) => (m.director = { mobile: '13700000000' }),
      ['director {"mobile":"13700000000"}：通讯录中没有手机号为 13700000000 的人员'],
    ],
    [
      'a city section without a supervisor',
      (m) => delete m.units[1]!.supervisor,
      ['units[1]（u-law）.supervisor u-law：市级科室须指定 supervisor（分管局长）'],
    ],
    [
      'a branch without a county',
      (m) => delete m.units[2]!.county,
      ['units[2]（u-lc）.county u-lc：分局须指定 county'],
    ],
    [
      'one department twice',
      (m) =>
        m.units.push({
          id: 'u-lc2',
          department: '潞城分局',
          kind: 'branch',
          level: 'county',
          county: '潞城区',
        }),
      ['units[3]（u-lc2）.department 潞城分局：与 units[2] 指向同一部门'],
    ],
    [
      'an unknown admin',
      (m) => (m.admins = [{ name: '钱七' }]),
      ['admins[0] {"name":"钱七"}：通讯录中没有名为「钱七」的人员'],
    ],
  ];
  it.each(broken)('lists %s with its map entry and builds nothing', (_, edit, lines) => {
    const m = map();
    edit(m);
    const r = buildDirectory(tenant(), m);
    expect(r.ok ? [] : describeProblems(r.problems)).toEqual(lines.map((l) => `- ${l}`));
  });

  it('lists a leader outside the contact range', () => {
    const t = tenant();
    t.departments.find((d) => d.id === 'od-law')!.leaderOpenId = 'ou_hidden';
    const r = buildDirectory(t, map());
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      '部门「法规与标准科」的负责人不在应用的通讯录权限范围内',
    ]);
  });
});
