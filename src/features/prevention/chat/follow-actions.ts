import { z } from 'zod';
import { warningCard } from '../../../../cards/prevention/warning.js';
import { actionContextOf } from '../../../app/action-context.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { WarningMove } from '../../../domain/prevention/index.js';
import { doneText, escalateWarning, moveWarning } from '../service/follow-warning.js';

const warningValue = z.object({ id: z.string().min(1) });

/** The branch's buttons on a warning card: 确认知悉, 风险已消除, 转线索移送. */
function followAction(move: WarningMove): CardActionHandler {
  return ({ action, services, directory }) =>
    toastOnRefusal(async () => {
      const value = warningValue.safeParse(action.value);
      if (!value.success) return { toast: { type: 'error', content: '该卡片操作无效。' } };
      const env = actionContextOf(services, directory);
      const input = { id: value.data.id, operatorOpenId: action.operatorOpenId, channel: 'chat' as const };
      const enterprises = move === 'escalate' ? await loadEnterprises(services.store.db) : [];
      const row = await services.store.write((tx) =>
        move === 'escalate'
          ? escalateWarning(tx, env, { ...input, enterprises })
          : moveWarning(tx, env, { ...input, move }),
      );
      services.kickOutbox();
      return { toast: { type: 'success', content: doneText(move, row) }, card: warningCard(row) };
    });
}

export const acknowledgeAction = followAction('acknowledge');
export const resolveAction = followAction('resolve');
export const escalateAction = followAction('escalate');
