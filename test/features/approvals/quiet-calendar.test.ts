import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnterprises, loadQuietPeriods } from '../../../src/directory/directory-repo.js';
import { ImportError, importFile } from '../../../src/directory/import-files.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  answerCard,
  approverCard,
  buttonValue,
  cardText,
  sentTo,
  toastOf,
  TODAY_10AM,
  USCC,
} from './support.js';

let bot: Bot;
const dir = mkdtempSync(join(tmpdir(), 'zhifa-quiet-'));

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

/** A 双池镇 style notice for 屯留区 beside the city's one-range period. */
export const NOTICE_FILE = {
  quietPeriods: [
    {
      id: 'CITY-2026-12',
      jurisdiction: '长治市',
      scope: 'citywide',
      from: '2026-12-01',
      to: '2026-12-05',
      basis: '市政府企业安静期安排',
    },
    {
      id: 'TL-2026',
      jurisdiction: '屯留区',
      scope: 'county',
      monthly: { fromDay: 1, toDay: 20 },
      from: '2026-01-01',
      to: '2027-01-10',
      categories: ['规模以上工业企业', '资质等级建筑业企业'],
      exemptions: [
        '上级部署的执法检查或专项整治',
        '环境保护等事件或隐患整改需现场督促',
        '投诉举报、案件查处、媒体曝光需调查核实',
        '法定时限内须完成的核查',
        '其他',
      ],
      basis: '屯留区人民政府办公室关于设置企业安静期的通知',
    },
  ],
};

async function getCalendar(query: string) {
  const res = await fetch(`${bot.url}/api/v1/quiet-periods?${query}`, {
    headers: { authorization: `Bearer ${bot.config.apiToken}` },
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

describe('quiet-periods file import', () => {
  it('imports the original seed file unchanged, giving each period its place as id', async () => {
    expect(await importFile(bot.store, 'quiet-periods', 'db/seed/quiet-periods.json', 'test')).toBe(3);
    const periods = await loadQuietPeriods(bot.store.db);
    expect(periods.map((p) => [p.id, p.from, p.to])).toEqual([
      ['QP-1', '2026-12-01', '2026-12-20'],
      ['QP-2', '2026-12-21', '2026-12-31'],
      ['QP-3', '2027-01-04', '2027-01-24'],
    ]);
  });

  it('keeps a notice of every month, its categories and exemptions', async () => {
    await importFile(bot.store, 'quiet-periods', write('notice.json', NOTICE_FILE), 'test');
    const [, tunliu] = await loadQuietPeriods(bot.store.db);
    expect(tunliu).toEqual(NOTICE_FILE.quietPeriods[1]);
  });

  it.each([
    [
      'two patterns at once',
      { monthly: { fromDay: 1, toDay: 5 }, weekly: { days: [6] } },
      'monthly、weekly、ranges 只能选其一',
    ],
    ['a day of the month past 31', { monthly: { fromDay: 1, toDay: 32 } }, '日期须在1至31之间'],
    ['a weekday past Sunday', { weekly: { days: [8] } }, '星期须为1（周一）至7（周日）'],
    ['no pattern and no dates', {}, '未设置 monthly、weekly 或 ranges 的，须填写 from 和 to'],
    ['an inverted range', { ranges: [{ from: '2026-03-05', to: '2026-03-01' }] }, '起始日期不得晚于结束日期'],
    ['a date that does not exist', { from: '2026-02-30', to: '2026-03-01' }, '不是有效日期'],
  ])('refuses %s and changes nothing', async (_name, fields, message) => {
    const before = await loadQuietPeriods(bot.store.db);
    const bad = { jurisdiction: '长治市', scope: 'citywide', basis: '测试', ...fields };
    const file = write('bad.json', { quietPeriods: [bad] });
    const error = await importFile(bot.store, 'quiet-periods', file, 'test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).errors.join('\n')).toContain(message);
    expect(await loadQuietPeriods(bot.store.db)).toEqual(before);
  });

  it('refuses a repeated id', async () => {
    const period = NOTICE_FILE.quietPeriods[0];
    const file = write('twice.json', { quietPeriods: [period, period] });
    await expect(importFile(bot.store, 'quiet-periods', file, 'test')).rejects.toThrow(
      '安静期编号重复：CITY-2026-12',
    );
  });

  it('imports enterprise categories like any other column', async () => {
    const file = write('enterprises.json', {
      enterprises: [
        {
          name: '长治示例化工有限公司',
          uscc: USCC.chemical,
          county: '屯留区',
          industry: '化工',
          categories: ['规模以上工业企业'],
        },
        { name: '长治示例焦化有限公司', uscc: USCC.coking, county: '上党区', industry: '焦化' },
      ],
    });
    await importFile(bot.store, 'enterprises', file, 'test');
    const found = await findEnterprises(bot.store.db, [USCC.chemical, USCC.coking]);
    const byUscc = new Map(found.map((e) => [e.uscc, e]));
    expect(byUscc.get(USCC.chemical)?.categories).toEqual(['规模以上工业企业']);
    expect(byUscc.get(USCC.coking)?.categories).toBeUndefined();
    await importFile(bot.store, 'enterprises', 'db/seed/enterprises.json', 'test');
  });
});

describe('GET /api/v1/quiet-periods', () => {
  beforeAll(async () => {
    await importFile(bot.store, 'quiet-periods', write('notice.json', NOTICE_FILE), 'test');
  });

  it('expands the calendar into dated days with the periods of each', async () => {
    const { status, json } = await getCalendar('from=2026-11-19&to=2026-12-02');
    expect(status).toBe(200);
    const tunliu = {
      id: 'TL-2026',
      jurisdiction: '屯留区',
      basis: '屯留区人民政府办公室关于设置企业安静期的通知',
      categories: ['规模以上工业企业', '资质等级建筑业企业'],
    };
    const city = { id: 'CITY-2026-12', jurisdiction: '长治市', basis: '市政府企业安静期安排' };
    expect(json).toEqual({
      days: [
        { date: '2026-11-19', periods: [tunliu] },
        { date: '2026-11-20', periods: [tunliu] },
        { date: '2026-12-01', periods: [city, tunliu] },
        { date: '2026-12-02', periods: [city, tunliu] },
      ],
    });
  });

  it('keeps to a county: its own periods and the citywide ones', async () => {
    const lucheng = await getCalendar('from=2026-12-01&to=2026-12-31&county=潞城区');
    const dates = (lucheng.json.days as { date: string }[]).map((d) => d.date);
    expect(dates).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    const tunliu = await getCalendar(`from=2027-01-01&to=2027-02-28&county=${encodeURIComponent('屯留')}`);
    expect((tunliu.json.days as unknown[]).length).toBe(10);
  });

  it.each([
    ['from=2026-12-01', '请提供查询的起止日期 from 和 to'],
    ['from=2026-13-01&to=2026-12-31', 'from 不是有效日期'],
    ['from=2026-12-01&to=2026-02-30', 'to 不是有效日期'],
    ['from=2026-12-31&to=2026-12-01', '结束日期 to 不得早于开始日期 from'],
    ['from=2026-01-01&to=2027-01-02', '查询区间不得超过366天'],
  ])('answers 400 in Chinese for %s', async (query, message) => {
    const { status, json } = await getCalendar(query);
    expect(status).toBe(400);
    expect(json.error).toContain(message);
  });

  it('allows a whole leap year of 366 days', async () => {
    const { status } = await getCalendar('from=2028-01-01&to=2028-12-31');
    expect(status).toBe(200);
  });

  it('is behind the bearer token like the rest of the API', async () => {
    const res = await fetch(`${bot.url}/api/v1/quiet-periods?from=2026-12-01&to=2026-12-02`);
    expect(res.status).toBe(401);
  });
});

/** The select_static or input of a card by name. */
function field(card: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const el = node as Record<string, unknown>;
      if (el.name === name && el.tag !== 'form' && el.tag !== 'button') found = el;
      Object.values(el).forEach(walk);
    }
  };
  walk(card);
  return found;
}

const optionLabels = (el: Record<string, unknown> | undefined) =>
  ((el?.options ?? []) as { text: { content: string } }[]).map((o) => o.text.content);

describe('the plan form asks which exemption applies inside a quiet period', () => {
  beforeAll(async () => {
    await importFile(bot.store, 'quiet-periods', write('notice.json', NOTICE_FILE), 'test');
  });

  it('refuses the visit without one, offers the notice’s own, and shows the approver what was claimed', async () => {
    const officer = 'ou_demo_air_officer';
    await bot.sendText(officer, '发起入企检查审批：长治示例化工有限公司，12月7日至12月8日，现场检查');
    const form = (await sentTo(bot, officer)).at(-1)?.content ?? {};
    expect(optionLabels(field(form, 'quietExemption'))).toContain('其他（请说明）');
    const submit = buttonValue(form, '提交审批');
    const values = {
      type: 'complaint',
      basis: '12345热线转来的群众投诉',
      from: '2026-12-07 +0800',
      to: '2026-12-08 +0800',
      enterprises: [USCC.chemical],
      unit: 'air',
      inspectors: [officer],
      content: '夜间异味排放',
      methods: ['on-site'],
    };

    const blocked = await bot.click(officer, submit, { formValue: values });
    expect(toastOf(blocked)).toBe('申请未通过合规核查，请按提示修改。');
    const again = answerCard(blocked) ?? {};
    expect(cardText(again)).toContain(
      '检查时间处于企业安静期，确需现场检查的，请选择适用的例外情形；均不适用的，请选择「其他（请说明）」并写明理由（第10条',
    );
    expect(optionLabels(field(again, 'quietExemption'))).toEqual([
      '上级部署的执法检查或专项整治',
      '环境保护等事件或隐患整改需现场督促',
      '投诉举报、案件查处、媒体曝光需调查核实',
      '法定时限内须完成的核查',
      '其他（请说明）',
    ]);

    const noReason = await bot.click(officer, submit, { formValue: { ...values, quietExemption: 'other' } });
    expect(cardText(answerCard(noReason) ?? {})).toContain(
      '【须纠正】例外情形说明：例外情形选择「其他（请说明）」的，请写明理由',
    );

    const accepted = await bot.click(officer, submit, {
      formValue: { ...values, quietExemption: '投诉举报、案件查处、媒体曝光需调查核实' },
    });
    const id = /JC-2026-\d{4}/.exec(toastOf(accepted))?.[0] ?? '';
    expect(id).not.toBe('');
    const card = cardText((await approverCard(bot, 'ou_demo_air_head', id)).content);
    expect(card).toContain(
      '**企业安静期**\n屯留区：每月1日至20日，2026-01-01至2027-01-10有效，限规模以上工业企业、资质等级建筑业企业；依据：屯留区人民政府办公室关于设置企业安静期的通知\n**所称例外情形**：投诉举报、案件查处、媒体曝光需调查核实',
    );
    expect(card).toContain('该企业未登记类别，按适用处理');
  });
});
