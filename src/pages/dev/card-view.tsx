// Draws a Card JSON 2.0 object (the very JSON the bot sends) close to how the Lark client shows it.
import {
  CardButton,
  CardDatePicker,
  CardInput,
  CardMultiSelect,
  CardSelect,
  type RenderCtx,
} from './card-controls.js';
import { elements, isMarkdownText, isObject, str, textOf, type CardElement, type Json } from './card-json.js';
import { renderMarkdown, renderPlain } from './markdown.js';
import { HEADER_TEMPLATES } from './palette.js';

function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div
      class={`md${className ? ` ${className}` : ''}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}

function Text({ text }: { text: unknown }) {
  const content = textOf(text);
  return isMarkdownText(text) ? (
    <Markdown source={content} />
  ) : (
    <div class="lk-text" dangerouslySetInnerHTML={{ __html: renderPlain(content) }} />
  );
}

function columnStyle(col: Json): string {
  const width = str(col.width) ?? 'auto';
  const px = /^(\d+)px$/.exec(width);
  const flex =
    width === 'weighted'
      ? `flex:${typeof col.weight === 'number' ? col.weight : 1} 1 0`
      : px
        ? `flex:0 0 ${px[1]}px`
        : 'flex:0 0 auto';
  const align =
    col.vertical_align === 'center'
      ? ';align-self:center'
      : col.vertical_align === 'bottom'
        ? ';align-self:flex-end'
        : '';
  return `${flex}${align}`;
}

function ColumnSet({ el, ctx }: { el: CardElement; ctx: RenderCtx }) {
  const mode = ['flow', 'bisect', 'trisect', 'stretch'].includes(String(el.flex_mode))
    ? String(el.flex_mode)
    : 'none';
  const columns = elements(el.columns);
  return (
    <div class={`lk-cols lk-cols-${mode}`}>
      {columns.map((col) => (
        <div
          class={`lk-col${col.background_style === 'grey' ? ' lk-col-grey' : ''}`}
          style={columnStyle(col)}
        >
          <Elements list={elements(col.elements)} ctx={ctx} />
        </div>
      ))}
    </div>
  );
}

function Unsupported({ tag }: { tag: string }) {
  return <div class="lk-unsupported">本模拟器暂不显示「{tag}」组件，飞书客户端中可正常显示。</div>;
}

function CardElementView({ el, ctx }: { el: CardElement; ctx: RenderCtx }) {
  switch (el.tag) {
    case 'markdown':
    case 'lark_md':
      return (
        <Markdown
          source={str(el.content) ?? ''}
          className={el.text_align === 'center' ? 'md-center' : undefined}
        />
      );
    case 'plain_text':
      return <Text text={el} />;
    case 'div':
      return (
        <div class="lk-div">
          {el.text ? <Text text={el.text} /> : null}
          {Array.isArray(el.fields)
            ? el.fields.filter(isObject).map((f) => (
                <div class={f.is_short ? 'lk-div-field lk-short' : 'lk-div-field'}>
                  <Text text={f.text} />
                </div>
              ))
            : null}
        </div>
      );
    case 'hr':
      return <hr class="lk-hr" />;
    case 'column_set':
      return <ColumnSet el={el} ctx={ctx} />;
    case 'form':
      return (
        <form class="lk-form" data-form={str(el.name) ?? ''} novalidate>
          <Elements list={elements(el.elements)} ctx={ctx} />
        </form>
      );
    case 'collapsible_panel': {
      const header = isObject(el.header) ? el.header : {};
      return (
        <details class="lk-panel" open={el.expanded === true}>
          <summary>{textOf(header.title)}</summary>
          <Elements list={elements(el.elements)} ctx={ctx} />
        </details>
      );
    }
    case 'note':
      return (
        <div class="lk-note">
          <Elements list={elements(el.elements)} ctx={ctx} />
        </div>
      );
    case 'action':
      return (
        <div class="lk-cols lk-cols-flow">
          <Elements list={elements(el.actions)} ctx={ctx} />
        </div>
      );
    case 'button':
      return <CardButton el={el} />;
    case 'input':
      return <CardInput el={el} ctx={ctx} />;
    case 'date_picker':
      return <CardDatePicker el={el} ctx={ctx} />;
    case 'select_static':
      return <CardSelect el={el} ctx={ctx} />;
    case 'multi_select_static':
      return <CardMultiSelect el={el} ctx={ctx} />;
    case 'select_person':
      // The Lark client shows each open_id as the person's name and lets one search them.
      return <CardSelect el={{ ...el, options: personOptions(el.options, ctx.names) }} ctx={ctx} />;
    case 'img':
      return <div class="lk-img">［图片］{textOf(el.alt)}</div>;
    default:
      return <Unsupported tag={el.tag} />;
  }
}

function Elements({ list, ctx }: { list: CardElement[]; ctx: RenderCtx }) {
  return (
    <>
      {list.map((el) => (
        <CardElementView el={el} ctx={ctx} />
      ))}
    </>
  );
}

export function cardTitle(card: unknown): string {
  return isObject(card) && isObject(card.header) ? textOf(card.header.title) : '';
}

function personOptions(options: unknown, names: ReadonlyMap<string, string> | undefined): Json[] {
  return (Array.isArray(options) ? options.filter(isObject) : []).map((o) => {
    const value = str(o.value) ?? '';
    return { value, text: { tag: 'plain_text', content: names?.get(value) ?? value } };
  });
}

export function CardView({
  card,
  idPrefix,
  names,
}: {
  card: unknown;
  idPrefix: string;
  names?: ReadonlyMap<string, string>;
}) {
  if (!isObject(card)) return <Unsupported tag="卡片" />;
  const header = isObject(card.header) ? card.header : undefined;
  const template = header && HEADER_TEMPLATES[String(header.template)] ? String(header.template) : 'default';
  const body = isObject(card.body) ? elements(card.body.elements) : elements(card.elements);
  const compact = isObject(card.config) && card.config.width_mode === 'compact';
  const tags = header && Array.isArray(header.text_tag_list) ? header.text_tag_list.filter(isObject) : [];
  const ctx: RenderCtx = { idPrefix, ...(names ? { names } : {}) };
  return (
    <article class={`lk-card${compact ? ' lk-compact' : ''}`} aria-label={cardTitle(card) || '卡片消息'}>
      {header ? (
        <header class={`lk-head lk-t-${template}`}>
          <h3 class="lk-title">
            {textOf(header.title)}
            {tags.map((t) => (
              <span class="lk-tag">{textOf(t.text)}</span>
            ))}
          </h3>
          {header.subtitle ? <p class="lk-sub">{textOf(header.subtitle)}</p> : null}
        </header>
      ) : null}
      <div class="lk-body">
        <Elements list={body} ctx={ctx} />
      </div>
    </article>
  );
}
