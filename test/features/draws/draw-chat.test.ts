import { afterEach, describe, expect, it } from 'vitest';
import { drawRepeatRequests, draws } from '../../../db/schema/index.js';
import { startBot, type Bot } from '../../support/harness.js';
import { NOW, sentTo, withLuchengOfficers } from './support.js';

let bot: Bot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

function formRefOf(card: Record<string, unknown>): string {
  const match = /"action":"draw\.submit","form":"([^"]+)"/.exec(JSON.stringify(card));
  if (!match?.[1]) throw new Error('no draw form in card');
  return match[1];
}

const FORM = {
  counties: [],
  industries: [],
  keyPolluter: 'any',
  count: '2',
  perEnterprise: '2',
  inspectorUnits: ['lucheng'],
  recusalMonths: '12',
  from: '2026-11-27 +0800',
  to: '2026-11-30 +0800',
  content: '排污许可执行情况',
};

describe('发起双随机抽查 in chat', () => {
  it('gives a head the form, draws on submit once, and brings the form back on a bad entry', async () => {
    const b = await startBot({ now: () => NOW });
    bot = b;
    await withLuchengOfficers(b);
    await b.sendText('ou_demo_lucheng_head', '发起双随机抽查');
    await b.settle();
    const [formMessage] = await sentTo(b, 'ou_demo_lucheng_head');
    expect(JSON.stringify(formMessage?.body)).toContain('发起双随机抽查');
    const form = formRefOf(formMessage!.body);

    const bad = await b.click(
      'ou_demo_lucheng_head',
      { action: 'draw.submit', form },
      { formValue: { ...FORM, count: '20' } },
    );
    expect(bad.toast).toEqual({ type: 'error', content: '未能抽取，请按提示修改。' });
    expect(JSON.stringify(bad.card)).toContain('抽取数量20家超过可抽取企业数9家。');
    expect(formRefOf((bad.card as { data: Record<string, unknown> }).data)).toBe(form);

    const done = await b.click('ou_demo_lucheng_head', { action: 'draw.submit', form }, { formValue: FORM });
    expect(done.toast).toEqual({
      type: 'success',
      content: '已完成抽查SJ-2026-0001，抽中2家，已送审批2份计划。',
    });
    const card = JSON.stringify(done.card);
    expect(card).toContain('双随机抽查 SJ-2026-0001');
    expect(card).toContain('随机种子');

    const again = await b.click('ou_demo_lucheng_head', { action: 'draw.submit', form }, { formValue: FORM });
    expect(again.toast).toEqual({ type: 'info', content: '该表已完成抽查，编号SJ-2026-0001。' });
    expect(await b.store.db.select().from(draws)).toHaveLength(1);
    await b.settle();
    const applicantCards = (await sentTo(b, 'ou_demo_lucheng_head')).filter((m) =>
      JSON.stringify(m.body).includes('JC-2026-'),
    );
    expect(applicantCards).toHaveLength(2);
  });

  it('brings the form back for a reason on a repeat, then sends the request to the unit head', async () => {
    const b = await startBot({ now: () => NOW });
    bot = b;
    await withLuchengOfficers(b);
    const head = 'ou_demo_lucheng_head';
    const first = await b.click(head, { action: 'draw.submit', form: 'form-1' }, { formValue: FORM });
    expect(first.toast).toMatchObject({ type: 'success' });
    const bare = await b.click(head, { action: 'draw.submit', form: 'form-2' }, { formValue: FORM });
    expect(bare.toast).toEqual({ type: 'error', content: '未能抽取，请按提示修改。' });
    expect(JSON.stringify(bare.card)).toContain(
      '本单位已对同一企业库和检查期限进行过抽查（SJ-2026-0001），再次抽取须写明理由并经单位负责人批准。',
    );
    const asked = await b.click(
      head,
      { action: 'draw.submit', form: 'form-2' },
      { formValue: { ...FORM, repeatReason: '抽中企业已关闭' } },
    );
    expect(asked.toast).toEqual({
      type: 'info',
      content: '已将再次抽取申请（第1号）送单位负责人审批，批准后方可抽取。',
    });
    expect(JSON.stringify(asked.card)).not.toContain('draw.repeat');
    const twice = await b.click(
      head,
      { action: 'draw.submit', form: 'form-2' },
      { formValue: { ...FORM, repeatReason: '抽中企业已关闭' } },
    );
    expect(twice.toast).toEqual(asked.toast);
    expect(await b.store.db.select().from(drawRepeatRequests)).toHaveLength(1);
    expect(await b.store.db.select().from(draws)).toHaveLength(1);
    const approved = await b.click(head, { action: 'draw.repeat', id: 1, decision: 'approve' });
    expect(approved.toast).toEqual({ type: 'success', content: '已批准，已完成抽查SJ-2026-0002，抽中2家。' });
    await b.settle();
    const results = (await sentTo(b, head)).filter((m) =>
      JSON.stringify(m.body).includes('双随机抽查 SJ-2026-0002'),
    );
    expect(results).toHaveLength(1);
    expect(JSON.stringify(results[0]?.body)).toContain('再次抽取');
    expect(JSON.stringify(results[0]?.body)).toContain('抽中企业已关闭');
  });

  it('tells anyone but a unit head who starts a draw', async () => {
    const b = await startBot({ now: () => NOW });
    bot = b;
    await b.sendText('ou_demo_lucheng_officer', '发起双随机抽查');
    await b.settle();
    const [reply] = await sentTo(b, 'ou_demo_lucheng_officer');
    expect(reply?.body).toEqual({ text: '双随机抽查由科室负责人或分局主要负责人发起，请联系本单位负责人。' });
  });

  it('lists nothing to record when no drawn plan is approved', async () => {
    const b = await startBot({ now: () => NOW });
    bot = b;
    await b.sendText('ou_demo_lucheng_head', '登记抽查结果');
    await b.settle();
    const [reply] = await sentTo(b, 'ou_demo_lucheng_head');
    expect(reply?.body).toEqual({ text: '目前没有待您登记结果的双随机抽查。' });
  });
});
