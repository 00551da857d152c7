import { bureauDateTime } from '../../time.js';
import { isObject, str } from './card-json.js';
import { CardView } from './card-view.js';
import type { ChatItem } from './chat-repo.js';
import { renderPlain } from './markdown.js';

function parse(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
}

/** Lark text content shows `<at user_id="…">名字</at>` as @名字. */
function textContent(content: unknown): string {
  const text = isObject(content) ? (str(content.text) ?? '') : '';
  return text.replace(/<at\b[^>]*>(.*?)<\/at>/g, '@$1');
}

/** A rich-text (`post`) message, flattened to its title and text runs. */
function postContent(content: unknown): string {
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

function Bubble({ text }: { text: string }) {
  return <div class="bubble" dangerouslySetInnerHTML={{ __html: renderPlain(text) }} />;
}

type Names = ReadonlyMap<string, string>;

function BotBody({ item, names }: { item: ChatItem; names?: Names }) {
  const content = parse(item.content);
  switch (item.msgType) {
    case 'interactive':
      return <CardView card={content} idPrefix={`c-${item.id.replace(/[^\w-]/g, '')}`} names={names} />;
    case 'text':
      return <Bubble text={textContent(content)} />;
    case 'post':
      return <Bubble text={postContent(content)} />;
    default:
      return <Bubble text={`［${item.msgType} 消息，本模拟器暂不显示］`} />;
  }
}

function When({ at }: { at: string }) {
  return <time datetime={at}>{bureauDateTime(at).slice(5)}</time>;
}

export function ChatItemView({ item, names }: { item: ChatItem; names?: Names }) {
  const common = { 'data-id': item.id, 'data-version': item.version, 'data-at': item.at };
  if (item.from === 'person') {
    return (
      <div class="msg msg-me" {...common}>
        <div class="msg-main">
          <div class="msg-meta">
            <span class="sr-only">我</span>
            <When at={item.at} />
          </div>
          <Bubble text={item.content || `［${item.msgType} 消息］`} />
        </div>
      </div>
    );
  }
  return (
    <div class="msg msg-bot" {...common}>
      <div class="avatar" aria-hidden="true">
        助
      </div>
      <div class="msg-main">
        <div class="msg-meta">
          <span class="msg-name">执法助手</span>
          <When at={item.at} />
          {item.urgent ? <span class="badge-urgent">加急</span> : null}
        </div>
        <BotBody item={item} names={names} />
      </div>
    </div>
  );
}
