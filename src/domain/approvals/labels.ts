import type { InspectionMethod, InspectionType } from '../rules/index.js';
import type { DecisionAction, RequestKind, RequestStatus, StepStatus } from './request.js';

export const KIND_LABELS: Readonly<Record<RequestKind, string>> = {
  plan: '入企执法检查计划审批',
  special: '专项执法检查审批',
};

/** The boxes of 附件2 检查类型, plus the clue-driven types 第3条 frees from the yearly cap. */
export const TYPE_LABELS: Readonly<Record<InspectionType, string>> = {
  random: '双随机',
  special: '专项',
  complaint: '举报投诉',
  referral: '转办交办',
  monitoring: '数据监测',
  'enterprise-request': '应企业申请',
  other: '其他',
};

export const METHOD_LABELS: Readonly<Record<InspectionMethod, string>> = {
  'on-site': '现场检查',
  'document-review': '资料核查',
  sampling: '监测采样',
  inquiry: '问询调查',
  other: '其他',
};

export const STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  pending: '审批中',
  approved: '已批准',
  rejected: '已驳回',
  returned: '已退回修改',
  withdrawn: '已撤回',
};

export const STEP_STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  waiting: '未开始',
  pending: '待审批',
  approved: '同意',
  rejected: '驳回',
  returned: '退回修改',
  withdrawn: '申请人已撤回',
};

export const DECISION_LABELS: Readonly<Record<DecisionAction, string>> = {
  approve: '同意',
  reject: '驳回',
  return: '退回修改',
  transfer: '转交',
  reassign: '改派',
  withdraw: '撤回',
};

export function typeText(type: InspectionType, note?: string): string {
  return type === 'other' && note ? `其他：${note}` : TYPE_LABELS[type];
}

export function dateRangeText(from: string, to: string): string {
  return `${from} 至 ${to}`;
}
