import type { CardResponse } from '../../../app/card-router.js';
import { ApprovalError } from '../../approvals/errors.js';
import { DrawRefusal } from '../errors.js';

/**
 * A refusal becomes a toast (or the caller's own answer) and changes nothing. The approvals
 * feature's refusals come through when a drawn plan cannot be filed.
 */
export async function answerRefusal(
  run: () => Promise<CardResponse>,
  onRefusal?: (message: string) => Promise<CardResponse>,
): Promise<CardResponse> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof DrawRefusal) && !(err instanceof ApprovalError)) throw err;
    if (onRefusal && err instanceof DrawRefusal && err.code === 'BAD_INPUT') return onRefusal(err.message);
    const type = err.code === 'ALREADY_HANDLED' ? 'info' : 'error';
    return { toast: { type, content: err.message } };
  }
}
