import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLinkToken, linkSecret } from '../../../src/features/stats/link-token.js';
import { startBot, type Bot } from '../../support/harness.js';
import { NOW, sentTo } from '../draws/support.js';
import { seedYear, statsLink } from './support.js';

let bot: Bot;
let link: string;
let cardText: string;

beforeAll(async () => {
  bot = await startBot({ now: () => NOW });
  await seedYear(bot);
  await bot.sendText('ou_demo_director', '本年统计');
  await bot.settle();
  const cards = await sentTo(bot, 'ou_demo_director');
  const card = cards.find((m) => JSON.stringify(m.body).includes('执法监督统计'));
  cardText = JSON.stringify(card?.body);
  link = statsLink(card?.body).replace(/^http:\/\/127\.0\.0\.1:\d+/, bot.url);
});
afterAll(() => bot?.close());

describe('「本年统计」', () => {
  it('answers with the hand-counted figures and a signed link', () => {
    expect(cardText).toContain('执法监督统计 2026年');
    expect(cardText).toContain('**入企现场检查**：3次');
    expect(cardText).toContain('**多次现场检查的企业**：1家');
    expect(cardText).toContain('**正面清单企业现场检查**：1次');
    expect(cardText).toContain('**接收移送线索**：1件');
    expect(cardText).toContain('长治示例钢铁集团有限公司（线索或企业申请1，常规检查1）');
    expect(cardText).toContain('举报投诉1次');
  });
});

describe('/stats', () => {
  it('shows the charts to the holder of the link', async () => {
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<h1>执法监督统计</h1>');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('长治示例热电有限公司');
  });

  it('narrows to one unit', async () => {
    const html = await (await fetch(`${link}&unit=air`)).text();
    expect(html).toContain('2026年 · 大气环境科');
    expect(html).toContain('本期无入企现场检查。');
  });

  it('exports the same figures as CSV', async () => {
    const res = await fetch(link.replace('/stats?', '/stats.csv?'));
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain('合计,入企现场检查,,3,次,\r\n');
    expect(csv).toContain('入企现场检查（按检查类型）,举报投诉,,1,次,\r\n');
    expect(csv).toContain('同一企业多次现场检查,长治示例钢铁集团有限公司,常规检查,1,次,\r\n');
    expect(csv).toContain('线索移送办理（按接收单位）,长治市生态环境局潞城分局,接收,1,件,\r\n');
  });

  it('refuses a missing, altered, expired or outsider link', async () => {
    const secret = await linkSecret(bot.store);
    const token = new URL(link).searchParams.get('t') ?? '';
    const expired = issueLinkToken(secret, 'ou_demo_director', new Date(NOW.getTime() - 8 * 86_400_000));
    const outsider = issueLinkToken(secret, 'ou_not_in_directory', NOW);
    for (const t of [
      '',
      `${token}x`,
      token.replace('ou_demo_director', 'ou_demo_deputy_1'),
      expired,
      outsider,
    ]) {
      const res = await fetch(`${bot.url}/stats?t=${encodeURIComponent(t)}`);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('链接无效或已过期');
    }
    expect((await fetch(`${bot.url}/stats.csv`)).status).toBe(403);
  });
});
