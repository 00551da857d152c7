import { z } from 'zod';
import { repeatRequestCard } from '../../../../cards/draws/repeat.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { decideRepeatRequest } from '../service/repeat.js';

const decideValue = z.object({ id: z.number().int().positive(), decision: z.enum(['approve', 'reject']) });

/** 批准 / 不批准 on a repeat-draw request: the unit head's decision; approval holds the draw. */
export const repeatAction: CardActionHandler = async ({ action, services, directory, identity }) => {
  const value = decideValue.safeParse(action.value);
  if (!value.success) return { toast: { type: 'error', content: '该卡片操作无效，请重新发起。' } };
  return toastOnRefusal(async () => {
    const { request, draw } = await decideRepeatRequest(
      services,
      directory,
      identity.person.openId,
      value.data.id,
      value.data.decision,
    );
    const content = draw
      ? `已批准，已完成抽查${draw.id}，抽中${draw.items.length}家。`
      : `已不予批准第${request.id}号再次抽取申请。`;
    return { toast: { type: 'success', content }, card: repeatRequestCard(request) };
  });
};
