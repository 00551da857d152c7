import { z } from 'zod';
import type { CardActionHandler } from '../../../app/card-router.js';
import { CASE_STAGES, STATE_LABELS } from '../../../domain/referrals/lifecycle.js';
import { advanceStage } from '../service/advance-stage.js';
import { cardFor } from '../service/cards.js';
import { actionContextOf } from '../../../app/action-context.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { INVALID } from './respond.js';

const stageValue = z.object({ id: z.string().min(1), stage: z.enum(CASE_STAGES) });

/** Lark's date picker submits 「2026-12-01 +0800」; the bureau's calendar day is the first part. */
function stageInput(formValue: Record<string, unknown>): Record<string, unknown> {
  const { deadline } = formValue;
  return typeof deadline === 'string' ? { ...formValue, deadline: deadline.trim().slice(0, 10) } : formValue;
}

/** 提交立案 / 查处 / 整改 / 验收 / 销号 on the case card. */
export const advanceAction: CardActionHandler = ({ action, services, directory }) =>
  toastOnRefusal(async () => {
    const value = stageValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const result = await services.store.write((tx) =>
      advanceStage(tx, env, {
        id: value.data.id,
        operatorOpenId: action.operatorOpenId,
        stage: value.data.stage,
        input: stageInput(action.formValue),
      }),
    );
    if (!result.ok) {
      const errors = result.errors.map((e) => e.message);
      return {
        toast: { type: 'error', content: errors[0] ?? '填写有误，请按提示修改。' },
        card: cardFor(directory, result.view, action.operatorOpenId, { errors }),
      };
    }
    return {
      toast: { type: 'success', content: `已办理「${STATE_LABELS[value.data.stage]}」。` },
      card: cardFor(directory, result.view, action.operatorOpenId),
    };
  });
