import type { CardResponse } from '../../../app/card-router.js';
import { text, type FormValue } from '../../../app/form-values.js';
import { ReferralError } from '../errors.js';

export const INVALID: CardResponse = { toast: { type: 'error', content: '该卡片操作无效。' } };

/** A refusal becomes a toast and changes nothing; anything else is a fault for the router to log. */
export async function toastOnRefusal(run: () => Promise<CardResponse>): Promise<CardResponse> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof ReferralError)) throw err;
    return { toast: { type: err.code === 'ALREADY_HANDLED' ? 'info' : 'error', content: err.message } };
  }
}

export function formText(formValue: FormValue, name: string): string | undefined {
  return text(formValue[name]);
}
