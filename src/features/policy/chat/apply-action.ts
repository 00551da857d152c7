import { z } from 'zod';
import { bureauToday } from '../../../time.js';
import { errorToast, type CardActionHandler } from '../../../app/card-router.js';
import { replyTo, sendTo } from '../../../app/replies.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { buildFormCard } from '../../approvals/index.js';
import { loadAnswer } from '../store/answer-repo.js';
import { approvalStart } from './prefill.js';

const applyValue = z.object({ answer: z.string().min(1) });

/**
 * 「发起审批」: opens the approvals feature's own form for whoever clicked, as a new message under
 * the form's reference, so that once submitted it turns into their applicant card as usual.
 */
export const applyAction: CardActionHandler = async ({ action, services, directory, identity }) => {
  const value = applyValue.safeParse(action.value);
  if (!value.success) return errorToast('该卡片操作无效，请重新提问。');
  const { db } = services.store;
  const record = await loadAnswer(db, value.data.answer);
  if (!record?.answer.offerApproval) return errorToast('该答复无需发起审批。');
  const start = approvalStart(record, await loadEnterprises(db));
  const form = await buildFormCard(db, directory, identity.person, start.kind, start.values, {
    today: bureauToday(services.now()),
  });
  const applicant = action.operatorOpenId;
  await services.store.write((tx) =>
    action.openMessageId
      ? replyTo(tx, action.openMessageId, applicant, form.card, form.cardRef)
      : sendTo(tx, applicant, form.card, form.cardRef),
  );
  return { toast: { type: 'success', content: '已打开审批表，请填写后提交。' } };
};
