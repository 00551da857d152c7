import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Services } from '../../app/services.js';
import { loadDirectory } from '../../directory/directory-repo.js';
import type { Directory } from '../../domain/org.js';
import { isObject } from './card-json.js';
import { ChatItemView } from './chat-item.js';
import { botMessage, chatPage, latestPerPerson, showCallbackCard } from './chat-repo.js';
import { randomLarkId } from '../../lark/payloads.js';
import { clickCard, sendFile, sendText } from './lark-edge.js';
import { DevPage } from './page.js';
import { peopleGroups } from './people-groups.js';
import { replyTarget } from './reply-target.js';
import { SimulatorFiles } from './sim-files.js';

/** Lark drops a callback answer that takes longer than this and shows the person an error instead. */
const CALLBACK_DEADLINE_MS = 3000;

const openId = z.string().regex(/^ou_[\w-]{1,64}$/);
const record = z.record(z.string(), z.unknown());
const pollQuery = z.object({ as: openId.optional(), after: z.string().max(40).optional() });
const typed = z
  .string()
  .max(4000)
  .refine((t) => t.trim() !== '');
const sendBody = z.object({ openId, text: typed });
/** A reply names the bot's message it answers, by the id the bot stored it under. */
const replyBody = z.object({ openId, text: typed, parentId: z.string().min(1).max(128) });
/** A file as the page reads it: its name and its bytes in base64 (at most about 20 MB). */
const fileBody = z.object({
  openId,
  fileName: z.string().min(1).max(200),
  data: z.string().min(1).max(28_000_000),
});
const clickBody = z.object({
  openId,
  messageId: z.string().min(1).max(128),
  value: record,
  formValue: record.optional(),
  name: z.string().max(128).optional(),
});

/** What the page hears after handing a message to the bot's event endpoint. */
function delivered(c: Context, res: Response) {
  if (!res.ok) return c.json({ error: `执法助手未能接收此消息（HTTP ${res.status}）。` }, 502);
  return c.json({ ok: true });
}

async function body<T>(c: Context, schema: z.ZodType<T>): Promise<T | undefined> {
  const raw: unknown = await c.req.json().catch(() => undefined);
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

const namesOf = (dir: Directory) => new Map(dir.people.map((p) => [p.openId, p.name]));

/** Where this very server answers: the simulator reaches its own edge the way Lark does. */
const originOf = (c: Context) => new URL(c.req.url).origin;

/** The local chat simulator at /dev: only mounted when `config.simulator` is on. */
export function devSimulator(services: Services): Hono {
  const { config, store } = services;
  const app = new Hono();

  app.get('/', async (c) => {
    const dir = await loadDirectory(store.db);
    const groups = dir ? peopleGroups(dir) : [];
    const as = c.req.query('as');
    const me = as ? groups.flatMap((g) => g.people).find((p) => p.openId === as) : undefined;
    const chat = me ? await chatPage(store.db, me.openId) : undefined;
    return c.html(
      <DevPage
        bureau={dir?.bureau}
        groups={groups}
        me={me}
        unknownAs={as && !me ? as : undefined}
        chat={chat}
        localMode={config.localMode}
        names={dir ? namesOf(dir) : undefined}
      />,
    );
  });

  app.get('/api/messages', async (c) => {
    const q = pollQuery.safeParse(c.req.query());
    if (!q.success) return c.json({ error: '参数有误：as 须为 open_id。' }, 400);
    const dir = await loadDirectory(store.db);
    const names = dir ? namesOf(dir) : undefined;
    const [chat, latest] = await Promise.all([
      q.data.as ? chatPage(store.db, q.data.as, q.data.after || undefined) : undefined,
      latestPerPerson(store.db),
    ]);
    const items = await Promise.all(
      (chat?.items ?? []).map(async (item) => ({
        id: item.id,
        version: item.version,
        at: item.at,
        html: await (<ChatItemView item={item} names={names} />).toString(),
      })),
    );
    return c.json({ cursor: chat?.cursor ?? '', items, latest });
  });

  app.post('/api/send', async (c) => {
    const input = await body(c, sendBody);
    if (!input) return c.json({ error: '请输入消息内容（不超过4000字）。' }, 400);
    const res = await sendText(originOf(c), config, input.openId, input.text);
    return delivered(c, res);
  });

  app.post('/api/reply', async (c) => {
    const input = await body(c, replyBody);
    if (!input) return c.json({ error: '请输入回复内容（不超过4000字）。' }, 400);
    const target = await replyTarget(store.db, input.openId, input.parentId);
    if (!target) return c.json({ error: '未找到要回复的消息，请刷新页面后重试。' }, 404);
    const res = await sendText(originOf(c), config, input.openId, input.text, target);
    return delivered(c, res);
  });

  app.post('/api/send-file', async (c) => {
    const files = services.resources;
    if (!(files instanceof SimulatorFiles))
      return c.json({ error: '已接入飞书应用：请在飞书中发送文件。' }, 409);
    const input = await body(c, fileBody);
    if (!input) return c.json({ error: '请选择文件（不超过20 MB）。' }, 400);
    const messageId = randomLarkId('om');
    const key = randomLarkId('om').replace(/^om_/, 'file_v3_');
    files.add(messageId, key, { bytes: Buffer.from(input.data, 'base64'), fileName: input.fileName });
    const res = await sendFile(originOf(c), config, {
      openId: input.openId,
      messageId,
      key,
      fileName: input.fileName,
    });
    return delivered(c, res);
  });

  app.post('/api/click', async (c) => {
    const input = await body(c, clickBody);
    if (!input) return c.json({ error: '卡片操作的参数有误。' }, 400);
    const message = await botMessage(store.db, input.openId, input.messageId);
    if (!message) return c.json({ error: '未找到该卡片，请刷新页面后重试。' }, 404);
    const started = performance.now();
    const res = await clickCard(originOf(c), config, input);
    if (!res.ok) return c.json({ error: `出错了，请稍后重试（HTTP ${res.status}）。` }, 502);
    const answer: unknown = await res.json();
    if (performance.now() - started > CALLBACK_DEADLINE_MS) {
      return c.json({ error: '出错了，请稍后重试（卡片回调超过3秒未应答，飞书会丢弃此应答）。' }, 504);
    }
    const card =
      isObject(answer) && isObject(answer.card) && answer.card.type === 'raw' ? answer.card.data : undefined;
    if (isObject(card)) await showCallbackCard(store, input.messageId, message.updatedAt, card);
    const toast = isObject(answer) && isObject(answer.toast) ? answer.toast : undefined;
    return c.json({ toast: toast ?? null, replaced: isObject(card) });
  });

  return app;
}
