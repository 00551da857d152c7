import type { Directory } from '../org.js';
import { chainRoleLabel } from '../rules/directory.js';
import type { OrgChanges, RoleChange } from './diff.js';
import type { SyncProblem, TouchedStep } from './types.js';

/** Names for person ids, from whichever of the two directories has them. */
function namer(...dirs: (Directory | undefined)[]) {
  const names = new Map<string, string>();
  for (const dir of dirs) for (const p of dir?.people ?? []) if (!names.has(p.id)) names.set(p.id, p.name);
  return (id: string | undefined) => (id === undefined ? '（无）' : (names.get(id) ?? id));
}

const list = (names: string[]) =>
  names.length > 8 ? `${names.slice(0, 8).join('、')}等 ${names.length} 人` : names.join('、');

export function describeProblems(problems: SyncProblem[]): string[] {
  return problems.map((p) => `- ${p.entry} ${p.value}：${p.message}`);
}

/** One line for each open step the change would hand to someone else. */
export function describeStep(step: TouchedStep): string {
  const role = chainRoleLabel(step.role);
  const why =
    step.reason === 'departed' ? `${step.name}将不在名录中` : `${role}将由${step.toName ?? '（无）'}担任`;
  const state = step.status === 'pending' ? '待审批' : '待流转';
  return `- ${step.requestId} 第 ${step.idx + 1} 步（${role}，${state}，现审批人 ${step.name}）：${why}`;
}

/** The plan in Chinese, one change a line; `before` and `after` give the names. */
export function describeChanges(
  changes: OrgChanges,
  before: Directory | undefined,
  after: Directory,
): string[] {
  const name = namer(after, before);
  const role = (label: string) => (c: RoleChange) =>
    `- ${c.unitName}${label}：${name(c.from)} → ${name(c.to)}`;
  const lines = [
    ...(changes.added.length
      ? [`- 新增人员 ${changes.added.length} 人：${list(changes.added.map((p) => p.name))}`]
      : []),
    ...(changes.removed.length
      ? [`- 移除人员 ${changes.removed.length} 人：${list(changes.removed.map((p) => p.name))}`]
      : []),
    ...changes.renamed.map((r) => `- 姓名变更：${r.from} → ${r.to}`),
    ...(changes.director ? [`- 局长：${name(changes.director.from)} → ${name(changes.director.to)}`] : []),
    ...changes.heads.map(role('负责人')),
    ...changes.supervisors.map(role('分管局长')),
    ...changes.unitsAdded.map((id) => `- 新增单位：${after.units.find((u) => u.id === id)?.name ?? id}`),
    ...changes.unitsRemoved.map((id) => `- 移除单位：${before?.units.find((u) => u.id === id)?.name ?? id}`),
    ...changes.members.map(
      (m) =>
        `- ${m.unitName}人员：${m.joined.length ? `加入 ${list(m.joined.map(name))}` : ''}${
          m.joined.length && m.left.length ? '；' : ''
        }${m.left.length ? `离开 ${list(m.left.map(name))}` : ''}`,
    ),
    ...(changes.admins ? [`- 管理员：${list(changes.admins.to.map(name)) || '（无，由局长代管）'}`] : []),
  ];
  return lines;
}
