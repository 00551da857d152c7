import { bureauDateTime } from '../../time.js';
import { CardView } from './card-view.js';
import type { ChatItem } from './chat-repo.js';
import { renderPlain } from './markdown.js';
import { postContent, textContent } from './message-text.js';

function parse(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
}

/** A person's reply: the bubble shows the bot message it answers above the words, as in Lark. */
function ReplyBubble({ text, quote }: { text: string; quote: string }) {
  return (
    <div class="bubble">
      <div class="bubble-quote">回复 执法助手：{quote}</div>
      <div dangerouslySetInnerHTML={{ __html: renderPlain(text) }} />
    </div>
  );
}

function Bubble({ text }: { text: string }) {
  return <div class="bubble" dangerouslySetInnerHTML={{ __html: renderPlain(text) }} />;
}

/** Lark's 回复 on a message; the page script puts the quote above the composer. */
function ReplyButton({ item }: { item: ChatItem }) {
  const quote = item.quote ?? '';
  return (
    <button
      type="button"
      class="msg-reply"
      data-reply={item.id}
      data-quote={quote}
      aria-label={`回复：${quote}`}
    >
      回复
    </button>
  );
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
          {item.parentQuote !== undefined ? (
            <ReplyBubble text={item.content} quote={item.parentQuote} />
          ) : (
            <Bubble text={item.content || `［${item.msgType} 消息］`} />
          )}
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
          <ReplyButton item={item} />
        </div>
        <BotBody item={item} names={names} />
      </div>
    </div>
  );
}
