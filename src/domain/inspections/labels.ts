import type { FeedbackMeans, InspectionOutcome, InspectionStatus } from './record.js';

export const INSPECTION_STATUS_LABELS: Readonly<Record<InspectionStatus, string>> = {
  planned: '待检查',
  done: '已检查，待反馈',
  'fed-back': '已反馈企业',
  cancelled: '已取消',
};

export const OUTCOME_LABELS: Readonly<Record<InspectionOutcome, string>> = {
  'no-issue': '未发现问题',
  'issue-found': '发现问题',
  'not-operating': '企业停产或关闭，未实施检查',
  refused: '企业拒绝检查',
};

export const MEANS_LABELS: Readonly<Record<FeedbackMeans, string>> = {
  'on-site': '现场反馈',
  written: '书面反馈',
  phone: '电话反馈',
  online: '网上反馈',
};
