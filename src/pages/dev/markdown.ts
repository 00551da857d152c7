// The subset of Lark card markdown the bot uses, drawn as Lark draws it. Everything is HTML-escaped
// first; only the few constructs below are turned back into markup, so a card can never inject any.

/** Lark's named text colours, darkened where needed to read at 4.5:1 on a white card. */
export const FONT_COLORS: Record<string, string> = {
  default: '#1f2329',
  grey: '#646a73',
  gray: '#646a73',
  red: '#c4281c',
  orange: '#a84f00',
  yellow: '#7d6200',
  green: '#237b19',
  turquoise: '#0b7267',
  wathet: '#0b6689',
  blue: '#245bdb',
  indigo: '#3b48b8',
  purple: '#6a35c9',
  violet: '#952c95',
  carmine: '#b5175f',
};

const ESCAPABLE = /\\([\\`*_~[\]<>#()!.-])/g;
// Characters protected by a backslash (or inside code) travel through the passes below as code points
// in a private-use block, so no pass can read them as markup.
const SHIELD = 0xe000;
const SHIELDED = /[\ue000-\ue07f]/g;

const shield = (c: string) => String.fromCharCode(SHIELD + c.charCodeAt(0));

// Lark decodes HTML entities in card markdown and shows them as the character, never as markup.
const ENTITY = /&(?:#(\d{1,6})|#x([0-9a-f]{1,5})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function entity(_m: string, dec?: string, hex?: string, name?: string): string {
  const code = dec
    ? Number(dec)
    : hex
      ? parseInt(hex, 16)
      : (NAMED[name?.toLowerCase() ?? '']?.charCodeAt(0) ?? 32);
  if (code < 0x80) return shield(String.fromCharCode(code));
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function colorStyle(name: string): string | undefined {
  if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(name)) return name;
  return FONT_COLORS[name.toLowerCase()];
}

const Q = '(?:&#34;|&#39;)?';
const FONT = new RegExp(`&#60;font\\s+color=${Q}([#\\w-]+)${Q}\\s*&#62;([\\s\\S]*?)&#60;/font&#62;`, 'gi');
const TEXT_TAG = new RegExp(
  `&#60;text_tag(?:\\s+color=${Q}([\\w-]+)${Q})?\\s*&#62;([\\s\\S]*?)&#60;/text_tag&#62;`,
  'gi',
);
const AT = new RegExp(`&#60;at\\s+(?:id|user_id)=${Q}([\\w-]+)${Q}\\s*&#62;([\\s\\S]*?)&#60;/at&#62;`, 'gi');

function inline(escaped: string): string {
  return escaped
    .replace(/`([^`]+)`/g, (_m, code: string) => `<code>${code.replace(/[*_~[\]]/g, shield)}</code>`)
    .replace(FONT, (m, color: string, body: string) => {
      const css = colorStyle(color);
      return css ? `<span style="color:${css}">${body}</span>` : body;
    })
    .replace(TEXT_TAG, (_m, color: string | undefined, body: string) => {
      const css = colorStyle(color ?? 'blue') ?? FONT_COLORS.blue;
      return `<span class="md-tag" style="color:${css}">${body}</span>`;
    })
    .replace(
      AT,
      (_m, id: string, name: string) =>
        `<span class="md-at">@${name || (id === 'all' ? '所有人' : id)}</span>`,
    )
    .replace(
      /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g,
      '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>',
    )
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/~~(.+?)~~/g, '<del>$1</del>')
    .replace(/(^|[^*\w])\*([^*\n]+?)\*(?!\*)/g, '$1<em>$2</em>');
}

function block(line: string): string {
  const heading = /^(#{1,6})\s+(.*)$/.exec(line);
  if (heading) return `<div class="md-h">${inline(heading[2] ?? '')}</div>`;
  const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
  if (bullet)
    return `<div class="md-li"><span aria-hidden="true">•</span><span>${inline(bullet[1] ?? '')}</span></div>`;
  const ordered = /^\s*(\d+)\.\s+(.*)$/.exec(line);
  if (ordered)
    return `<div class="md-li"><span>${ordered[1]}.</span><span>${inline(ordered[2] ?? '')}</span></div>`;
  if (/^\s*(-{3,}|&#60;hr\s*\/?&#62;)\s*$/.test(line)) return '<hr class="md-hr">';
  // An indented line continues the list item above it, as in CommonMark.
  const indented = /^(?: {2,}|\t)(\S.*)$/.exec(line);
  if (indented) return `<div class="md-indent">${inline(indented[1] ?? '')}</div>`;
  if (line.trim() === '') return '<div class="md-gap"></div>';
  return `<div>${inline(line)}</div>`;
}

/** Lark card markdown → safe HTML. */
export function renderMarkdown(source: string): string {
  const shielded = source
    .replace(SHIELDED, '')
    .replace(ESCAPABLE, (_m, c: string) => shield(c))
    .replace(ENTITY, entity);
  const html = escapeHtml(shielded.replace(/\r\n?/g, '\n'))
    .replace(/&#60;br\s*\/?&#62;/gi, '\n')
    .split('\n')
    .map(block)
    .join('');
  return html.replace(SHIELDED, (c) => escapeHtml(String.fromCharCode(c.charCodeAt(0) - SHIELD)));
}

/** Plain text (text messages, plain_text elements) with its line breaks kept. */
export function renderPlain(source: string): string {
  return escapeHtml(source).replace(/\r?\n/g, '<br>');
}
