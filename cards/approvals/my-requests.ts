import { currentStepOf, KIND_LABELS, requestTitle, STATUS_LABELS } from '../../src/domain/approvals/index.js';
import { bureauDateTime } from '../../src/time.js';
import { card, escapeMd, markdown, type Card } from '../kit.js';
import type { ApprovalCardView } from './view.js';

function line(view: ApprovalCardView): string {
  const step = currentStepOf(view);
  const where = step ? `，待${escapeMd(step.name)}（${step.roleLabel}）审批` : '';
  return `**${view.id}** ${escapeMd(requestTitle(view))}\n${KIND_LABELS[view.kind]}｜${bureauDateTime(view.createdAt)}提交｜${STATUS_LABELS[view.status]}${where}`;
}

/** 「我的申请」: the asker's requests, newest first. */
export function myRequestsCard(views: readonly ApprovalCardView[]): Card {
  const body = views.length > 0 ? views.map(line).join('\n\n') : '您尚未发起审批申请。';
  return card('我的申请', 'blue', [
    markdown(body),
    markdown("<font color='grey'>发送「撤回 编号」可撤回审批中的申请，「催办 编号」可提醒审批人。</font>"),
  ]);
}
