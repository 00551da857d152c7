import type { MessageResource } from './message-content.js';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Pasted and forwarded rich text arrives either flat or under a locale key such as `zh_cn`. */
function postBody(body: Json): { title: string; content: unknown[] } {
  const inner = Array.isArray(body.content)
    ? body
    : (Object.values(body).find((v) => isRecord(v) && Array.isArray(v.content)) as Json | undefined);
  return inner
    ? { title: str(inner.title), content: inner.content as unknown[] }
    : { title: '', content: [] };
}

/** One element of a line: the text it stands for, and the picture it carries, if any. */
function element(el: Json): { text: string; resource?: MessageResource } {
  switch (el.tag) {
    case 'text':
    case 'md':
    case 'code_block':
      return { text: str(el.text) };
    case 'a': {
      const [text, href] = [str(el.text).trim(), str(el.href).trim()];
      return { text: !href || text === href ? text || href : text ? `${text}（${href}）` : href };
    }
    case 'at': {
      // In received posts `user_id` is the mention's key (`@_user_1`), resolved like text's.
      const key = str(el.user_id);
      return { text: key.startsWith('@_') ? key : el.user_name ? `@${str(el.user_name)}` : '' };
    }
    case 'img':
      return el.image_key
        ? { text: '[图片]', resource: { kind: 'image', key: str(el.image_key) } }
        : { text: '' };
    case 'media':
      return { text: '[视频]' };
    default:
      return { text: '' };
  }
}

/** A rich-text message as plain lines: one line per paragraph, the title first; pictures noted. */
export function postText(body: Json): { text: string; resources: MessageResource[] } {
  const { title, content } = postBody(body);
  const lines: string[] = title.trim() ? [title.trim()] : [];
  const resources: MessageResource[] = [];
  for (const paragraph of content) {
    if (!Array.isArray(paragraph)) continue;
    let line = '';
    for (const el of paragraph) {
      if (!isRecord(el)) continue;
      const part = element(el);
      line += part.text;
      if (part.resource) resources.push(part.resource);
    }
    lines.push(line);
  }
  return { text: lines.join('\n'), resources };
}
