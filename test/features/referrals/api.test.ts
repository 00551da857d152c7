import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../support/harness.js';
import { cardAbout, getReferral, postReferral, referralBody, STEEL_USCC } from './flow.js';
import { cardText, hasButton, textsTo, type Json } from './helpers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

async function post(body: unknown): Promise<{ status: number; json: Json }> {
  const res = await bot.post('/api/v1/referrals', body);
  return { status: res.status, json: (await res.json()) as Json };
}

describe('POST /api/v1/referrals', () => {
  it('sends a complete referral straight to the receiving unit', async () => {
    const json = await postReferral(bot, { toUnit: 'lucheng' });
    expect(json).toEqual({ id: 'XS-2026-0001', status: 'submitted', toUnit: 'lucheng', warnings: [] });
    const card = await cardAbout(bot, 'ou_demo_lucheng_head', 'XS-2026-0001');
    expect(hasButton(card, 'referral.accept')).toBe(true);
    // The sender, who confirmed through the calling system, gets the record to follow it by.
    expect(cardText(await cardAbout(bot, 'ou_demo_air_officer', 'XS-2026-0001'))).toContain(
      '已移送长治市生态环境局潞城分局',
    );
  });

  it('routes by the enterprise’s county when no unit is named', async () => {
    const json = await postReferral(bot, {
      subject: { name: '长治示例医药有限公司' },
      violations: ['water', 'solid-waste'],
    });
    expect(json.toUnit).toBe('gaoxin');
  });

  it('warns about a wrong check character and shows the expected one', async () => {
    const json = await postReferral(bot, {
      subject: { name: '长治示例钢铁集团有限公司', uscc: '91140406W20GL578PA' },
    });
    expect(json.warnings).toContainEqual({
      code: 'uscc-check',
      message: '统一社会信用代码校验位应为「P」，当前为「A」，请核对。',
    });
  });

  it('names each bad field', async () => {
    const { status, json } = await post(
      referralBody({ source: 'rumour', violations: [], description: '', sender: 42 }),
    );
    expect(status).toBe(400);
    expect((json.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'description',
      'sender',
      'source',
      'violations',
    ]);
    expect(json.error).toMatch(/^invalid fields: /);
  });

  it('names unknown people and units', async () => {
    const { status, json } = await post(
      referralBody({
        sender: 'ou_nobody',
        fromUnit: 'propaganda',
        toUnit: '宣传科',
        coordinateWith: 'nowhere',
      }),
    );
    expect(status).toBe(400);
    expect((json.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'sender',
      'fromUnit',
      'toUnit',
      'coordinateWith',
    ]);
  });

  it('refuses a malformed code and a subject it cannot route', async () => {
    const malformed = await post(
      referralBody({ subject: { name: '长治示例钢铁集团有限公司', uscc: '9114' } }),
    );
    expect(malformed.status).toBe(400);
    expect(malformed.json.fields).toEqual([
      { field: 'subject.uscc', message: '统一社会信用代码应为18位，当前为4位。' },
    ]);
    const nowhere = await post(referralBody({ subject: { name: '某某洗车店' } }));
    expect(nowhere.status).toBe(400);
    expect(nowhere.json.fields).toEqual([{ field: 'toUnit', message: '请填写接收科室/单位。' }]);
    const other = await post(referralBody({ source: 'other', violations: ['other'], toUnit: 'lucheng' }));
    expect((other.json.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'sourceNote',
      'violationNote',
    ]);
  });

  it('refuses a request without the bearer token', async () => {
    const res = await fetch(`${bot.url}/api/v1/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(referralBody()),
    });
    expect(res.status).toBe(401);
  });
});

describe('ID numbers', () => {
  const ID = '11010519491231002X';

  it('are shown in full to the handling units only, masked elsewhere and in the API', async () => {
    const { id } = await postReferral(bot, {
      subject: { name: '张某某', idNumber: ID },
      source: 'petition',
      violations: ['water'],
      description: '私设暗管排放废水。',
      toUnit: '潞城',
      opinion: 'coordinate',
      coordinateWith: 'enforcement',
    });
    const referral = String(id);
    expect(cardText(await cardAbout(bot, 'ou_demo_lucheng_head', referral))).toContain(ID);
    expect(cardText(await cardAbout(bot, 'ou_demo_air_officer', referral))).toContain(ID);
    const copy = cardText(await cardAbout(bot, 'ou_demo_enforcement_head', referral));
    expect(copy).toContain('1101**********002X');
    expect(copy).not.toContain(ID);
    expect(copy).toContain('请协调生态环境保护综合行政执法队协助');
    const json = await getReferral(bot, referral);
    expect(json.subject).toEqual({ name: '张某某', uscc: null, idNumber: '1101**********002X' });
    expect(JSON.stringify(json)).not.toContain(ID);
  });
});

describe('GET /api/v1/referrals/:id', () => {
  it('returns the referral with its history and stage records', async () => {
    const json = await getReferral(bot, 'XS-2026-0001');
    expect(json).toMatchObject({
      id: 'XS-2026-0001',
      status: 'submitted',
      statusLabel: '已移送',
      fromUnit: { id: 'air', name: '大气环境科', headName: '大气环境科负责人（示例）' },
      toUnit: { id: 'lucheng', name: '长治市生态环境局潞城分局' },
      subject: { name: '长治示例钢铁集团有限公司', uscc: STEEL_USCC, idNumber: null },
      source: 'monitoring',
      violations: ['air'],
      opinion: 'file-case',
      stages: [],
    });
    expect(json.history).toEqual([
      expect.objectContaining({
        kind: 'submitted',
        label: '已移送',
        actor: { openId: 'ou_demo_air_officer', name: '大气环境科工作人员（示例）' },
      }),
    ]);
    expect(await textsTo(bot, 'ou_demo_lucheng_head')).toEqual([]);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await fetch(`${bot.url}/api/v1/referrals/XS-2026-9999`, {
      headers: { authorization: `Bearer ${bot.config.apiToken}` },
    });
    expect(res.status).toBe(404);
  });
});
