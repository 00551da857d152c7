import { postText } from './post-text.js';

/** A picture or file in a message, downloadable through the message resource API (docs/lark-platform.md §5). */
export interface MessageResource {
  kind: 'image' | 'file';
  /** `image_key` of a picture, `file_key` of a file. */
  key: string;
  /** A file's name as sent; pictures have none. */
  name?: string;
}

export interface Mention {
  key?: string;
  name?: string;
  id?: { open_id?: string };
}

/** What a message says and carries, whatever its `message_type`. */
export type MessageContent =
  | { kind: 'readable'; text: string; resources: MessageResource[] }
  /** Stickers, audio, video, system messages, merged forwards, cards: nothing the bot can use. */
  | { kind: 'unusable'; messageType: string }
  | { kind: 'malformed' };

const UNUSABLE = new Set([
  'sticker',
  'audio',
  'media',
  'system',
  'merge_forward',
  'interactive',
  'share_chat',
  'share_user',
  'share_calendar_event',
  'calendar',
  'general_calendar',
  'location',
  'video_chat',
  'todo',
  'vote',
  'folder',
  'hongbao',
]);

function parseJson(content: string | undefined): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(content ?? '') as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Reads a message's `content` JSON (docs/lark-platform.md §2): text, rich text (post) as lines, a
 * picture or a file as a resource. Mentions are resolved: the run of @s that addresses the bot at the
 * start (or end) goes, any other @ becomes the person's name.
 */
export function readMessageContent(
  messageType: string | undefined,
  content: string | undefined,
  mentions: Mention[] = [],
): MessageContent {
  const type = messageType ?? 'text';
  if (UNUSABLE.has(type)) return { kind: 'unusable', messageType: type };
  const body = parseJson(content);
  if (!body) return { kind: 'malformed' };
  switch (type) {
    case 'text':
      return { kind: 'readable', text: resolveMentions(str(body.text), mentions), resources: [] };
    case 'post': {
      const post = postText(body);
      return { kind: 'readable', text: resolveMentions(post.text, mentions), resources: post.resources };
    }
    case 'image':
      return body.image_key
        ? { kind: 'readable', text: '', resources: [{ kind: 'image', key: str(body.image_key) }] }
        : { kind: 'malformed' };
    case 'file':
      return body.file_key
        ? {
            kind: 'readable',
            text: '',
            resources: [{ kind: 'file', key: str(body.file_key), name: str(body.file_name) || undefined }],
          }
        : { kind: 'malformed' };
    default:
      return { kind: 'unusable', messageType: type };
  }
}

/** The bot's display name, as people type it when they paste text that @-ed it. */
const BOT_NAME = '执法助手';
const MENTION_KEY = /@_user_\d+|@_all/g;
const LEADING = /^(?:\s*(?:@_user_\d+|@_all|@执法助手))+/;
const TRAILING = /(?:\s*(?:@_user_\d+|@_all|@执法助手))+\s*$/;

/** Removes the @s addressing the bot, names the people mentioned in between, folds white space. */
export function resolveMentions(text: string, mentions: Mention[]): string {
  const names = new Map(mentions.filter((m) => m.key).map((m) => [m.key as string, m.name ?? '']));
  const named = text
    .replace(LEADING, ' ')
    .replace(TRAILING, ' ')
    .replace(MENTION_KEY, (key) => {
      const name = names.get(key);
      return key === '@_all' || !name || name === BOT_NAME ? ' ' : `@${name}`;
    });
  return named
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
