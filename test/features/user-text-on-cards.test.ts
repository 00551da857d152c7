// Text people wrote reaches cards as text: the fake Lark must receive it entity-escaped, never as live
// <at>, <font>, links or emphasis (docs/lark-platform.md §9.2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLark, type FakeLark } from '../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../support/harness.js';
import { planBody, TODAY_10AM } from './approvals/support.js';
import { referralBody } from './referrals/flow.js';

const HOSTILE = ['<at id=all></at>', "<font color='red'>红字</font>", '[x](http://a)', '**粗体**'];
const TYPED = HOSTILE.join(' ');

let fake: FakeLark;
let bot: Bot;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => TODAY_10AM });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

/** Every markdown content of the cards the fake received for `openId` that mention `marker`. */
async function markdownTo(openId: string, marker: string): Promise<string[]> {
  await bot.settle();
  const cards = await fake.waitFor(() => {
    const found = fake
      .sentTo(openId)
      .filter((m) => m.msgType === 'interactive' && m.content.includes(marker));
    return found.length > 0 ? found : undefined;
  });
  const contents: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (typeof n === 'object' && n !== null) {
      const node = n as Record<string, unknown>;
      if (node.tag === 'markdown' && typeof node.content === 'string') contents.push(node.content);
      Object.values(node).forEach(walk);
    }
  };
  cards.forEach((m) => walk(JSON.parse(m.content)));
  return contents.filter((c) => c.includes('红字'));
}

function expectText(contents: string[]) {
  expect(contents.length).toBeGreaterThan(0);
  for (const c of contents) {
    for (const raw of HOSTILE) expect(c).not.toContain(raw);
    expect(c).not.toMatch(/<at|<font color='red'>红|\]\(http|\*\*粗/);
    expect(c).toContain('&#60;at id=all&#62;&#60;/at&#62;');
    expect(c).toContain('&#60;font color=&#39;red&#39;&#62;红字&#60;/font&#62;');
    expect(c).toContain('&#91;x&#93;&#40;http://a&#41;');
    expect(c).toContain('&#42;&#42;粗体&#42;&#42;');
  }
}

describe('text people wrote on the cards the platform receives', () => {
  it('stays text in a referral description', async () => {
    const res = await bot.post('/api/v1/referrals', referralBody({ toUnit: 'lucheng', description: TYPED }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expectText(await markdownTo('ou_demo_lucheng_head', id));
  });

  it('stays text in an approval’s content and reason', async () => {
    const res = await bot.post(
      '/api/v1/inspection-plans',
      planBody({
        content: TYPED,
        reason: TYPED,
        from: '2026-12-02',
        to: '2026-12-02',
        quietExemption: 'other',
        quietExemptionNote: '按上级部署开展',
      }),
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expectText(await markdownTo('ou_demo_air_head', id));
  });
});
