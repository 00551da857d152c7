/**
 * Typed builders for Card JSON 2.0 (docs/lark-platform.md §4). Every card the bot sends is built from these,
 * so the simulator can draw exactly what Lark would receive.
 */

export type HeaderColor =
  | 'blue'
  | 'wathet'
  | 'turquoise'
  | 'green'
  | 'yellow'
  | 'orange'
  | 'red'
  | 'carmine'
  | 'violet'
  | 'purple'
  | 'indigo'
  | 'grey'
  | 'default';

export interface PlainText {
  tag: 'plain_text';
  content: string;
}

export type Element = Record<string, unknown> & { tag: string };

export interface Card {
  schema: '2.0';
  config: { update_multi: true; width_mode?: 'compact' | 'fill'; summary?: { content: string } };
  header: { title: PlainText; subtitle?: PlainText; template: HeaderColor };
  body: { elements: Element[] };
}

export const text = (content: string): PlainText => ({ tag: 'plain_text', content });

export function card(title: string, color: HeaderColor, elements: Element[], subtitle?: string): Card {
  return {
    schema: '2.0',
    config: { update_multi: true, width_mode: 'fill', summary: { content: title } },
    header: { title: text(title), template: color, ...(subtitle ? { subtitle: text(subtitle) } : {}) },
    body: { elements },
  };
}

export const markdown = (content: string): Element => ({ tag: 'markdown', content });

export const hr = (): Element => ({ tag: 'hr' });

/** A two-column row of label and value, as on the annex forms. */
export function field(label: string, value: string): Element {
  return {
    tag: 'column_set',
    columns: [
      { tag: 'column', width: 'weighted', weight: 1, elements: [markdown(`**${label}**`)] },
      { tag: 'column', width: 'weighted', weight: 3, elements: [markdown(value || '—')] },
    ],
  };
}

export type ButtonType = 'default' | 'primary' | 'danger' | 'text' | 'primary_filled' | 'danger_filled';

export function button(
  label: string,
  value: Record<string, unknown>,
  opts: { type?: ButtonType; disabled?: boolean; confirm?: { title: string; text: string } } = {},
): Element {
  return {
    tag: 'button',
    text: text(label),
    type: opts.type ?? 'default',
    behaviors: [{ type: 'callback', value }],
    ...(opts.disabled ? { disabled: true } : {}),
    ...(opts.confirm ? { confirm: { title: text(opts.confirm.title), text: text(opts.confirm.text) } } : {}),
  };
}

/** Buttons side by side. */
export function buttonRow(buttons: Element[]): Element {
  return {
    tag: 'column_set',
    flex_mode: 'flow',
    columns: buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [b] })),
  };
}

export function submitButton(label: string, name: string, value?: Record<string, unknown>): Element {
  return {
    tag: 'button',
    text: text(label),
    type: 'primary_filled',
    name,
    form_action_type: 'submit',
    ...(value ? { behaviors: [{ type: 'callback', value }] } : {}),
  };
}

export function form(name: string, elements: Element[]): Element {
  return { tag: 'form', name, elements };
}

export function input(
  name: string,
  label: string,
  opts: {
    placeholder?: string;
    value?: string;
    required?: boolean;
    multiline?: boolean;
    maxLength?: number;
  } = {},
): Element {
  return {
    tag: 'input',
    name,
    label: text(label),
    label_position: 'top',
    placeholder: text(opts.placeholder ?? `请输入${label}`),
    ...(opts.value ? { default_value: opts.value } : {}),
    ...(opts.required ? { required: true } : {}),
    ...(opts.multiline ? { input_type: 'multiline_text', rows: 3 } : {}),
    ...(opts.maxLength ? { max_length: opts.maxLength } : {}),
  };
}

export function datePicker(
  name: string,
  placeholder: string,
  opts: { value?: string; required?: boolean } = {},
): Element {
  return {
    tag: 'date_picker',
    name,
    placeholder: text(placeholder),
    ...(opts.value ? { initial_date: opts.value } : {}),
    ...(opts.required ? { required: true } : {}),
  };
}

export interface Option {
  label: string;
  value: string;
}

/**
 * Lark counts every tagged object towards a card's 200 (docs/lark-platform.md §9.2), each option's text
 * among them, so no select lists more than this; callers put the likely choices first and offer the rest
 * another way (a typed name, a second card).
 */
export const MAX_OPTIONS = 40;

/** The first `max` options, keeping every chosen one, in their order. */
export function capOptions(
  options: readonly Option[],
  chosen: readonly string[] = [],
  max = MAX_OPTIONS,
): Option[] {
  const keep = new Set(chosen);
  let room = max - options.filter((o) => keep.has(o.value)).length;
  return options.filter((o) => keep.has(o.value) || room-- > 0);
}

/** `required` has no agreed default across Lark's docs, so every select states it. */
interface SelectOpts {
  required: boolean;
  max?: number;
}

export function selectStatic(
  name: string,
  placeholder: string,
  options: readonly Option[],
  opts: SelectOpts & { value?: string },
): Element {
  return {
    tag: 'select_static',
    name,
    placeholder: text(placeholder),
    options: capOptions(options, opts.value ? [opts.value] : [], opts.max).map((o) => ({
      text: text(o.label),
      value: o.value,
    })),
    ...(opts.value ? { initial_option: opts.value } : {}),
    required: opts.required,
  };
}

export function multiSelectStatic(
  name: string,
  placeholder: string,
  options: readonly Option[],
  opts: SelectOpts & { values?: string[] },
): Element {
  return {
    tag: 'multi_select_static',
    name,
    placeholder: text(placeholder),
    options: capOptions(options, opts.values, opts.max).map((o) => ({ text: text(o.label), value: o.value })),
    ...(opts.values?.length ? { selected_values: opts.values } : {}),
    required: opts.required,
  };
}

/**
 * Markdown text is the one place user input reaches a card; keep it from forming tags, links or markup.
 * Lark documents HTML entities for this (docs/lark-platform.md §9.2), not backslashes.
 */
export function escapeMd(s: string): string {
  return s.replace(/[&<>"'`*_~[\]()#|!\\]/g, (c) => (c === '&' ? '&amp;' : `&#${c.charCodeAt(0)};`));
}

/** What a card says once a fresh one for the same step has replaced it (Lark's cards age out after 14 days). */
export const SUPERSEDED_NOTE = '此卡片已更新，请在最新卡片中办理';

/**
 * Lark's person picker (select_person, docs/lark-platform.md §9.2): each option is only `{ value:
 * open_id }`, no text object, so a long list does not count towards the 200; the client shows the
 * names and searches them. In a form it submits the chosen open_id, as a single select does.
 */
export function selectPerson(
  name: string,
  placeholder: string,
  openIds: readonly string[],
  opts: { required: boolean; value?: string },
): Element {
  return {
    tag: 'select_person',
    name,
    placeholder: text(placeholder),
    options: openIds.map((value) => ({ value })),
    ...(opts.value && openIds.includes(opts.value) ? { initial_option: opts.value } : {}),
    required: opts.required,
  };
}
