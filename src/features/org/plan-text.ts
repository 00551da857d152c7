import { describeChanges, describeProblems, describeStep, isUnchanged } from '../../domain/org-sync/index.js';
import type { SyncPlan } from './service/plan.js';

/** The plan for people, in Chinese: problems with their map entries, or the changes and the steps they touch. */
export function planText(plan: SyncPlan, applied: boolean): string[] {
  if (!plan.ok) return ['以下映射条目无法解析，未作任何更改：', ...describeProblems(plan.problems)];
  const { after, changes, steps } = plan;
  const lines = [`通讯录共 ${after.people.length} 人，映射 ${after.units.length} 个单位。`];
  lines.push(
    ...(isUnchanged(changes)
      ? ['与现有名录一致，无需更改。']
      : ['变更：', ...describeChanges(changes, plan.before, after)]),
  );
  if (steps.length) lines.push('以下待办审批环节的审批人将随之变化：', ...steps.map(describeStep));
  if (isUnchanged(changes)) return lines;
  lines.push(applied ? '已应用上述变更。' : '以上为预览，未作任何更改；确认无误后加 --apply 执行。');
  return lines;
}

/** The plan for machines (`--json`). */
export function planJson(plan: SyncPlan, applied: boolean) {
  if (!plan.ok) return { ok: false, applied: false, problems: plan.problems };
  return {
    ok: true,
    applied,
    changes: plan.changes,
    pendingSteps: plan.steps,
    people: plan.after.people.length,
    units: plan.after.units.length,
  };
}
