import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/org.js';
import {
  buildDirectory,
  describeChanges,
  describeStep,
  diffDirectories,
  holdBack,
  isUnchanged,
  touchedSteps,
  type OpenStep,
} from '../../../src/domain/org-sync/index.js';
import { map, tenant } from './fixtures.js';

function built(edit: (t: ReturnType<typeof tenant>) => void = () => undefined): Directory {
  const t = tenant();
  edit(t);
  const r = buildDirectory(t, map());
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.directory;
}

const before = built();
/** 刘强 replaces 张科长 as head of 大气环境科; 王芳 of 潞城 leaves; 吴工 is renamed; 郑新 joins. */
const after = built((t) => {
  t.departments.find((d) => d.id === 'od-air')!.leaderOpenId = 'ou_air2';
  t.users = t.users.filter((u) => u.openId !== 'ou_lc1');
  t.users.find((u) => u.openId === 'ou_mon')!.name = '吴工程师';
  t.users.push({ openId: 'ou_new', name: '郑新', title: '', departmentIds: ['od-law'] });
});

const step = (o: Partial<OpenStep>): OpenStep => ({
  requestId: 'JC-2026-0001',
  idx: 0,
  role: 'unit-head',
  personId: 'ou_airhead',
  name: '张科长',
  unitId: 'u-air',
  status: 'pending',
  ...o,
});

describe('what a sync changes', () => {
  it('the same tenant changes nothing', () => {
    expect(isUnchanged(diffDirectories(before, built()))).toBe(true);
  });

  it('lists people added, removed, renamed, heads and members', () => {
    const c = diffDirectories(before, after);
    expect(describeChanges(c, before, after)).toEqual([
      '- 新增人员 1 人：郑新',
      '- 移除人员 1 人：王芳',
      '- 姓名变更：吴工 → 吴工程师',
      '- 大气环境科负责人：张科长 → 刘强',
      '- 大气环境科人员：加入 张科长；离开 刘强',
      '- 法规与标准科人员：加入 郑新',
      '- 潞城分局人员：离开 王芳',
    ]);
  });

  it('a first sync lists everyone as added and no role as changed', () => {
    const c = diffDirectories(undefined, before);
    expect([c.added.length, c.heads.length, c.unitsAdded]).toEqual([10, 0, ['u-air', 'u-law', 'u-lc']]);
  });
});

describe('open steps whose approver would change', () => {
  const cases: [string, OpenStep, string | undefined][] = [
    [
      'the head role moves',
      step({}),
      '- JC-2026-0001 第 1 步（承办机构负责人，待审批，现审批人 张科长）：承办机构负责人将由刘强担任',
    ],
    [
      'the assignee leaves',
      step({
        role: 'branch-head',
        unitId: 'u-lc',
        personId: 'ou_lc1',
        name: '王芳',
        status: 'waiting',
        idx: 1,
      }),
      '- JC-2026-0001 第 2 步（分局主要负责人，待流转，现审批人 王芳）：王芳将不在名录中',
    ],
    ['a supervisor who stays', step({ role: 'supervisor', personId: 'ou_dep', name: '赵副局长' }), undefined],
    ['a step handed to someone outside the role', step({ personId: 'ou_air1', name: '王芳' }), undefined],
    [
      'a branch head who stays',
      step({ role: 'branch-head', unitId: 'u-lc', personId: 'ou_lchead' }),
      undefined,
    ],
  ];
  it.each(cases)('%s', (_, s, line) => {
    const touched = touchedSteps(before, after, [s]);
    expect(touched.map(describeStep)).toEqual(line ? [line] : []);
  });

  it('holding back keeps the assignee and their role, and applies the rest', () => {
    const steps = [
      step({}),
      step({ requestId: 'ZX-2026-0002', role: 'branch-head', unitId: 'u-lc', personId: 'ou_lc1' }),
    ];
    const touched = touchedSteps(before, after, steps);
    const held = holdBack(before, after, touched);
    const air = held.units.find((u) => u.id === 'u-air');
    expect(air).toMatchObject({ head: 'ou_airhead', members: ['ou_air1', 'ou_air2'] });
    expect(held.people.map((p) => p.id)).toContain('ou_lc1');
    expect(held.people.find((p) => p.id === 'ou_mon')?.name).toBe('吴工程师');
    expect(held.people.map((p) => p.id)).toContain('ou_new');
    expect(touchedSteps(before, held, steps)).toEqual([]);
    const rest = diffDirectories(held, after);
    expect([rest.heads.length, rest.removed.map((p) => p.name)]).toEqual([1, ['王芳']]);
  });

  it('holding back the director keeps the director', () => {
    const moved = { ...after, director: 'ou_dep' };
    const s = step({ role: 'director', personId: 'ou_dir', name: '李局长' });
    const touched = touchedSteps(before, moved, [s]);
    expect(touched).toMatchObject([{ reason: 'role', toName: '赵副局长' }]);
    expect(holdBack(before, moved, touched).director).toBe('ou_dir');
  });

  it('holding back a removed unit keeps it', () => {
    const gone = { ...after, units: after.units.filter((u) => u.id !== 'u-lc') };
    const s = step({ role: 'branch-head', unitId: 'u-lc', personId: 'ou_lchead' });
    const held = holdBack(before, gone, touchedSteps(before, gone, [s]));
    expect(held.units.find((u) => u.id === 'u-lc')?.head).toBe('ou_lchead');
  });
});
