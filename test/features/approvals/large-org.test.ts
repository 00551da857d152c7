import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../src/directory/directory-repo.js';
import type { Directory } from '../../../src/domain/org.js';
import { cardField, formValueFor } from '../../support/card-forms.js';
import { startFakeLark, type FakeLark, type FakeMessage } from '../../support/fake-lark.js';
import { startBot, TEST_KEYS, type Bot } from '../../support/harness.js';
import { scaleOrganisation } from '../../support/scaled-org.js';
import { actionValue, clickCard, contentOf, workingCard } from '../../support/working-cards.js';
import { getRequest, toastOf, TODAY_10AM, USCC } from './support.js';

const APPLICANT = 'ou_demo_air_officer';
let fake: FakeLark;
let bot: Bot;
let directory: Directory;
beforeAll(async () => {
  fake = await startFakeLark({ appId: TEST_KEYS.appId, appSecret: TEST_KEYS.appSecret });
  bot = await startBot({ fakeLark: fake, now: () => TODAY_10AM });
  await scaleOrganisation(bot, 3);
  directory = (await loadDirectory(bot.store.db))!;
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

async function planForm(): Promise<FakeMessage> {
  await bot.sendText(APPLICANT, '发起入企检查审批');
  await bot.settle();
  const form = fake
    .sentTo(APPLICANT)
    .filter((m) => m.msgType === 'interactive')
    .at(-1);
  if (!form) throw new Error('no form');
  return form;
}

const FILLED = {
  type: 'random',
  basis: '年度双随机抽查计划',
  from: '2026-11-27 +0800',
  to: '2026-11-30 +0800',
  enterprises: [USCC.coking],
  inspectors: [APPLICANT],
  content: '废气排放',
  methods: ['on-site'],
  reason: '群众反映夜间异味，需现场核实。',
};

describe('an organisation three times larger', () => {
  it('has more units and people than one select lists', () => {
    expect(directory.units).toHaveLength(66);
    expect(directory.people.length).toBeGreaterThan(120);
  });

  it('files a plan for a unit past the 40th, named by short form, and transfers it to a person past the 40th', async () => {
    const at = directory.units.findIndex((u) => u.name === '法规与标准科2');
    expect(at).toBeGreaterThanOrEqual(40);
    const unit = directory.units[at]!;
    const form = await planForm();
    const submit = actionValue(form, 'approval.submit');
    const listed = (cardField(contentOf(form), 'unit')?.options as { value: string }[]).map((o) => o.value);
    expect(listed).not.toContain(unit.id);

    // A short form that fits several units is refused with the units it could mean; nothing is filed.
    const ambiguous = await clickCard(
      bot,
      fake,
      APPLICANT,
      form,
      submit,
      formValueFor(contentOf(form), { ...FILLED, unitText: '法规科' }),
    );
    expect(toastOf(ambiguous)).toBe('审批表填写不完整，请按提示修改。');
    expect(JSON.stringify(ambiguous)).toContain(
      '【须纠正】实施单位：「法规科」可指多个单位：法规与标准科、法规与标准科1、法规与标准科2，请填写完整名称',
    );
    const unknown = await clickCard(
      bot,
      fake,
      APPLICANT,
      form,
      submit,
      formValueFor(contentOf(form), { ...FILLED, unitText: '宇宙科' }),
    );
    expect(JSON.stringify(unknown)).toContain('未找到单位「宇宙科」');

    const accepted = await clickCard(
      bot,
      fake,
      APPLICANT,
      form,
      submit,
      formValueFor(contentOf(form), { ...FILLED, unitText: '法规科2' }),
    );
    const id = /JC-2026-\d{4}/.exec(toastOf(accepted))?.[0] ?? '';
    expect(id).not.toBe('');
    await bot.settle();
    const filed = await getRequest(bot, id);
    expect(filed.unit).toMatchObject({ id: unit.id });
    const approver = filed.steps[0]!.openId;
    expect(approver).toBe('ou_demo_legal_head_x2');

    // 转交 to someone far down the directory, chosen in the card's person picker.
    const target = directory.people[100]!;
    const card = workingCard(fake, approver, 'approval.transfer', id);
    expect(cardField(contentOf(card), 'transferTo')?.tag).toBe('select_person');
    const answer = await clickCard(
      bot,
      fake,
      approver,
      card,
      actionValue(card, 'approval.transfer'),
      formValueFor(contentOf(card), { transferTo: target.openId, comment: '请协助审批' }),
    );
    expect(toastOf(answer)).toBe(`已转交${target.name}办理。`);
    await bot.settle();
    expect((await getRequest(bot, id)).steps[0]).toMatchObject({ openId: target.openId, status: 'pending' });
    workingCard(fake, target.openId, 'approval.decide', id);
  });
});
