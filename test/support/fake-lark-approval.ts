// The fake Lark's approval center (三方审批): external approval definitions, external instances and
// their check, with the documented shapes. Times are millisecond strings; an instance is only replaced
// by one with a larger update_time (an older one is taken and ignored, as the platform does); every
// `@i18n@` key shown must have its text in i18n_resources.
import { fail, invalidField, isRecord, ok, type Reply } from './fake-lark-content.js';

type Body = Record<string, unknown>;

export interface ApprovalCenterState {
  definitions: Map<string, Body>;
  instances: Map<string, Body>;
  /** Where a public base URL is served (the tunnel of a test bot that listens on another port). */
  tunnels: Map<string, string>;
}

export function approvalCenterState(): ApprovalCenterState {
  return { definitions: new Map(), instances: new Map(), tunnels: new Map() };
}

const INSTANCE_STATUS = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELED', 'DELETED', 'HIDDEN', 'TERMINATED'];
const TASK_STATUS = ['PENDING', 'APPROVED', 'REJECTED', 'TRANSFERRED', 'DONE'];
const APPROVAL_NOT_FOUND = 1390002;
const INVALID_PARAM = 1390001;

const isMs = (v: unknown) => typeof v === 'string' && /^\d{1,13}$/.test(v);
const text = (v: unknown) => typeof v === 'string' && v !== '';
const hasLinks = (v: unknown) => isRecord(v) && text(v.pc_link);
const list = (v: unknown): Body[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** The texts of the default locale, by key; undefined when i18n_resources is missing or bad. */
function i18nTexts(b: Body): Map<string, string> | undefined {
  const resources = list(b.i18n_resources);
  const chosen = resources.find((r) => r.is_default === true);
  if (!chosen) return undefined;
  return new Map(list(chosen.texts).map((t) => [String(t.key), String(t.value)]));
}

/** Every `@i18n@` key among `values` resolves. */
function resolves(texts: Map<string, string>, values: unknown[]): boolean {
  return values.every((v) => typeof v !== 'string' || !v.startsWith('@i18n@') || texts.has(v));
}

const invalid = (why: string) => fail(400, INVALID_PARAM, `param is invalid: ${why}`);

function checkDefinition(b: Body): Reply | undefined {
  if (!text(b.approval_code) || !text(b.approval_name) || !isRecord(b.external)) return invalidField();
  const texts = i18nTexts(b);
  const ext = b.external;
  if (!texts || !resolves(texts, [b.approval_name, b.group_name, b.description, ext.biz_name]))
    return invalid('i18n_resources');
  if (ext.enable_quick_operate === true && !text(ext.action_callback_url))
    return invalid('action_callback_url');
  return undefined;
}

function checkInstance(b: Body, defined: Map<string, Body>): Reply | undefined {
  if (!text(b.instance_id) || !text(b.approval_code) || !INSTANCE_STATUS.includes(String(b.status)))
    return invalidField();
  if (!hasLinks(b.links) || !isMs(b.start_time) || !isMs(b.end_time) || !isMs(b.update_time))
    return invalidField();
  if (!defined.has(String(b.approval_code))) return fail(400, APPROVAL_NOT_FOUND, 'approval not found');
  const tasks = list(b.task_list);
  const ccs = list(b.cc_list);
  for (const t of tasks) {
    if (!text(t.task_id) || !TASK_STATUS.includes(String(t.status)) || !hasLinks(t.links))
      return invalidField();
    if (!isMs(t.create_time) || !isMs(t.end_time) || (t.update_time !== undefined && !isMs(t.update_time)))
      return invalidField();
    if (!text(t.open_id) && !text(t.user_id)) return invalid('task user');
  }
  for (const c of ccs) {
    if (!text(c.cc_id) || !['READ', 'UNREAD'].includes(String(c.read_status)) || !hasLinks(c.links))
      return invalidField();
    if (!isMs(c.create_time) || !isMs(c.update_time)) return invalidField();
  }
  const ids = [b.instance_id, ...tasks.map((t) => t.task_id), ...ccs.map((c) => c.cc_id)];
  if (new Set(ids).size !== ids.length) return invalid('duplicate id');
  const texts = i18nTexts(b);
  const shown = [
    b.title,
    b.user_name,
    b.department_name,
    ...list(b.form).flatMap((f) => [f.name, f.value]),
    ...tasks.map((t) => t.title),
    ...ccs.map((c) => c.title),
  ];
  if (!texts || !resolves(texts, shown)) return invalid('i18n_resources');
  return undefined;
}

/** Instances the center lacks or holds older than asked, with the tasks that differ. */
function diff(state: ApprovalCenterState, asked: Body[]) {
  return asked.flatMap((i) => {
    const held = state.instances.get(String(i.instance_id));
    const taskTimes = new Map(list(held?.task_list).map((t) => [t.task_id, Number(t.update_time ?? 0)]));
    const tasks = list(i.tasks).filter((t) => (taskTimes.get(t.task_id) ?? -1) < Number(t.update_time));
    if (held && Number(held.update_time) >= Number(i.update_time) && tasks.length === 0) return [];
    return [{ instance_id: i.instance_id, update_time: i.update_time, tasks }];
  });
}

/** The approval routes, or undefined for any other path. */
export function approvalRoutes(state: ApprovalCenterState) {
  return (method: string, path: string, b: Body): Reply | undefined => {
    if (method !== 'POST' || !path.startsWith('/open-apis/approval/v4/')) return undefined;
    if (path === '/open-apis/approval/v4/external_approvals') {
      const refused = checkDefinition(b);
      if (refused) return refused;
      state.definitions.set(String(b.approval_code), b);
      return ok({ approval_code: b.approval_code });
    }
    if (path === '/open-apis/approval/v4/external_instances') {
      const refused = checkInstance(b, state.definitions);
      if (refused) return refused;
      const held = state.instances.get(String(b.instance_id));
      if (!held || Number(held.update_time) < Number(b.update_time))
        state.instances.set(String(b.instance_id), b);
      return ok({ data: state.instances.get(String(b.instance_id)) });
    }
    if (path === '/open-apis/approval/v4/external_instances/check') {
      const asked = b.instances;
      if (
        !Array.isArray(asked) ||
        !asked.every((i) => isRecord(i) && text(i.instance_id) && isMs(i.update_time))
      )
        return invalidField();
      return ok({ diff_instances: diff(state, asked as Body[]) });
    }
    return undefined;
  };
}
