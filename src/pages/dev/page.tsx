import { Layout } from '../layout.js';
import { ChatItemView } from './chat-item.js';
import type { ChatPage } from './chat-repo.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { HINTS } from './hints.js';
import { DROPDOWN_SCRIPT } from './dropdown-script.js';
import { REPLY_SCRIPT } from './reply-script.js';
import type { PeopleGroup, PersonChoice } from './people-groups.js';
import { SIMULATOR_CSS } from './styles.js';

export interface DevPageProps {
  bureau?: string;
  groups: PeopleGroup[];
  /** Who the page is chatting as; absent until someone is picked. */
  me?: PersonChoice;
  /** An `as=` that is not in the directory. */
  unknownAs?: string;
  chat?: ChatPage;
  localMode: boolean;
  /** Names by open_id, for the cards' person pickers. */
  names?: ReadonlyMap<string, string>;
}

function WhoAmI({ groups, me, unknownAs }: Pick<DevPageProps, 'groups' | 'me' | 'unknownAs'>) {
  return (
    <section class="panel sim-who" aria-labelledby="who-h">
      <h2 id="who-h">当前身份</h2>
      <form method="get" action="/dev" class="who">
        <label for="as" class="label">
          选择通讯录中的人员
        </label>
        <div class="who-row">
          <select id="as" name="as" class="control" required>
            <option value="" selected={!me}>
              请选择人员
            </option>
            {groups.map((g) => (
              <optgroup label={g.label}>
                {g.people.map((p) => (
                  <option value={p.openId} selected={p.openId === me?.openId && p.label === me.label}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="submit" class="btn btn-primary">
            切换
          </button>
        </div>
      </form>
      {unknownAs ? <p class="error">通讯录中没有 open_id 为 {unknownAs} 的人员，请重新选择。</p> : null}
      <div id="others" class="others" hidden>
        <h3 class="others-h">以下人员有新消息或卡片更新</h3>
        <ul></ul>
      </div>
    </section>
  );
}

function Tips({ localMode }: { localMode: boolean }) {
  return (
    <section class="panel sim-tips" aria-labelledby="tips-h">
      <h2 id="tips-h">快速上手</h2>
      <p class="hint">点击示例，内容填入输入框后按“发送”。</p>
      <ul class="tips">
        {HINTS.map((h) => (
          <li>
            <button type="button" class="tip" data-text={h.text}>
              {h.label}
            </button>
          </li>
        ))}
      </ul>
      <p class="hint">点击执法助手消息上方的“回复”，可回复该消息或卡片，如对待办卡片回复“同意”。</p>
      <p class="hint">
        本页模拟飞书单聊：发出的消息和卡片上的操作，均按飞书的方式加密、签名后送至本服务的
        /lark/events，与正式环境经过同一入口。
        {localMode ? '执法助手的回复保存在本地数据库，不发送到飞书。' : ''}
      </p>
    </section>
  );
}

function Chat({ me, chat, localMode, names }: Pick<DevPageProps, 'me' | 'chat' | 'localMode' | 'names'>) {
  const items = chat?.items ?? [];
  return (
    <section class="sim-chat" aria-labelledby="chat-h">
      <h2 id="chat-h" class="chat-h">
        {me ? `与执法助手的单聊 · ${me.label}` : '与执法助手的单聊'}
      </h2>
      {localMode ? null : (
        <p class="notice notice-warn">
          已配置飞书应用：执法助手的回复发往飞书客户端，本页只显示您发出的消息。本页可以任何人员的身份操作，正式环境请关闭（DEV_SIMULATOR=0）。
        </p>
      )}
      <noscript>
        <p class="notice notice-warn">本页需启用 JavaScript 才能发送消息和操作卡片。</p>
      </noscript>
      <div id="log" class="log" role="log" aria-live="polite" aria-label="聊天记录">
        {items.map((item) => (
          <ChatItemView item={item} names={names} />
        ))}
      </div>
      <p id="empty" class="empty" hidden={items.length > 0}>
        {me
          ? '尚无消息。可点击“快速上手”中的示例，或输入“帮助”。'
          : '请先在“当前身份”中选择人员，再与执法助手对话。'}
      </p>
      <form id="composer" class="composer" aria-label="发送消息">
        <div id="reply-bar" class="reply-bar" hidden>
          <p class="reply-bar-text">
            回复 执法助手：<span id="reply-quote"></span>
          </p>
          <button id="reply-cancel" type="button" class="btn btn-small" aria-label="取消回复">
            取消
          </button>
        </div>
        <label for="text" class="sr-only">
          消息内容
        </label>
        <textarea
          id="text"
          name="text"
          class="control"
          rows={2}
          maxlength={4000}
          placeholder="输入消息，按 Enter 发送，Shift+Enter 换行"
          disabled={!me}
        ></textarea>
        <button id="send" type="submit" class="btn btn-primary" disabled={!me}>
          发送
        </button>
        <label for="file" class="btn" title="发送文件（如企业名录 .xlsx、.csv）">
          文件
        </label>
        <input id="file" type="file" class="sr-only" disabled={!me} />
        <p id="send-err" class="error" role="alert" hidden></p>
      </form>
    </section>
  );
}

export function DevPage(props: DevPageProps) {
  return (
    <Layout
      title="本地模拟器"
      subtitle="无需飞书租户：以通讯录中任一人员的身份与执法助手单聊，查看其收到的全部消息和卡片。"
      bureau={props.bureau}
      wide
      css={SIMULATOR_CSS}
      script={CLIENT_SCRIPT + DROPDOWN_SCRIPT + REPLY_SCRIPT}
    >
      <div class="sim" data-as={props.me?.openId ?? ''} data-cursor={props.chat?.cursor ?? ''}>
        <WhoAmI groups={props.groups} me={props.me} unknownAs={props.unknownAs} />
        <Chat me={props.me} chat={props.chat} localMode={props.localMode} names={props.names} />
        <Tips localMode={props.localMode} />
      </div>
      <div id="toast" class="toast" role="status" aria-live="polite" hidden></div>
      <dialog id="confirm" class="confirm" aria-labelledby="confirm-t" aria-describedby="confirm-d">
        <form method="dialog">
          <h2 id="confirm-t"></h2>
          <p id="confirm-d"></p>
          <div class="confirm-actions">
            <button class="btn" value="cancel">
              取消
            </button>
            <button class="btn btn-primary" value="ok">
              确定
            </button>
          </div>
        </form>
      </dialog>
    </Layout>
  );
}
