import type { CardResponse } from '../../../app/card-router.js';
import { ApprovalError } from '../errors.js';

/** A refusal becomes a toast and changes nothing; anything else is a fault for the router to log. */
export async function toastOnRefusal(run: () => Promise<CardResponse>): Promise<CardResponse> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof ApprovalError)) throw err;
    const type = err.code === 'ALREADY_HANDLED' ? 'info' : err.code === 'TOO_SOON' ? 'warning' : 'error';
    return { toast: { type, content: err.message } };
  }
}
