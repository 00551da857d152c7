import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalDecisions } from '../../../db/schema/index.js';
import { startFakeLark, type FakeLark, type FakeMessage } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import {
  buttonLabels,
  buttonValue,
  cardText,
  getRequest,
  planBody,
  submitPlan,
  TODAY_10AM,
  USCC,
} from './support.js';

let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => TODAY_10AM });
});
afterAll(async () => {
  await bot?.close();
  await fake.close();
});

const content = (m: FakeMessage) => JSON.parse(m.content) as Record<string, unknown>;

/** Cards the fake holds for a person that mention the request id. */
function cardsFor(openId: string, id: string): FakeMessage[] {
  return fake.sentTo(openId).filter((m) => m.msgType === 'interactive' && m.content.includes(id));
}

async function cardFor(openId: string, id: string): Promise<FakeMessage> {
  await bot.settle();
  return fake.waitFor(() => cardsFor(openId, id)[0]);
}

function findTag(node: unknown, tag: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (typeof n === 'object' && n !== null) {
      if ((n as { tag?: unknown }).tag === tag) found.push(n as Record<string, unknown>);
      Object.values(n).forEach(walk);
    }
  };
  walk(node);
  return found;
}

describe('the approver card through Lark', () => {
  it('delivers a Card JSON 2.0 with the form, findings, chain, a comment box and the four buttons', async () => {
    const { json } = await submitPlan(
      bot,
      planBody({
        enterprises: [USCC.coking],
        from: '2026-12-02',
        to: '2026-12-02',
        quietExemption: 'other',
        quietExemptionNote: '上级交办',
      }),
    );
    const id = String(json.id);
    const message = await cardFor('ou_demo_air_head', id);
    const send = fake.requests.find(
      (r) =>
        r.method === 'POST' && r.path === '/open-apis/im/v1/messages' && JSON.stringify(r.body).includes(id),
    );
    expect(send?.query.receive_id_type).toBe('open_id');
    const card = content(message);
    expect(card.schema).toBe('2.0');
    const [form] = findTag(card, 'form');
    expect(findTag(form, 'input').map((i) => i.name)).toEqual(['comment']);
    expect(buttonLabels(form ?? {})).toEqual(['同意', '驳回', '退回修改', '转交']);
    expect(findTag(form, 'button').every((b) => b.form_action_type === 'submit')).toBe(true);
    // The demo bureau has more people than one select lists: 转交 uses Lark's person picker.
    expect(findTag(form, 'select_person').map((s) => s.name)).toEqual(['transferTo']);
    const text = cardText(card);
    for (const words of [
      '检查类型',
      '双随机',
      '入企执法检查对象',
      '长治示例焦化有限公司',
      '检查方式',
      '现场检查',
      '审批流程',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('【提醒】');
    expect(text).toContain('第10条');
    expect(text).toContain('局长（示例）');

    const buzz = await bot.click('ou_demo_air_officer', { action: 'approval.remind', id });
    expect(buzz.toast).toEqual({ type: 'success', content: '已提醒大气环境科负责人（示例）尽快审批。' });
    await bot.settle();
    await fake.waitFor(() => message.urgentTo.includes('ou_demo_air_head'));
    const again = await bot.click('ou_demo_air_officer', { action: 'approval.remind', id });
    expect(again.toast).toMatchObject({
      type: 'warning',
      content: expect.stringContaining('每小时最多催办一次'),
    });
  });
});

describe('50 concurrent clicks on one step', () => {
  it('makes exactly one decision and sends exactly one next card', async () => {
    const { json } = await submitPlan(bot, planBody({ enterprises: [USCC.coal] }));
    const id = String(json.id);
    const message = await cardFor('ou_demo_air_head', id);
    const value = buttonValue(content(message), '同意');
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        bot.click('ou_demo_air_head', value, {
          openMessageId: message.messageId,
          formValue: { comment: '同意' },
        }),
      ),
    );
    const won = answers.filter((a) => a.card !== undefined);
    expect(won).toHaveLength(1);
    expect(won[0]?.toast).toEqual({ type: 'success', content: '审批意见已提交。' });
    const lost = answers.filter((a) => a.card === undefined);
    expect(lost).toHaveLength(49);
    for (const answer of lost) {
      expect(answer.toast).toEqual({
        type: 'info',
        content: '该环节已由大气环境科负责人（示例）于2026-11-26 10:00办理（同意），无需重复操作。',
      });
    }
    const decisions = await bot.store.db
      .select()
      .from(approvalDecisions)
      .where(eq(approvalDecisions.requestId, id));
    expect(decisions).toHaveLength(1);
    await bot.settle();
    await fake.waitFor(() => cardsFor('ou_demo_deputy_2', id).length > 0);
    expect(cardsFor('ou_demo_deputy_2', id)).toHaveLength(1);
    const request = await getRequest(bot, id);
    expect(request.steps.map((s) => s.status)).toEqual(['approved', 'pending']);
    await fake.waitFor(() => buttonLabels(content(message)).length === 0);
    expect(cardText(content(message))).toContain('大气环境科负责人（示例）已于2026-11-26 10:00同意');
  });
});
