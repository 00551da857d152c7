import { describe, expect, it } from 'vitest';
import { cardTitle } from '../approvals/support.js';
import { getReferral, postReferral } from '../referrals/flow.js';
import { image, push } from '../referrals/messages-support.js';
import { buttonLabels, chatForFile, content, noPolicyAnswer, textOf } from './support.js';

const t = chatForFile();

const HEAD = 'ou_demo_lucheng_head';
const OFFICER = '潞城分局执法人员（示例）';

async function newReferral(): Promise<string> {
  const { id } = await postReferral(t.bot, { toUnit: 'lucheng' });
  return String(id);
}

describe('a typed reply to a referral card', () => {
  it('accepts on 「接收，由…承办」, then reads replies to the case card as that card allows', async () => {
    const id = await newReferral();
    const card = await t.c.firstCard(HEAD, id);
    const answers = await t.c.say(HEAD, '接收，由潞城分局执法人员承办。', card);
    expect(answers.map(textOf)).toEqual([
      `已按您的回复「接收，由潞城分局执法人员承办。」接收线索${id}，承办人：${OFFICER}。`,
    ]);
    expect(await getReferral(t.bot, id)).toMatchObject({ status: 'accepted', handler: { name: OFFICER } });

    // The same card is now the case card of the next stage.
    await t.fake.waitFor(() => buttonLabels(content(card)).includes('提交立案'));
    const pointer = await t.c.say(HEAD, '同意', card);
    expect(pointer.map(textOf)).toEqual(['该线索下一环节为「立案」，请在卡片中填写后点击「提交立案」。']);
    const stale = await t.c.say(HEAD, '接收', card);
    expect(textOf(stale[0]!)).toMatch(/^该线索已由潞城分局局长（示例）于2026-11-26 10:00接收/);
    const thanks = await t.c.say(HEAD, '谢谢', card);
    expect(thanks.map(textOf)).toEqual(['不客气。']);
    expect(noPolicyAnswer([...pointer, ...stale, ...thanks])).toBe(true);
  });

  it('offers a picture sent in reply to a case card and reads nothing into it', async () => {
    const id = await newReferral();
    const card = await t.c.firstCard(HEAD, id);
    await t.c.say(HEAD, '接收，由潞城分局执法人员承办。', card);
    await t.fake.waitFor(() => buttonLabels(content(card)).includes('提交立案'));
    const messageId = await push(
      t.bot,
      HEAD,
      { typed: image('img_v3_on_case'), parentId: card.messageId },
      t.fake,
    );
    expect(t.c.answersTo(messageId).map(textOf)).toEqual([
      '已收到图片。图片和文件可作为线索移交材料附上：请先发送线索移送表，并在5分钟内发送。',
    ]);
  });

  it('sends back on 「退回，…」 with that reason', async () => {
    const id = await newReferral();
    await t.c.say(HEAD, '退回，材料不全', await t.c.firstCard(HEAD, id));
    expect(await getReferral(t.bot, id)).toMatchObject({
      status: 'returned',
      receiverOpinion: '退回：材料不全',
    });
  });

  it('refuses the wrong person, answers a bare 「接收」 with a card, and lists two waiting referrals', async () => {
    const first = await newReferral();
    const second = await newReferral();
    const card = await t.c.firstCard(HEAD, first);

    const wrong = await t.c.say('ou_demo_lucheng_officer', '接收', card);
    expect(wrong.map(textOf)).toEqual(['该线索须由长治市生态环境局潞城分局负责人办理。']);

    const several = await t.c.say(HEAD, '接收');
    expect(textOf(several[0]!)).toBe('您当前有多件线索待接收，请在相应卡片中办理或回复该卡片：');
    expect(several.slice(1).map((m) => cardTitle(content(m)))).toEqual([
      `线索移送 ${first}`,
      `线索移送 ${second}`,
    ]);

    const [confirm] = await t.c.say(HEAD, '接收', card);
    expect(buttonLabels(content(confirm!))).toEqual(['确认接收']);
    expect(textOf(confirm!)).toContain('接收须指定承办人');
    expect((await getReferral(t.bot, first)).status).toBe('submitted');
    await t.c.press(HEAD, confirm!, '确认接收', { handler: 'lucheng-officer' });
    expect((await getReferral(t.bot, first)).status).toBe('accepted');

    const [one] = await t.c.say(HEAD, '接收');
    expect(cardTitle(content(one!))).toBe(`请确认：接收 ${second}`);
    await t.c.press(HEAD, one!, '确认接收', { handler: 'lucheng-officer' });
    expect((await t.c.say(HEAD, '接收')).map(textOf)).toEqual(['您当前没有待接收的线索。']);
  });
});
