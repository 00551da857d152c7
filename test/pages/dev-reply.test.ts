import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inbox, localMessages } from '../../db/schema/index.js';
import { card, markdown } from '../../cards/kit.js';
import { feedbackRows } from '../features/policy/support.js';
import { postJson as post, startBot, type Bot } from '../support/harness.js';

const OFFICER = 'ou_demo_air_officer';
const HEAD = 'ou_demo_air_head';
const UNHELPFUL_NOTED = '已记录为“没用”。请换一种问法，或写明时间、检查方式、企业等具体情形后再问。';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const postJson = (path: string, body: unknown) => post(`${bot.url}${path}`, body);

interface Received {
  message: { message_id: string; parent_id?: string; root_id?: string; content: string };
}

/** The message events the person sent, as the edge put them in the inbox, oldest first. */
async function received(openId: string): Promise<Received[]> {
  const rows = await bot.store.db
    .select()
    .from(inbox)
    .where(eq(inbox.eventType, 'im.message.receive_v1'))
    .orderBy(inbox.receivedAt);
  return rows
    .map((r) => JSON.parse(r.payload) as Received & { sender: { sender_id: { open_id: string } } })
    .filter((p) => p.sender.sender_id.open_id === openId);
}

const botSaid = (openId: string) =>
  bot.store.db
    .select()
    .from(localMessages)
    .where(eq(localMessages.openId, openId))
    .orderBy(localMessages.createdAt);

describe('/dev/api/reply', () => {
  it('answers a policy answer card with 答非所问: the event names the card and its chain, and 没用 is recorded', async () => {
    await postJson('/dev/api/send', { openId: OFFICER, text: '一家企业一年最多能查几次？' });
    await bot.settle();
    const [question] = await received(OFFICER);
    const answer = (await botSaid(OFFICER)).find((m) => m.content.includes('政策问答'));
    expect(answer?.replyTo, 'the answer card replies to the question').toBe(question?.message.message_id);

    const res = await postJson('/dev/api/reply', {
      openId: OFFICER,
      parentId: answer!.messageId,
      text: '答非所问',
    });
    expect(res.status).toBe(200);
    await bot.settle();

    const reply = (await received(OFFICER)).at(-1)!;
    expect(reply.message.parent_id).toBe(answer!.messageId);
    expect(reply.message.root_id).toBe(question!.message.message_id);
    const said = (await botSaid(OFFICER)).at(-1);
    expect(JSON.parse(said?.content ?? '{}')).toEqual({ text: UNHELPFUL_NOTED });
    expect(said?.replyTo).toBe(reply.message.message_id);
    const rows = await feedbackRows(bot, question!.message.message_id);
    expect(rows.map((r) => [r.openId, r.useful])).toEqual([[OFFICER, false]]);

    const page = await (await fetch(`${bot.url}/dev?as=${OFFICER}`)).text();
    expect(page).toMatch(/<div class="bubble-quote">回复 执法助手：政策问答[^<]*<\/div><div>答非所问<\/div>/);
  });

  it('roots the chain at the parent when the bot sent it on its own', async () => {
    const messageId = 'om_local_dev_reply_alone';
    await bot.store.write((tx) =>
      tx.insert(localMessages).values({
        messageId,
        openId: HEAD,
        msgType: 'interactive',
        content: JSON.stringify(card('待办提醒', 'blue', [markdown('您有一件审批待办理。')])),
      }),
    );
    expect(
      (await postJson('/dev/api/reply', { openId: HEAD, parentId: messageId, text: '收到' })).status,
    ).toBe(200);
    const reply = (await received(HEAD)).at(-1)!;
    expect([reply.message.parent_id, reply.message.root_id]).toEqual([messageId, messageId]);
    expect(JSON.parse(reply.message.content)).toEqual({ text: '收到' });
    await bot.settle();
  });

  it("refuses a message id the bot never sent, or one in someone else's chat, with a 404 and sends nothing", async () => {
    const [someoneElses] = await bot.store.db
      .select()
      .from(localMessages)
      .where(eq(localMessages.openId, OFFICER))
      .limit(1);
    const before = (await bot.store.db.select().from(inbox)).length;
    for (const parentId of ['om_nonexistent', someoneElses!.messageId]) {
      const res = await postJson('/dev/api/reply', { openId: HEAD, parentId, text: '同意' });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: '未找到要回复的消息，请刷新页面后重试。' });
    }
    expect((await bot.store.db.select().from(inbox)).length).toBe(before);
  });

  it('refuses an empty reply or one without the message it answers with a 400', async () => {
    for (const body of [
      { openId: OFFICER, parentId: 'om_x', text: ' ' },
      { openId: OFFICER, text: '同意' },
    ]) {
      const res = await postJson('/dev/api/reply', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: '请输入回复内容（不超过4000字）。' });
    }
  });
});
