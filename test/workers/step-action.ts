// A test-only card action shaped like an approval step: the first click decides (a conditional update),
// writes its audit row and tells the applicant, all in one write; every other click is told it is taken.
import { and, eq } from 'drizzle-orm';
import { settings } from '../../db/schema/index.js';
import type { CardRouter } from '../../src/app/card-router.js';
import { sendTo } from '../../src/app/replies.js';
import { appendAudit } from '../../src/store/audit-repo.js';
import type { Store } from '../../src/store/db.js';

export const STEP_ACTION = 'test.step.decide';

const keyOf = (stepId: string) => `test-step:${stepId}`;

export async function openStep(store: Store, stepId: string): Promise<void> {
  await store.write((tx) => tx.insert(settings).values({ key: keyOf(stepId), value: 'pending' }));
}

export async function stepState(store: Store, stepId: string): Promise<string | undefined> {
  const [row] = await store.db
    .select()
    .from(settings)
    .where(eq(settings.key, keyOf(stepId)));
  return row?.value;
}

export function registerStepAction(cards: CardRouter): void {
  cards.on(STEP_ACTION, async ({ action, services, identity }) => {
    const stepId = String(action.value.step);
    const won = await services.store.write(async (tx) => {
      const decided = await tx
        .update(settings)
        .set({ value: `approved:${action.operatorOpenId}` })
        .where(and(eq(settings.key, keyOf(stepId)), eq(settings.value, 'pending')));
      if (decided.rowsAffected !== 1) return false;
      await appendAudit(tx, {
        actor: action.operatorOpenId,
        action: 'step.approved',
        entity: 'test-step',
        entityId: stepId,
      });
      const applicant = String(action.value.applicant);
      await sendTo(tx, applicant, `您的申请已由${identity.person.name}同意。`, keyOf(stepId));
      return true;
    });
    return won
      ? { toast: { type: 'success', content: '已同意。' } }
      : { toast: { type: 'info', content: '该环节已有人办理，无需重复操作。' } };
  });
}
