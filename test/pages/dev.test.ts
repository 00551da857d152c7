import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActions, inbox, localMessages } from '../../db/schema/index.js';
import { button, card } from '../../cards/kit.js';
import { loadConfig } from '../../src/config.js';
import { postJson as post, startBot, type Bot } from '../support/harness.js';

const OFFICER = 'ou_demo_air_officer';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const postJson = (path: string, body: unknown) => post(`${bot.url}${path}`, body);

interface Poll {
  cursor: string;
  items: { id: string; version: string; at: string; html: string }[];
  latest: Record<string, string>;
}
const poll = async (as: string, after = ''): Promise<Poll> =>
  (await (
    await fetch(`${bot.url}/dev/api/messages?as=${as}&after=${encodeURIComponent(after)}`)
  ).json()) as Poll;

describe('the /dev page', () => {
  it('lists the directory grouped by unit, with the leader in charge of each', async () => {
    const res = await fetch(`${bot.url}/dev`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    expect(html).toContain('<optgroup label="局领导"><option value="ou_demo_director">局长（示例）</option>');
    expect(html).toMatch(
      /<optgroup label="大气环境科"><option value="ou_demo_air_head">大气环境科负责人（示例）<\/option><option value="ou_demo_air_officer">大气环境科工作人员（示例）<\/option><option value="ou_demo_deputy_2">分管局领导：副局长乙（示例）<\/option><\/optgroup>/,
    );
    expect(html).toContain('<optgroup label="长治市生态环境局潞城分局">');
    expect(html).toContain('请先在“当前身份”中选择人员');
  });

  it('opens the chat of the person picked, and refuses someone not in the directory', async () => {
    const mine = await (await fetch(`${bot.url}/dev?as=${OFFICER}`)).text();
    expect(mine).toContain('与执法助手的单聊 · 大气环境科工作人员（示例）');
    expect(mine).toContain(`data-as="${OFFICER}"`);
    const stranger = await (await fetch(`${bot.url}/dev?as=ou_nobody`)).text();
    expect(stranger).toContain('通讯录中没有 open_id 为 ou_nobody 的人员');
    expect(stranger).toContain('data-as=""');
  });

  it('is not mounted when the simulator is off', () => {
    expect(loadConfig({ LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's', LARK_ENCRYPT_KEY: 'k' }).simulator).toBe(
      false,
    );
    expect(loadConfig({ DEV_SIMULATOR: '0' }).simulator).toBe(false);
  });
});

describe('/dev/api/send', () => {
  it('posts a signed im.message.receive_v1 through /lark/events, and the bot answers 帮助 with the help card', async () => {
    const res = await postJson('/dev/api/send', { openId: OFFICER, text: '帮助' });
    expect(res.status).toBe(200);
    await bot.settle();

    const [event] = await bot.store.db
      .select()
      .from(inbox)
      .where(eq(inbox.eventType, 'im.message.receive_v1'));
    const payload = JSON.parse(event?.payload ?? '{}') as {
      sender: { sender_id: { open_id: string } };
      message: { chat_type: string };
    };
    expect(payload.sender.sender_id.open_id).toBe(OFFICER);
    expect(payload.message.chat_type).toBe('p2p');

    const { items, cursor } = await poll(OFFICER);
    expect(items.map((i) => i.html.startsWith('<div class="msg msg-me"'))).toEqual([true, false]);
    expect(items[0]?.html).toContain('<div class="bubble">帮助</div>');
    expect(items[1]?.html).toContain('<h3 class="lk-title">执法助手 使用说明</h3>');
    expect(cursor).toBe(items[1]?.version);
    const page = await (await fetch(`${bot.url}/dev?as=${OFFICER}`)).text();
    expect(page).toContain('执法助手 使用说明');
  });

  it('returns only what changed since the cursor, and tells who else got messages', async () => {
    const first = await poll(OFFICER);
    const again = await poll(OFFICER, first.cursor);
    expect(again.items.map((i) => i.id)).toEqual([first.items.at(-1)?.id]);
    expect(again.latest[OFFICER]).toBe(first.cursor);
  });

  it('refuses an empty message or a malformed open_id with a 400 and sends nothing', async () => {
    const before = (await bot.store.db.select().from(inbox)).length;
    for (const body of [{ openId: OFFICER, text: '  ' }, { openId: 'x', text: '帮助' }, 'not json']) {
      const res = await postJson('/dev/api/send', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toHaveProperty('error');
    }
    expect((await bot.store.db.select().from(inbox)).length).toBe(before);
  });
});

describe('/dev/api/click', () => {
  const messageId = 'om_local_dev_test_card';
  beforeAll(async () => {
    const c = card('测试卡片', 'blue', [button('办理', { action: 'dev.nothing-registered' })]);
    await bot.store.write((tx) =>
      tx
        .insert(localMessages)
        .values({ messageId, openId: OFFICER, msgType: 'interactive', content: JSON.stringify(c) }),
    );
  });

  it('posts a signed card.action.trigger through /lark/events and relays the answer', async () => {
    const before = (await bot.store.db.select().from(cardActions)).length;
    const res = await postJson('/dev/api/click', {
      openId: OFFICER,
      messageId,
      value: { action: 'dev.nothing-registered' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      toast: { type: 'error', content: '该卡片操作已失效，请重新发起。' },
      replaced: false,
    });
    expect((await bot.store.db.select().from(cardActions)).length).toBe(before + 1);
  });

  it("refuses a card that is not in that person's chat", async () => {
    const res = await postJson('/dev/api/click', { openId: 'ou_demo_air_head', messageId, value: {} });
    expect(res.status).toBe(404);
    expect(await res.json()).toHaveProperty('error');
  });

  it('refuses a malformed click with a 400', async () => {
    const res = await postJson('/dev/api/click', { openId: OFFICER, messageId, value: 'x' });
    expect(res.status).toBe(400);
  });
});

type Node = Record<string, unknown>;
const walk = (node: unknown, visit: (n: Node) => void): void => {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
};

/** Fills a card's form the way a person would: the first choice of each list, a date, a few words. */
function fillLikeAPerson(cardJson: unknown) {
  const formValue: Record<string, unknown> = {};
  let submit: { name: string; value: Record<string, unknown> } | undefined;
  walk(cardJson, (n) => {
    const name = typeof n.name === 'string' ? n.name : '';
    const first = (n.options as { value: string }[] | undefined)?.[0]?.value;
    if (n.tag === 'input' && n.required) formValue[name] = '核查颗粒物排放情况';
    if (n.tag === 'date_picker') formValue[name] = '2027-01-05 +0800';
    if (n.tag === 'select_static' && n.required) formValue[name] = n.initial_option ?? first;
    if (n.tag === 'multi_select_static')
      formValue[name] = (n.selected_values as string[] | undefined) ?? [first];
    if (n.tag === 'button' && n.form_action_type === 'submit')
      submit = { name, value: (n.behaviors as { value: Record<string, unknown> }[])[0]!.value };
  });
  return { formValue, submit };
}

describe('/dev/api/click on a real form card', () => {
  it('submits form_value as Lark does, and the card the bot answers with replaces the clicked one', async () => {
    await postJson('/dev/api/send', { openId: OFFICER, text: '发起入企检查审批' });
    await bot.settle();
    const rows = await bot.store.db.select().from(localMessages).where(eq(localMessages.openId, OFFICER));
    const formCard = rows.find(
      (r) => r.content.includes('"form_action_type":"submit"') && r.content.includes('"date_picker"'),
    );
    expect(formCard, 'the approvals feature answers 发起入企检查审批 with a form card').toBeDefined();
    const { formValue, submit } = fillLikeAPerson(JSON.parse(formCard!.content));
    expect(submit).toBeDefined();

    const res = await postJson('/dev/api/click', {
      openId: OFFICER,
      messageId: formCard!.messageId,
      value: submit!.value,
      name: submit!.name,
      formValue,
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { toast: { type: string }; replaced: boolean };
    expect(answer).toMatchObject({ toast: { type: 'success' }, replaced: true });

    const [after] = await bot.store.db
      .select()
      .from(localMessages)
      .where(eq(localMessages.messageId, formCard!.messageId));
    expect(after?.content).not.toBe(formCard!.content);
    expect(after?.content).not.toContain('"form_action_type":"submit"');
    const { items } = await poll(OFFICER, formCard!.updatedAt);
    expect(items.find((i) => i.id === formCard!.messageId)?.version).toBe(after?.updatedAt);
  });
});

describe('/dev/api/send-file', () => {
  const ADMIN = 'ou_demo_legal_head';
  const csv = [
    '地区,适用范围,适用企业,开始日期,结束日期,依据文件',
    '潞城,,,2027/5/1,2027/5/10,区政府通知（模拟器）',
  ].join('\r\n');

  it('sends a file as an administrator: the bot checks it and 确认导入 queues its apply', async () => {
    const res = await postJson('/dev/api/send-file', {
      openId: ADMIN,
      fileName: '安静期.csv',
      data: Buffer.from(csv).toString('base64'),
    });
    expect(res.status).toBe(200);
    await bot.settle();
    const sent = await bot.store.db.select().from(localMessages).where(eq(localMessages.openId, ADMIN));
    const cardRow = sent.filter((m) => m.msgType === 'interactive').at(-1);
    expect(cardRow?.content).toContain('导入企业安静期');
    const value = findConfirm(cardRow?.content ?? '');
    expect(value).toBeDefined();
    const click = await postJson('/dev/api/click', { openId: ADMIN, messageId: cardRow?.messageId, value });
    expect(await click.json()).toMatchObject({ toast: { type: 'info', content: '正在导入，完成后通知您' } });
    await bot.settle();
    const [patched] = await bot.store.db
      .select()
      .from(localMessages)
      .where(eq(localMessages.messageId, cardRow?.messageId ?? ''));
    expect(patched?.content).toContain('已导入 1 条');
    const r = await bot.store.client.execute(
      "SELECT basis FROM quiet_periods WHERE basis = '区政府通知（模拟器）'",
    );
    expect(r.rows).toHaveLength(1);
  });

  it('refuses a request without a file', async () => {
    const res = await postJson('/dev/api/send-file', { openId: ADMIN, fileName: 'a.csv', data: '' });
    expect(res.status).toBe(400);
  });
});

/** The callback value of the card's 确认导入 button. */
function findConfirm(content: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  JSON.parse(content, (_k, v: unknown) => {
    const value = (v as { value?: { action?: string } } | null)?.value;
    if (value?.action === 'upkeep.import.confirm') found ??= value;
    return v;
  });
  return found;
}
