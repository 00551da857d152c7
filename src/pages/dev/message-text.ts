// The words of a bot message as plain text: text and rich-text bubbles, and the one-line quote a
// reply shows of the message it answers (a card's title, else its first words), as Lark quotes it.
import { elements, isObject, str, textOf } from './card-json.js';

const QUOTE_MAX = 30;

/** Lark text content shows `<at user_id="…">名字</at>` as @名字. */
export function textContent(content: unknown): string {
  const text = isObject(content) ? (str(content.text) ?? '') : '';
  return text.replace(/<at\b[^>]*>(.*?)<\/at>/g, '@$1');
}

/** A rich-text (`post`) message, flattened to its title and text runs. */
export function postContent(content: unknown): string {
  if (!isObject(content)) return '';
  const body = isObject(content.zh_cn) ? content.zh_cn : content;
  const lines = Array.isArray(body.content) ? body.content : [];
  const text = lines
    .map((line) =>
      Array.isArray(line)
        ? line
            .filter(isObject)
            .map((run) => str(run.text) ?? '')
            .join('')
        : '',
    )
    .join('\n');
  return [str(body.title), text].filter(Boolean).join('\n');
}

function cardText(card: unknown): string {
  if (!isObject(card)) return '';
  const title = isObject(card.header) ? textOf(card.header.title) : '';
  if (title) return title;
  const body = isObject(card.body) ? card.body.elements : card.elements;
  const first = elements(body).find((el) => str(el.content) || textOf(el.text));
  return first ? (str(first.content) ?? textOf(first.text)) : '';
}

/** Markup a quote does not show: tags, emphasis, headings, list marks. */
function plain(text: string): string {
  return text
    .replace(/<at\b[^>]*>(.*?)<\/at>/g, '@$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/^\s*(#+|[-*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One line standing for a message of the bot in a reply's quote. */
export function quoteOf(msgType: string, content: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content) as unknown;
  } catch {
    parsed = undefined;
  }
  const raw =
    msgType === 'interactive'
      ? cardText(parsed)
      : msgType === 'text'
        ? textContent(parsed)
        : msgType === 'post'
          ? postContent(parsed)
          : '';
  const line = plain(raw) || (msgType === 'interactive' ? '［卡片］' : '［消息］');
  return line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX)}…` : line;
}
