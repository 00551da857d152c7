import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SENT_PRIVATELY } from '../../../src/app/message-context.js';
import { randomLarkId } from '../../../src/lark/payloads.js';
import { chatPage } from '../../../src/pages/dev/chat-repo.js';
import { formLink } from '../../../src/pages/forms/index.js';
import { SAMPLE_LABELLED } from '../../domain/referrals/fixtures.js';
import { startFakeLark, type FakeLark } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import {
  answerCard,
  buttonValue,
  cardText,
  cardTitle,
  formFieldNames,
  submit,
  toast,
  type Json,
} from './helpers.js';
import { attachmentRows, image, pngBytes, post, push } from './messages-support.js';

const OFFICER = 'ou_demo_air_officer';
/** Could be a referral or a question: the bot asks which. */
const UNSURE = '示例化工夜间偷排废水，群众举报';
const LIMIT = 64 * 1024;

let fake: FakeLark;
let bot: Bot;
let shiftMs = 0;

beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({
    fakeLark: fake,
    env: { ATTACHMENT_MAX_BYTES: String(LIMIT), ATTACHMENT_OFFER_MINUTES: '5' },
    now: () => new Date(Date.now() + shiftMs),
  });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

const cards = (openId: string): Json[] =>
  fake
    .sentTo(openId)
    .filter((m) => m.msgType === 'interactive')
    .map((m) => JSON.parse(m.content) as Json);
const texts = (openId: string): string[] =>
  fake
    .sentTo(openId)
    .filter((m) => m.msgType === 'text')
    .map((m) => String((JSON.parse(m.content) as Json).text));
const lastCard = (openId: string): Json => {
  const card = cards(openId).at(-1);
  if (!card) throw new Error(`no card to ${openId}`);
  return card;
};

/** The form's signed link, on the test server. */
async function formAt(id: string): Promise<string> {
  return (await formLink(bot.runtime.services, id)).replace(/^https?:\/\/[^/]+/, bot.url);
}

async function confirmAndSend(openId: string, confirm: Json): Promise<string> {
  const answer = await submit(bot, openId, confirm, 'referral.confirm');
  const id = /编号(XS-\d{4}-\d{4})/.exec(toast(answer)?.content ?? '')?.[1];
  if (!id) throw new Error(`not sent: ${JSON.stringify(answer)}`);
  await bot.settle();
  return id;
}

describe('rich text (post)', () => {
  it('reads a complete 附件3 pasted as rich text under zh_cn as the same referral as plain text', async () => {
    await push(bot, OFFICER, { typed: post(SAMPLE_LABELLED, [], 'zh_cn') }, fake);
    const confirm = lastCard(OFFICER);
    expect(cardTitle(confirm)).toBe('长治市生态环境局涉嫌环境违法线索移送表（待确认）');
    for (const value of ['长治示例钢铁集团有限公司', '91140406W20GL578PP', '长治市生态环境局潞城分局'])
      expect(cardText(confirm)).toContain(value);
    expect(formFieldNames(confirm)).toEqual([]);
  });

  it('answers a question sent as rich text with a link, not with the help card', async () => {
    const link = [[{ tag: 'a', text: '方案', href: 'https://example.cn/36' }]];
    await push(bot, 'ou_demo_water_officer', { typed: post('安静期内确需现场检查要谁批？', link) }, fake);
    const answer = cards('ou_demo_water_officer').at(-1);
    expect(cardTitle(answer ?? {})).not.toBe('执法助手 使用说明');
  });
});

describe('pictures and files with a referral', () => {
  it('offers the picture of a post referral, downloads it only once accepted, and lists it on the form', async () => {
    const messageId = randomLarkId('om');
    const bytes = pngBytes(2048);
    fake.resources.add(messageId, 'img_v3_post', { type: 'image', bytes, mimeType: 'image/png' });
    const picture = [[{ tag: 'img', image_key: 'img_v3_post' }]];
    await push(bot, OFFICER, { messageId, typed: post(SAMPLE_LABELLED, picture) }, fake);
    const [confirm, offer] = cards(OFFICER).slice(-2) as [Json, Json];
    expect(cardTitle(confirm)).toContain('线索移送表（待确认）');
    expect(cardText(offer)).toContain('收到1张图片。是否作为刚才的线索移送表的移交材料附上？');
    expect(fake.resources.downloads).toEqual([]);

    const answer = await bot.click(OFFICER, buttonValue(offer, 'referral.attach'));
    expect(toast(answer)).toEqual({ type: 'success', content: '正在保存移交材料，完成后告知您。' });
    expect(cardText(answerCard(answer))).toContain('已同意将1张图片作为刚才的线索移送表的移交材料附上');
    await bot.settle();
    expect(fake.resources.downloads).toEqual([{ messageId, key: 'img_v3_post', type: 'image' }]);
    expect(texts(OFFICER).at(-1)).toBe('已将1张图片附于线索移送表，确认移送后随表移交。');
    const again = await bot.click(OFFICER, buttonValue(offer, 'referral.attach'));
    expect(toast(again)).toEqual({ type: 'info', content: '已处理过该移交材料。' });

    const id = await confirmAndSend(OFFICER, confirm);
    const page = await (await fetch(await formAt(id))).text();
    const href = /href="([^"]*\/attachments\/[^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    expect(page).toContain('图片1');
    const file = await fetch(`${bot.url}${href}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(bytes);
    const stranger = await fetch(`${bot.url}${href?.replace(/\?.*$/, '')}`);
    expect(stranger.status).toBe(403);
  });

  it('offers two photos sent after a referral; keeps the small one, lists the large one unsaved', async () => {
    await push(bot, OFFICER, { text: SAMPLE_LABELLED }, fake);
    const id = await confirmAndSend(OFFICER, lastCard(OFFICER));
    const photos = [pngBytes(1000, 2), pngBytes(LIMIT + 1, 3)];
    for (const [i, bytes] of photos.entries()) {
      const messageId = randomLarkId('om');
      fake.resources.add(messageId, `img_v3_${i}`, { type: 'image', bytes, mimeType: 'image/jpeg' });
      await push(bot, OFFICER, { messageId, typed: image(`img_v3_${i}`) }, fake);
      const offer = lastCard(OFFICER);
      expect(cardText(offer)).toContain(`收到1张图片。是否作为线索${id}的移交材料附上？`);
      await bot.click(OFFICER, buttonValue(offer, 'referral.attach'));
      await bot.settle();
    }
    expect(texts(OFFICER).slice(-2)).toEqual([
      `已将1张图片作为线索${id}的移交材料附上，可在附件3表单中查看。`,
      '1张图片超过64 KB的保存上限，未能附上，请通过其他途径移交。',
    ]);
    const page = await (await fetch(await formAt(id))).text();
    expect(page.match(/\/attachments\//g)).toHaveLength(1);
    expect(page).toContain('超过保存上限，未保存，请另行移交');
    const rows = (await attachmentRows(bot)).filter((r) => r.status === 'too_large');
    expect(rows.map((r) => r.content)).toEqual([null]);
  });

  it('declines on 「不附上」 without a download, and offers nothing after the minutes have passed', async () => {
    await push(bot, OFFICER, { text: SAMPLE_LABELLED }, fake);
    const messageId = randomLarkId('om');
    fake.resources.add(messageId, 'img_v3_no', { type: 'image', bytes: pngBytes(10), mimeType: 'image/png' });
    await push(bot, OFFICER, { messageId, typed: image('img_v3_no') }, fake);
    const declined = await bot.click(OFFICER, buttonValue(lastCard(OFFICER), 'referral.attach.decline'));
    expect(cardText(answerCard(declined))).toContain('1张图片未附上。');
    await bot.settle();
    expect(fake.resources.downloads.map((d) => d.key)).not.toContain('img_v3_no');

    shiftMs = 6 * 60_000;
    try {
      const before = cards(OFFICER).length;
      await push(bot, OFFICER, { typed: image('img_v3_late') }, fake);
      expect(cards(OFFICER)).toHaveLength(before);
      expect(texts(OFFICER).at(-1)).toBe(
        '已收到图片。图片和文件可作为线索移交材料附上：请先发送线索移送表，并在5分钟内发送。',
      );
    } finally {
      shiftMs = 0;
    }
  });

  it('offers the picture of a message it asks about once, for the referral chosen, not at the question', async () => {
    const offers = () => cards(OFFICER).filter((c) => cardText(c).includes('移交材料附上？'));
    await push(bot, OFFICER, { text: SAMPLE_LABELLED }, fake);
    const before = offers().length;
    const messageId = randomLarkId('om');
    fake.resources.add(messageId, 'img_v3_unsure', {
      type: 'image',
      bytes: pngBytes(100),
      mimeType: 'image/png',
    });
    const picture = [[{ tag: 'img', image_key: 'img_v3_unsure' }]];
    await push(bot, OFFICER, { messageId, typed: post(UNSURE, picture) }, fake);
    const choice = lastCard(OFFICER);
    expect(cardTitle(choice)).toBe('请选择办理方式');
    expect(offers()).toHaveLength(before);

    await bot.click(OFFICER, buttonValue(choice, 'referral.intent'));
    await bot.settle();
    expect(offers()).toHaveLength(before + 1);
    const answer = await bot.click(OFFICER, buttonValue(offers().at(-1)!, 'referral.attach'));
    expect(toast(answer)).toEqual({ type: 'success', content: '正在保存移交材料，完成后告知您。' });
  });

  it('tells what it does with a file sent with no referral', async () => {
    const file = { messageType: 'file', content: { file_key: 'file_v3_x', file_name: '现场记录.pdf' } };
    await push(bot, 'ou_demo_soil_officer', { typed: file }, fake);
    expect(texts('ou_demo_soil_officer')).toEqual([
      '已收到文件。图片和文件可作为线索移交材料附上：请先发送线索移送表，并在5分钟内发送。企业名录、通讯录等表格由系统管理员导入，无需发送给执法助手。',
    ]);
  });

  it('refuses a spreadsheet from someone who is not an administrator, with no referral to attach it to', async () => {
    const file = { messageType: 'file', content: { file_key: 'file_v3_y', file_name: '企业名录.xlsx' } };
    await push(bot, 'ou_demo_soil_officer', { typed: file }, fake);
    expect(texts('ou_demo_soil_officer').at(-1)).toBe(
      '抱歉，通过表格导入企业名录、安静期或正面清单仅限管理员办理。如需更新，请将表格交局内管理员。',
    );
  });
});

describe('groups, threads and messages the bot cannot use', () => {
  const GROUP = 'oc_group_enforcement';
  const atBot = { mentions: [{ key: '@_user_1', name: '执法助手', openId: 'ou_bot' }] };
  /** Rich text that starts with the @ of the bot, as written in a group. */
  const addressed = (text: string) => {
    const typed = post(text);
    const content = typed?.content.content as Json[][];
    content.unshift([{ tag: 'at', user_id: '@_user_1', user_name: '执法助手' }]);
    return typed;
  };
  /** A message written in a thread answers the thread's first message. */
  const thread = { threadId: 'omt_thread_1', parentId: 'om_thread_root', rootId: 'om_thread_root' };

  it('answers in the thread it was asked in', async () => {
    const messageId = await push(
      bot,
      'ou_demo_eia_officer',
      { chatType: 'group', chatId: GROUP, text: '@_user_1 帮助', ...thread, ...atBot },
      fake,
    );
    const reply = fake.messages.find((m) => m.parentId === messageId);
    expect(reply).toMatchObject({ chatId: GROUP, msgType: 'interactive', inThread: true });
  });

  it('sends a referral read back privately and says so in the group thread', async () => {
    const messageId = await push(
      bot,
      'ou_demo_eia_officer',
      {
        chatType: 'group',
        chatId: GROUP,
        typed: addressed(SAMPLE_LABELLED),
        ...thread,
        ...atBot,
      },
      fake,
    );
    const inGroup = fake.messages.filter((m) => m.chatId === GROUP && m.parentId === messageId);
    expect(inGroup.map((m) => [m.msgType, JSON.parse(m.content) as Json, m.inThread])).toEqual([
      ['text', { text: SENT_PRIVATELY }, true],
    ]);
    expect(cardTitle(lastCard('ou_demo_eia_officer'))).toContain('线索移送表（待确认）');
    expect(
      fake.messages
        .filter((m) => m.chatId === GROUP)
        .map((m) => m.content)
        .join(),
    ).not.toContain('91140406W20GL578PP');
  });

  it('answers a message it asked about in the thread it was written in, once the sender has chosen', async () => {
    const sender = 'ou_demo_monitoring_officer';
    const messageId = await push(
      bot,
      sender,
      { chatType: 'group', chatId: GROUP, typed: addressed(UNSURE), ...thread, ...atBot },
      fake,
    );
    const [choice] = fake.messages.filter((m) => m.parentId === messageId);
    expect(choice).toMatchObject({ chatId: GROUP, msgType: 'interactive', inThread: true });
    await bot.click(sender, buttonValue(JSON.parse(choice!.content) as Json, 'referral.intent'));
    await bot.settle();
    const inGroup = fake.messages.filter((m) => m.chatId === GROUP && m.parentId === messageId);
    expect(inGroup.slice(1).map((m) => [JSON.parse(m.content) as Json, m.inThread])).toEqual([
      [{ text: SENT_PRIVATELY }, true],
    ]);
  });

  it('tells someone not in the directory so in the thread they wrote in', async () => {
    const messageId = await push(
      bot,
      'ou_not_in_directory',
      { chatType: 'group', chatId: GROUP, text: '@_user_1 帮助', ...thread, ...atBot },
      fake,
    );
    const reply = fake.messages.find((m) => m.parentId === messageId);
    expect(reply).toMatchObject({ chatId: GROUP, msgType: 'text', inThread: true });
  });

  it('answers a sticker with one line in a one-to-one chat and with nothing in a group', async () => {
    const sticker = { messageType: 'sticker', content: { file_key: 'v3_sticker' } };
    await push(bot, 'ou_demo_legal_officer', { typed: sticker }, fake);
    expect(texts('ou_demo_legal_officer')).toEqual([
      '暂不能识别此类消息（表情、语音、视频、合并转发等）。请以文字发送，或发送「帮助」查看可办理的事项。',
    ]);
    const before = fake.messages.length;
    await push(
      bot,
      'ou_demo_legal_officer',
      { chatType: 'group', chatId: GROUP, typed: sticker, ...atBot },
      fake,
    );
    expect(fake.messages).toHaveLength(before);
  });
});

describe('local mode (the simulator)', () => {
  let local: Bot;
  beforeAll(async () => {
    local = await startBot();
  });
  afterAll(() => local.close());

  it('notes a picture sent after a referral and says politely that it cannot be downloaded', async () => {
    await push(local, OFFICER, { text: SAMPLE_LABELLED });
    await push(local, OFFICER, { typed: image('img_local') });
    const { textsTo } = await import('./helpers.js');
    expect((await textsTo(local, OFFICER)).at(-1)).toBe(
      '已收到1张图片。本地运行模式无法从飞书下载图片和文件，暂不能作为移交材料附上；接入飞书后可正常附上。',
    );
    // The simulator shows the picture as noted.
    const chat = await chatPage(local.store.db, OFFICER);
    expect(chat.items.filter((i) => i.from === 'person').map((i) => i.content)).toContain('[图片]');
  });
});
