import type { CardResponse } from '../../../app/card-router.js';
import { text, type FormValue } from '../../../app/form-values.js';

export const INVALID: CardResponse = { toast: { type: 'error', content: '该卡片操作无效。' } };

export function formText(formValue: FormValue, name: string): string | undefined {
  return text(formValue[name]);
}
