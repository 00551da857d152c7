import type { Config } from '../../../config.js';
import { KIND_LABELS, type RequestKind } from '../../../domain/approvals/index.js';
import type { ExternalApprovalBody } from '../../../lark/approval-center.js';
import { I18nTexts } from './texts.js';

/** Our codes for the two approvals in the center; a code names one definition for good. */
export const APPROVAL_CODES: Readonly<Record<RequestKind, string>> = {
  plan: 'ZHIFA_PLAN_APPROVAL',
  special: 'ZHIFA_SPECIAL_APPROVAL',
};

export const ACTION_PATH = '/lark/approval-actions';

/**
 * 入企执法检查计划审批 and 专项执法检查审批 as the center knows them: started only in chat (nobody
 * sees them in the center's 发起审批 list), approvable there, with quick approval calling back.
 */
export function approvalDefinitions(config: Config): ExternalApprovalBody[] {
  const center = config.approvalCenter;
  if (!center) return [];
  return (Object.keys(APPROVAL_CODES) as RequestKind[]).map((kind) => {
    const texts = new I18nTexts();
    return {
      approval_name: texts.key(KIND_LABELS[kind]),
      approval_code: APPROVAL_CODES[kind],
      group_code: 'ZHIFA',
      group_name: texts.key('执法助手'),
      description: texts.key(`${KIND_LABELS[kind]}（长环发〔2025〕36号），由执法助手办理。`),
      external: {
        biz_name: texts.key('执法助手'),
        support_pc: true,
        support_mobile: true,
        support_batch_read: false,
        enable_mark_readed: true,
        enable_quick_operate: true,
        action_callback_url: `${config.publicBaseUrl}${ACTION_PATH}`,
        action_callback_token: center.actionToken,
        ...(center.actionKey ? { action_callback_key: center.actionKey } : {}),
        allow_batch_operate: false,
      },
      viewers: [{ viewer_type: 'NONE' as const }],
      i18n_resources: texts.resources(),
    };
  });
}
