import { z } from 'zod';
import { policyAnswerCard } from '../../../../cards/policy/answer.js';
import { errorToast, type CardActionHandler } from '../../../app/card-router.js';
import { loadAnswer } from '../store/answer-repo.js';
import { giveFeedback } from './give-feedback.js';

const feedbackValue = z.object({ answer: z.string().min(1), useful: z.boolean() });

/** 「有用」/「没用」: stored once per person and answer; the card then thanks whoever gave it. */
export const feedbackAction: CardActionHandler = async ({ action, services }) => {
  const value = feedbackValue.safeParse(action.value);
  if (!value.success) return errorToast('该卡片操作无效，请重新提问。');
  const { answer: answerId, useful } = value.data;
  const record = await loadAnswer(services.store.db, answerId);
  if (!record) return errorToast('该答复已失效，请重新提问。');
  const at = services.now().toISOString();
  await services.store.write((tx) => giveFeedback(tx, record, action.operatorOpenId, useful, at, 'button'));
  return {
    toast: { type: 'success', content: '感谢反馈。' },
    card: policyAnswerCard({ ...record, thanked: true }),
  };
};
