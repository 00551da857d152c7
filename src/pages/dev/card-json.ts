// Tolerant readers for card JSON: the simulator draws whatever the bot sent, including elements it
// does not know, so nothing here trusts a field's type.

export type Json = Record<string, unknown>;

export interface CardElement extends Json {
  tag: string;
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** `{tag:'plain_text'|'lark_md', content}` or a bare string. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  return isObject(v) ? (str(v.content) ?? '') : '';
}

export function isMarkdownText(v: unknown): boolean {
  return isObject(v) && v.tag === 'lark_md';
}

export function elements(v: unknown): CardElement[] {
  return Array.isArray(v) ? v.filter((e): e is CardElement => isObject(e) && typeof e.tag === 'string') : [];
}

export interface CallbackBehavior {
  kind: 'callback' | 'open_url' | 'none';
  value?: Json;
  url?: string;
}

/** A button's (or picker's) behaviour: 2.0 `behaviors`, or the 1.0 `value`/`url` still seen in old cards. */
export function behaviorOf(el: Json): CallbackBehavior {
  const list = Array.isArray(el.behaviors) ? el.behaviors.filter(isObject) : [];
  const callback = list.find((b) => b.type === 'callback');
  if (callback) return { kind: 'callback', value: isObject(callback.value) ? callback.value : {} };
  const open = list.find((b) => b.type === 'open_url');
  const url = str(open?.default_url) ?? str(el.url);
  if (url && /^https?:\/\//.test(url)) return { kind: 'open_url', url };
  if (isObject(el.value)) return { kind: 'callback', value: el.value };
  return { kind: 'none' };
}

export interface Option {
  label: string;
  value: string;
}

export function optionsOf(v: unknown): Option[] {
  return Array.isArray(v)
    ? v.filter(isObject).map((o) => ({ label: textOf(o.text), value: str(o.value) ?? '' }))
    : [];
}
