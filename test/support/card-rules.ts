// What the platform refuses in a Card JSON 2.0 (card structure, component and FAQ pages of the
// Feishu card docs), as a pure check the fake Lark applies to every card it is sent and a test can
// run over any card the bot builds. Each problem carries the sub-code the platform reports inside
// its 230099 "Failed to create card content" answer.

export interface CardProblem {
  /** 200621 unknown property, 200861 unsupported tag, 11310 any other limit or rule. */
  code: number;
  path: string;
  message: string;
}

type Node = Record<string, unknown>;

export const MAX_ELEMENTS = 200;
export const MAX_TABLES = 5;
export const MAX_MARKDOWN_TABLES = 4;
export const MAX_CONTAINER_DEPTH = 5;

const TOP_LEVEL = new Set(['schema', 'config', 'card_link', 'header', 'body']);
const CONFIG = new Set([
  'update_multi',
  'width_mode',
  'enable_forward',
  'enable_forward_interaction',
  'streaming_mode',
  'streaming_config',
  'summary',
  'locales',
  'use_custom_translation',
  'style',
]);
const COLORS = new Set(
  'blue wathet turquoise green yellow orange red carmine violet purple indigo grey default'.split(' '),
);
/** 1.0 tags that 2.0 refuses by name. */
const REMOVED_IN_2 = new Set(['action', 'note']);
const CONTAINERS = new Set(['column_set', 'form', 'interactive_container', 'collapsible_panel']);
const FIELDS = new Set([
  'input',
  'select_static',
  'multi_select_static',
  'select_person',
  'multi_select_person',
  'date_picker',
  'picker_time',
  'picker_datetime',
  'checker',
  'select_img',
]);
const KNOWN_TAGS = new Set([
  ...CONTAINERS,
  ...FIELDS,
  'column',
  'markdown',
  'div',
  'hr',
  'img',
  'img_combination',
  'table',
  'chart',
  'person',
  'person_list',
  'avatar',
  'audio',
  'button',
  'overflow',
  'plain_text',
  'lark_md',
  'standard_icon',
  'custom_icon',
]);
const ELEMENT_ID = /^[A-Za-z][A-Za-z0-9_]{0,19}$/;
/** A markdown table's separator row, once per table. */
const MARKDOWN_TABLE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/gm;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Walk {
  problems: CardProblem[];
  elements: number;
  tables: number;
  ids: Set<string>;
  forms: Set<string>;
}

/** How many tagged objects `card` has, as the platform counts them towards its 200. */
export function elementCount(card: unknown): number {
  const walk: Walk = { problems: [], elements: 0, tables: 0, ids: new Set(), forms: new Set() };
  countTagged(card, walk);
  return walk.elements;
}

/** Every problem the platform would refuse `card` for; empty when it would accept it. */
export function checkCard(card: unknown): CardProblem[] {
  const problems: CardProblem[] = [];
  const add = (code: number, path: string, message: string) => problems.push({ code, path, message });
  if (!isNode(card)) return [{ code: 11310, path: '$', message: 'card is not a JSON object' }];
  if (card.schema !== '2.0') add(11310, '$.schema', 'the fake validates Card JSON 2.0 only');
  for (const key of Object.keys(card))
    if (!TOP_LEVEL.has(key)) add(200621, `$.${key}`, `unknown property "${key}"`);
  const config = card.config;
  if (config !== undefined) {
    if (!isNode(config)) add(200621, '$.config', 'config must be an object');
    else {
      for (const key of Object.keys(config))
        if (!CONFIG.has(key)) add(200621, `$.config.${key}`, `unknown property "${key}"`);
      if ('update_multi' in config && config.update_multi !== true)
        add(11310, '$.config.update_multi', 'update_multi must be true in 2.0');
    }
  }
  const header = card.header;
  if (header !== undefined) {
    if (!isNode(header) || !isNode(header.title) || header.title.tag !== 'plain_text')
      add(11310, '$.header.title', 'header needs a plain_text title');
    else if (header.template !== undefined && !COLORS.has(String(header.template)))
      add(11310, '$.header.template', `unknown header colour "${String(header.template)}"`);
  }
  const body = card.body;
  if (!isNode(body) || !Array.isArray(body.elements)) {
    add(11310, '$.body.elements', 'body.elements must be an array');
    return problems;
  }
  const walk: Walk = { problems, elements: 0, tables: 0, ids: new Set(), forms: new Set() };
  // Tagged objects outside the body (header title and subtitle, text tags) count as well.
  countTagged(header, walk);
  body.elements.forEach((el, i) =>
    element(el, `$.body.elements[${i}]`, { depth: 0, form: undefined, root: true }, walk),
  );
  if (walk.elements > MAX_ELEMENTS)
    add(11310, '$', `card contains too many elements (${walk.elements} > ${MAX_ELEMENTS})`);
  if (walk.tables > MAX_TABLES) add(11310, '$', 'card table number over limit');
  return problems;
}

interface Scope {
  depth: number;
  /** The names of fields in the enclosing form, when inside one. */
  form: Set<string> | undefined;
  root: boolean;
}

function countTagged(v: unknown, walk: Walk): void {
  if (Array.isArray(v)) v.forEach((x) => countTagged(x, walk));
  else if (isNode(v)) {
    if (typeof v.tag === 'string') walk.elements += 1;
    Object.values(v).forEach((x) => countTagged(x, walk));
  }
}

function element(el: unknown, path: string, scope: Scope, walk: Walk): void {
  const add = (code: number, message: string) => void walk.problems.push({ code, path, message });
  if (!isNode(el) || typeof el.tag !== 'string') return add(11310, 'an element needs a tag');
  const tag = el.tag;
  walk.elements += 1;
  if (REMOVED_IN_2.has(tag)) add(200861, `tag "${tag}" is not supported in 2.0`);
  else if (!KNOWN_TAGS.has(tag)) add(200861, `unsupported tag "${tag}"`);
  if (el.element_id !== undefined) {
    const id = String(el.element_id);
    if (!ELEMENT_ID.test(id)) add(11310, `element_id "${id}" must be a letter then ≤ 19 letters, digits, _`);
    else if (walk.ids.has(id)) add(11310, `element_id "${id}" is not unique`);
    walk.ids.add(id);
  }
  if (tag === 'table') {
    walk.tables += 1;
    if (scope.form) add(11310, 'a form cannot contain a table');
  }
  if (tag === 'markdown' && typeof el.content === 'string') {
    const n = el.content.match(MARKDOWN_TABLE)?.length ?? 0;
    walk.tables += n;
    if (n > MAX_MARKDOWN_TABLES) add(11310, 'card table number over limit');
  }
  if (tag === 'form') form(el, path, scope, walk);
  if (FIELDS.has(tag) && scope.form) {
    const name = typeof el.name === 'string' ? el.name : '';
    if (!name) add(11310, `a ${tag} inside a form needs a name`);
    else if (scope.form.has(name)) add(11310, `name "${name}" is used twice in the form`);
    scope.form.add(name);
  }
  if (tag === 'multi_select_static' && !scope.form) add(11310, 'multi_select_static only inside a form');
  if (tag === 'button' && scope.form && !['submit', 'reset'].includes(String(el.form_action_type)))
    add(11310, 'a button inside a form needs form_action_type submit or reset');
  if ((tag === 'select_static' || tag === 'multi_select_static') && !Array.isArray(el.options))
    add(11310, `${tag} needs options`);
  if (tag === 'select_person' || tag === 'multi_select_person') personOptions(el, add);
  // Tagged objects that are not elements (plain_text labels, option texts) count towards the limit:
  // a form with one option per unit or person grows with the bureau.
  for (const [key, value] of Object.entries(el))
    if (key !== 'elements' && key !== 'columns') countTagged(value, walk);
  const depth = CONTAINERS.has(tag) ? scope.depth + 1 : scope.depth;
  if (depth > MAX_CONTAINER_DEPTH) add(11310, `containers nested deeper than ${MAX_CONTAINER_DEPTH}`);
  const inner: Scope = { ...scope, depth, root: false };
  if (Array.isArray(el.columns))
    el.columns.forEach((col, c) => {
      if (!isNode(col) || col.tag !== 'column') {
        walk.problems.push({ code: 11310, path: `${path}.columns[${c}]`, message: 'not a column' });
        return;
      }
      walk.elements += 1;
      (Array.isArray(col.elements) ? col.elements : []).forEach((x, i) =>
        element(x, `${path}.columns[${c}].elements[${i}]`, inner, walk),
      );
    });
  if (Array.isArray(el.elements) && tag !== 'form')
    el.elements.forEach((x, i) => element(x, `${path}.elements[${i}]`, inner, walk));
}

/**
 * A person picker's options are `{ value: open_id }` and nothing else (no text: the client shows the
 * person's name); its initial choice must be one of them. Without options it lists the chat's
 * members, which in a one-to-one chat with the bot is nobody useful, so the bot always sends them.
 */
function personOptions(el: Node, add: (code: number, message: string) => void): void {
  if (!Array.isArray(el.options) || el.options.length === 0)
    return add(11310, `${String(el.tag)} without options lists only the chat's members`);
  const values = new Set<string>();
  el.options.forEach((option, i) => {
    if (!isNode(option)) return add(11310, `options[${i}] must be an object`);
    for (const key of Object.keys(option))
      if (key !== 'value') add(200621, `options[${i}]: unknown property "${key}"`);
    if (typeof option.value !== 'string' || !option.value.startsWith('ou_'))
      add(11310, `options[${i}].value must be an open_id`);
    else values.add(option.value);
  });
  if (el.initial_option !== undefined && !values.has(String(el.initial_option)))
    add(11310, 'initial_option is not among the options');
  if (Array.isArray(el.selected_values) && el.selected_values.some((v) => !values.has(String(v))))
    add(11310, 'selected_values are not among the options');
}

function form(el: Node, path: string, scope: Scope, walk: Walk): void {
  const add = (message: string) => void walk.problems.push({ code: 11310, path, message });
  if (!scope.root) add('a form must sit at the root of the body');
  const name = typeof el.name === 'string' ? el.name : '';
  if (!name) add('a form needs a name');
  else if (walk.forms.has(name)) add(`form name "${name}" is not unique in the card`);
  walk.forms.add(name);
  const inner: Scope = { depth: scope.depth + 1, form: new Set(), root: false };
  const walkInForm = (x: unknown, p: string) => {
    if (isNode(x) && x.tag === 'form') add('a form cannot contain another form');
    element(x, p, inner, walk);
  };
  (Array.isArray(el.elements) ? el.elements : []).forEach((x, i) => walkInForm(x, `${path}.elements[${i}]`));
}

/**
 * Not refused, but a rule of this codebase: sources disagree on the default of `required`, so
 * every select sets it explicitly.
 */
export function selectsWithoutRequired(card: unknown): string[] {
  const found: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else if (isNode(v)) {
      if (typeof v.tag === 'string' && /select/.test(v.tag) && typeof v.required !== 'boolean')
        found.push(`${path} (${v.tag} ${String(v.name ?? '')})`.trim());
      for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
    }
  };
  visit(card, '$');
  return found;
}
