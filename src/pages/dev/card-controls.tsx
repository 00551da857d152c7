// Interactive card components: buttons and the form fields Lark collects into `form_value`.
// Each field carries data-field/data-kind so the page script can gather values the way Lark sends them.
import type { Child } from 'hono/jsx';
import { behaviorOf, optionsOf, str, textOf, type CardElement } from './card-json.js';

export interface RenderCtx {
  /** Unique per card on the page, so field ids never collide across messages. */
  idPrefix: string;
  /** Names by open_id, for Lark's person picker, whose options carry only the open_id. */
  names?: ReadonlyMap<string, string>;
}

const BUTTON_TYPES = new Set([
  'default',
  'primary',
  'danger',
  'text',
  'primary_text',
  'danger_text',
  'primary_filled',
  'danger_filled',
  'laser',
]);

export function CardButton({ el }: { el: CardElement }) {
  const type = BUTTON_TYPES.has(String(el.type)) ? String(el.type) : 'default';
  const label = textOf(el.text);
  const behavior = behaviorOf(el);
  const formAction =
    el.form_action_type === 'submit' || el.form_action_type === 'reset' ? el.form_action_type : undefined;
  const confirm =
    el.confirm && typeof el.confirm === 'object' ? (el.confirm as Record<string, unknown>) : undefined;
  const className = `lk-btn lk-btn-${type}`;
  if (!formAction && behavior.kind === 'open_url' && el.disabled !== true) {
    return (
      <a class={className} href={behavior.url} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
    );
  }
  return (
    <button
      type="button"
      class={className}
      disabled={el.disabled === true}
      data-act={formAction ?? behavior.kind}
      data-value={behavior.kind === 'callback' ? JSON.stringify(behavior.value) : undefined}
      data-name={str(el.name)}
      data-confirm-title={confirm ? textOf(confirm.title) : undefined}
      data-confirm-text={confirm ? textOf(confirm.text) : undefined}
    >
      {label}
    </button>
  );
}

function Required({ on }: { on: boolean }) {
  return on ? (
    <span class="lk-req" aria-hidden="true">
      *
    </span>
  ) : null;
}

function FieldShell(props: { el: CardElement; kind: string; id: string; label?: string; children: Child }) {
  const name = str(props.el.name) ?? '';
  const required = props.el.required === true;
  const left = props.el.label_position === 'left';
  return (
    <div
      class={`lk-field${left ? ' lk-field-left' : ''}`}
      data-field={name}
      data-kind={props.kind}
      data-required={required ? '1' : undefined}
    >
      {props.label ? (
        <label class="lk-label" for={props.id}>
          <Required on={required} />
          {props.label}
        </label>
      ) : null}
      {props.children}
      <p class="lk-err" id={`${props.id}-err`} hidden>
        请填写此项
      </p>
    </div>
  );
}

export function CardInput({ el, ctx }: { el: CardElement; ctx: RenderCtx }) {
  const id = `${ctx.idPrefix}-${str(el.name) ?? 'input'}`;
  const label = textOf(el.label) || undefined;
  const placeholder = textOf(el.placeholder);
  const multiline = el.input_type === 'multiline_text';
  const common = {
    id,
    name: str(el.name),
    placeholder,
    maxlength: typeof el.max_length === 'number' ? el.max_length : undefined,
    disabled: el.disabled === true,
    'aria-label': label ? undefined : placeholder,
    'aria-required': el.required === true ? 'true' : undefined,
    'aria-describedby': `${id}-err`,
  };
  return (
    <FieldShell el={el} kind="text" id={id} label={label}>
      {multiline ? (
        <textarea class="lk-input" rows={typeof el.rows === 'number' ? el.rows : 3} {...common}>
          {str(el.default_value) ?? ''}
        </textarea>
      ) : (
        <input class="lk-input" type="text" value={str(el.default_value)} {...common} />
      )}
    </FieldShell>
  );
}

/** Lark's picker shows its placeholder in the box; a native date box cannot, so it becomes the label. */
export function CardDatePicker({ el, ctx }: { el: CardElement; ctx: RenderCtx }) {
  const id = `${ctx.idPrefix}-${str(el.name) ?? 'date'}`;
  return (
    <FieldShell el={el} kind="date" id={id} label={textOf(el.placeholder) || '日期'}>
      <input
        class="lk-input lk-date"
        type="date"
        id={id}
        name={str(el.name)}
        value={str(el.initial_date)}
        disabled={el.disabled === true}
        aria-required={el.required === true ? 'true' : undefined}
        aria-describedby={`${id}-err`}
      />
    </FieldShell>
  );
}

export function CardSelect({ el, ctx }: { el: CardElement; ctx: RenderCtx }) {
  const id = `${ctx.idPrefix}-${str(el.name) ?? 'select'}`;
  const placeholder = textOf(el.placeholder) || '请选择';
  const initial = str(el.initial_option);
  return (
    <FieldShell el={el} kind="select" id={id}>
      <select
        class="lk-input lk-select"
        id={id}
        name={str(el.name)}
        aria-label={placeholder}
        disabled={el.disabled === true}
        aria-required={el.required === true ? 'true' : undefined}
        aria-describedby={`${id}-err`}
      >
        <option value="" selected={!initial}>
          {placeholder}
        </option>
        {optionsOf(el.options).map((o) => (
          <option value={o.value} selected={o.value === initial}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Beyond this many options Lark's dropdown is the only sane way to show them; fewer read better as chips. */
const CHIP_LIMIT = 6;

export function CardMultiSelect({ el, ctx }: { el: CardElement; ctx: RenderCtx }) {
  const id = `${ctx.idPrefix}-${str(el.name) ?? 'multi'}`;
  const chosen = new Set(Array.isArray(el.selected_values) ? el.selected_values.map(String) : []);
  const required = el.required === true;
  const placeholder = textOf(el.placeholder) || '请选择';
  const options = optionsOf(el.options);
  const boxes = options.map((o, i) => (
    <label class="lk-chip" for={`${id}-${i}`}>
      <input type="checkbox" id={`${id}-${i}`} value={o.value} checked={chosen.has(o.value)} />
      <span>{o.label}</span>
    </label>
  ));
  const picked = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  return (
    <fieldset
      class="lk-field lk-multi"
      data-field={str(el.name) ?? ''}
      data-kind="multi"
      data-required={required ? '1' : undefined}
      aria-describedby={`${id}-err`}
      disabled={el.disabled === true}
    >
      <legend class="lk-label">
        <Required on={required} />
        {placeholder}（可多选）
      </legend>
      {options.length > CHIP_LIMIT ? (
        <details class="lk-dd">
          <summary class="lk-input lk-dd-sum" data-placeholder={placeholder}>
            {picked.length ? picked.join('、') : placeholder}
          </summary>
          <div class="lk-dd-list">{boxes}</div>
        </details>
      ) : (
        <div class="lk-chips">{boxes}</div>
      )}
      <p class="lk-err" id={`${id}-err`} hidden>
        请至少选择一项
      </p>
    </fieldset>
  );
}
