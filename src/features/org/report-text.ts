import {
  describeProblems,
  describeStep,
  type SyncProblem,
  type TouchedStep,
} from '../../domain/org-sync/index.js';
import { bureauDateTime } from '../../time.js';

const MAX_LINES = 30;

function capped(lines: string[]): string[] {
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `……共 ${lines.length} 项`] : lines;
}

export function heldText(at: Date, steps: TouchedStep[]): string {
  return [
    `通讯录同步（${bureauDateTime(at)}）：名录已按通讯录更新，但以下变更涉及待办审批环节，暂不生效，相关审批办结后自动同步：`,
    ...capped(steps.map(describeStep)),
  ].join('\n');
}

export function problemsText(at: Date, mapFile: string, problems: SyncProblem[]): string {
  return [
    `通讯录同步（${bureauDateTime(at)}）未完成，名录未作更改。映射文件 ${mapFile} 中以下条目无法解析：`,
    ...capped(describeProblems(problems)),
    '请修正后运行 npm run cli -- org sync 核对。',
  ].join('\n');
}

export function failureText(at: Date, reason: string): string {
  return `通讯录同步（${bureauDateTime(at)}）失败，名录未作更改：${reason.slice(0, 200)}。下次同步时将重试。`;
}
