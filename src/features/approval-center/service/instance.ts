import {
  dateRangeText,
  KIND_LABELS,
  METHOD_LABELS,
  requestTitle,
  typeText,
  type RequestStatus,
  type StepStatus,
} from '../../../domain/approvals/index.js';
import type { ExternalInstanceBody } from '../../../lark/approval-center.js';
import type { RequestView, StepView } from '../../approvals/index.js';
import { APPROVAL_CODES } from './definitions.js';
import { I18nTexts } from './texts.js';

type Task = NonNullable<ExternalInstanceBody['task_list']>[number];
type TaskStatus = Task['status'];

/** 退回修改 ends the request here (the applicant submits anew), so the center shows it as not approved. */
const INSTANCE_STATUS: Record<RequestStatus, ExternalInstanceBody['status']> = {
  pending: 'PENDING',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  returned: 'REJECTED',
  withdrawn: 'CANCELED',
};

const TASK_STATUS: Record<Exclude<StepStatus, 'waiting'>, TaskStatus> = {
  pending: 'PENDING',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  returned: 'REJECTED',
  withdrawn: 'DONE',
};

/** 驳回 needs a reason (as on the card); 同意 takes an optional one. */
const ACTIONS: Task['action_configs'] = [
  { action_type: 'APPROVE', action_name: '同意', is_need_reason: true, is_reason_required: false },
  { action_type: 'REJECT', action_name: '驳回', is_need_reason: true, is_reason_required: true },
];

export interface InstanceInput {
  view: RequestView;
  /** The stand-in appointed today for the current step's approver, if any. */
  standIn?: { openId: string; name: string };
  baseUrl: string;
  /** Milliseconds; strictly more than the instance's last one. */
  updateTime: number;
}

/** The task of a step's holder for one assignment; `-d` marks their stand-in's task. */
export function taskId(requestId: string, idx: number, assignment: number, standIn = false): string {
  return `${requestId}-${idx}-${assignment}${standIn ? '-d' : ''}`;
}

/** What a task carries back in a quick-approval callback: the step and assignment it was for. */
export function actionContext(requestId: string, idx: number, assignment: number): string {
  return `${requestId}:${idx}:${assignment}`;
}

const ms = (iso: string | null): string => (iso ? String(Date.parse(iso)) : '0');

function formFields(view: RequestView): [string, string][] {
  const form = view.form;
  const common: [string, string][] = [['申请单位', view.unit.name]];
  if (form.kind === 'special') {
    return [
      ...common,
      ['专项检查名称', form.name],
      ['检查依据', form.basis],
      ['检查重点', form.focus],
      ['检查时间', dateRangeText(form.from, form.to)],
      ['检查对象', form.targets],
      ['检查内容', form.content],
    ];
  }
  return [
    ...common,
    ['检查类型', typeText(form.type, form.typeNote)],
    ['检查依据', form.basis],
    ['检查时间', dateRangeText(form.from, form.to)],
    ['检查企业', form.enterprises.map((e) => e.name).join('、')],
    ['执法人员', form.inspectors.map((p) => p.name).join('、')],
    ['检查方式', form.methods.map((m) => METHOD_LABELS[m]).join('、')],
    ['检查内容', form.content],
  ];
}

/** Everyone the scheme has told of an approved plan: the officers it names, besides the applicant. */
function ccPeople(view: RequestView): { openId: string; name: string }[] {
  if (view.status !== 'approved' || view.form.kind !== 'plan') return [];
  return view.form.inspectors.filter((p) => p.openId !== view.applicant.openId);
}

/** Builds one instance of the request, as it stands, for the approval center. */
export function buildInstance(input: InstanceInput): ExternalInstanceBody {
  const { view, baseUrl } = input;
  const texts = new I18nTexts();
  const link = `${baseUrl}/forms/${encodeURIComponent(view.id)}`;
  const links = { pc_link: link, mobile_link: link };
  const updateTime = String(input.updateTime);
  const task = (step: StepView, t: Omit<Task, 'links' | 'update_time' | 'title'>): Task => ({
    ...t,
    title: texts.key(`${step.roleLabel}审批`),
    links,
    update_time: updateTime,
    display_method: 'NORMAL',
  });
  const tasks = view.steps.flatMap((step) => stepTasks(view, step, input.standIn, task));
  return {
    approval_code: APPROVAL_CODES[view.kind],
    instance_id: view.id,
    status: INSTANCE_STATUS[view.status],
    links,
    title: texts.key(`${KIND_LABELS[view.kind]}：${requestTitle(view)}`),
    form: formFields(view).map(([name, value]) => ({
      name: texts.key(name),
      value: texts.key(value || '—'),
    })),
    open_id: view.applicant.openId,
    department_name: texts.key(view.unit.name),
    start_time: ms(view.createdAt),
    end_time: ms(view.closedAt),
    update_time: updateTime,
    display_method: 'NORMAL',
    update_mode: 'REPLACE',
    task_list: tasks,
    cc_list: ccPeople(view).map((p) => ({
      cc_id: `${view.id}-cc-${p.openId}`,
      open_id: p.openId,
      links,
      read_status: 'UNREAD' as const,
      title: texts.key(`${KIND_LABELS[view.kind]}已批准`),
      create_time: ms(view.closedAt),
      update_time: updateTime,
      display_method: 'NORMAL' as const,
    })),
    i18n_resources: texts.resources(),
  };
}

type MakeTask = (step: StepView, t: Omit<Task, 'links' | 'update_time' | 'title'>) => Task;

/**
 * A step reached has a task for each holder it was handed over from (转交: TRANSFERRED; someone who
 * left the bureau has none), one for its present holder, and one for the holder's stand-in while the
 * step waits on them or when the stand-in decided it.
 */
function stepTasks(view: RequestView, step: StepView, standIn: InstanceInput['standIn'], task: MakeTask) {
  if (step.status === 'waiting') return [];
  const created = ms(step.activatedAt ?? view.createdAt);
  const handovers = view.decisions.filter(
    (d) => d.stepIdx === step.idx && (d.action === 'transfer' || d.action === 'reassign'),
  );
  const handedOver = handovers.flatMap((d, k) =>
    d.action === 'transfer'
      ? [
          task(step, {
            task_id: taskId(view.id, step.idx, k, d.onBehalfOfName !== null),
            open_id: d.actorOpenId,
            status: 'TRANSFERRED',
            create_time: created,
            end_time: ms(d.at),
          }),
        ]
      : [],
  );
  const a = step.assignment;
  const context = actionContext(view.id, step.idx, a);
  if (step.status === 'pending') {
    const pending = (openId: string, byStandIn: boolean) =>
      task(step, {
        task_id: taskId(view.id, step.idx, a, byStandIn),
        open_id: openId,
        status: 'PENDING',
        create_time: created,
        end_time: '0',
        action_context: context,
        action_configs: ACTIONS,
      });
    const stand =
      standIn && standIn.openId !== step.openId && standIn.openId !== view.applicant.openId
        ? [pending(standIn.openId, true)]
        : [];
    return [...handedOver, pending(step.openId, false), ...stand];
  }
  const status = TASK_STATUS[step.status];
  const ended = ms(step.decidedAt ?? view.closedAt);
  const byStandIn = step.onBehalfOfName !== null && step.decidedByOpenId !== null;
  const holder = task(step, {
    task_id: taskId(view.id, step.idx, a),
    open_id: step.openId,
    status: byStandIn ? 'DONE' : status,
    create_time: created,
    end_time: ended,
  });
  const stand = byStandIn
    ? [
        task(step, {
          task_id: taskId(view.id, step.idx, a, true),
          open_id: step.decidedByOpenId!,
          status,
          create_time: created,
          end_time: ended,
        }),
      ]
    : [];
  return [...handedOver, holder, ...stand];
}
