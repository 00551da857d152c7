import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import { askInChat, storeCokingVisits, TODAY_10AM } from './support.js';

let now = TODAY_10AM;
let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ now: () => now });
});
afterAll(() => bot?.close());

const minutes = (n: number) => new Date(TODAY_10AM.getTime() + n * 60_000);

/** The card's direct sentence: the second markdown block, without its bold marks. */
function sentence(content: unknown): string {
  const found: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (typeof n === 'object' && n !== null) {
      const node = n as Record<string, unknown>;
      if (node.tag === 'markdown') found.push(String(node.content));
      Object.values(node).forEach(walk);
    }
  };
  walk(content);
  return (found[1] ?? '').replace(/\*\*/g, '');
}

describe('a follow-up in chat', () => {
  it('is read with the asker’s previous question within five minutes, on the store', async () => {
    now = minutes(0);
    const first = await askInChat(bot, 'ou_demo_air_officer', '县区级入企检查由谁审批？', {
      messageId: 'om_fu_1',
    });
    expect(sentence(first.content)).toContain('分局主要负责人');
    now = minutes(2);
    const next = await askInChat(bot, 'ou_demo_air_officer', '那市级的呢？', { messageId: 'om_fu_2' });
    // The asker is in 大气环境科, so the people behind the roles are named.
    expect(sentence(next.content)).toContain('市级入企执法检查由市生态环境局主要负责人或分管局领导审批');
    expect(sentence(next.content)).toContain('副局长乙（示例）');
  });

  it('is not read with a question of someone else, nor with one older than five minutes', async () => {
    now = minutes(3);
    const other = await askInChat(bot, 'ou_demo_water_officer', '那市级的呢？', { messageId: 'om_fu_3' });
    expect(sentence(other.content)).toContain('实施方案未涉及这一问题');
    now = minutes(10);
    const late = await askInChat(bot, 'ou_demo_air_officer', '如果是举报呢？', { messageId: 'om_fu_4' });
    expect(sentence(late.content)).not.toContain('分管局领导审批');
  });

  it('chains: a follow-up of a follow-up leans on the question as read', async () => {
    now = minutes(20);
    await askInChat(bot, 'ou_demo_air_officer', '双随机抽查受不受频次上限限制？', { messageId: 'om_fu_5' });
    now = minutes(21);
    const complaint = await askInChat(bot, 'ou_demo_air_officer', '如果是举报呢？', { messageId: 'om_fu_6' });
    expect(sentence(complaint.content)).toMatch(/^不受。可以不受频次上限限制：因投诉举报/);
    now = minutes(22);
    const monitoring = await askInChat(bot, 'ou_demo_air_officer', '那在线监测发现的呢？', {
      messageId: 'om_fu_7',
    });
    expect(sentence(monitoring.content)).toContain('因数据监测发现线索确需实施的检查');
  });
});

describe('questions the bureau’s own data answers, over POST /api/v1/ask', () => {
  const ask = async (question: string) => {
    now = TODAY_10AM;
    const res = await bot.post('/api/v1/ask', { question });
    return (await res.json()) as { answer: string; citations: { clause: string }[] };
  };

  it('reads the quiet-period calendar as stored, with the data’s date', async () => {
    const json = await ask('潞城区安静期是哪几天？');
    expect(json.answer).toBe(
      '潞城区适用的企业安静期为12月1日至12月20日（长治市）、12月21日至12月31日（潞城区）（据本局企业安静期日历，截至2026年11月26日）。',
    );
    expect(json.citations.map((c) => c.clause)).toEqual(['10']);
    expect((await ask('下周二是安静期吗？')).answer).toMatch(/^是。12月1日处于企业安静期/);
  });

  it('counts an enterprise’s stored on-site inspections this year', async () => {
    expect((await ask('示例焦化今年查过几次？')).answer).toBe(
      '截至2026年11月26日，长治示例焦化有限公司2026年已现场检查0次，本局设定的年度上限为2次。',
    );
    await storeCokingVisits(bot, ['2026-04-10', '2026-07-15'], '08');
    expect((await ask('示例焦化今年查过几次？')).answer).toContain('2026年已现场检查2次');
    expect((await ask('示例焦化今年还能再安排现场检查吗？')).answer).toMatch(/^不能，除非系根据投诉举报/);
  });
});
