/** Readers for a card form's `form_value`, shared by every feature whose card has a form. */

/** The submitted `form_value`: each box by its name. */
export type FormValue = Record<string, unknown>;

/** A text box or single select: trimmed, undefined when empty. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The text box or single select named `name`: trimmed, undefined when empty. */
export function formText(formValue: FormValue, name: string): string | undefined {
  return text(formValue[name]);
}

/** A multi-select, or a single value read as a list of one. */
export function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const single = text(value);
  return single ? [single] : [];
}

/** Lark's date picker submits 「2026-12-01 +0800」; the bureau's calendar day is the first part. */
export function day(value: unknown): string | undefined {
  return text(value)?.slice(0, 10);
}
