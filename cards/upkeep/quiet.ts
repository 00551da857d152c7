import {
  card,
  datePicker,
  escapeMd,
  form,
  input,
  markdown,
  MAX_OPTIONS,
  multiSelectStatic,
  selectStatic,
  submitButton,
  type Card,
  type Option,
} from '../kit.js';
import { notice } from './forms.js';
import type { QuietChangeValues, QuietFormValues, QuietListItem } from './view.js';

const PATTERNS: Option[] = [
  { label: '一段日期（填开始、结束日期）', value: 'once' },
  { label: '每月固定日期（如每月1日至20日）', value: 'monthly' },
  { label: '每周固定星期', value: 'weekly' },
  { label: '多段指定日期', value: 'ranges' },
];

const WEEKDAYS: Option[] = ['一', '二', '三', '四', '五', '六', '日'].map((d, i) => ({
  label: `周${d}`,
  value: String(i + 1),
}));

/**
 * 「设置安静期」: what a notice says — the place or named enterprises, how the days recur, the validity,
 * the categories it covers, the notice itself and the cases it still lets inspectors in.
 */
export function quietPeriodForm(areas: string[], values: QuietFormValues = {}, problem?: string): Card {
  const areaOptions = areas.map((a) => ({ label: a, value: a }));
  return card('设置企业安静期', 'blue', [
    markdown(
      '依据长环发〔2025〕36号第10条，按政府通知登记“企业安静期”。按月重复填每月起止日；按周重复选星期；多段日期每行一段（如 2026-12-01至2026-12-20）。开始、结束日期为一段日期的起止，或重复安静期的有效期（可不填）。安静期内确需现场检查的，须报本级行政执法主体主要负责人批准。',
    ),
    ...notice(problem),
    form('quiet', [
      selectStatic('area', '地区（全市、县区或开发区）', areaOptions, { value: values.area, required: true }),
      input('enterprises', '适用企业（不填为该地区全部企业）', {
        placeholder: '企业名称或统一社会信用代码，多家用顿号分隔',
        value: values.enterprises,
      }),
      input('categories', '企业类别（不填为全部类别）', {
        placeholder: '如：规模以上工业企业、资质等级建筑业企业',
        value: values.categories,
        maxLength: 200,
      }),
      selectStatic('pattern', '设置方式', PATTERNS, { value: values.pattern ?? 'once', required: true }),
      input('fromDay', '每月起始日（按月重复时填，1-31）', { value: values.fromDay, maxLength: 3 }),
      input('toDay', '每月截止日（按月重复时填，1-31）', { value: values.toDay, maxLength: 3 }),
      multiSelectStatic('weekdays', '每周的哪几天（按周重复时选）', WEEKDAYS, {
        values: values.weekdays,
        required: false,
      }),
      input('ranges', '多段指定日期（每行一段）', {
        placeholder: '2026-12-01至2026-12-20',
        value: values.ranges,
        multiline: true,
        maxLength: 1000,
      }),
      datePicker('from', '开始日期（或有效期起）', { value: values.from }),
      datePicker('to', '结束日期（或有效期止）', { value: values.to }),
      input('basis', '依据文件', {
        placeholder: '如：屯留区人民政府办公室关于设置企业安静期的通知',
        value: values.basis,
        required: true,
        maxLength: 200,
      }),
      input('exemptions', '通知列明的例外情形（每行一条，照录原文）', {
        placeholder: '如：投诉举报、案件查处、媒体曝光需调查核实',
        value: values.exemptions,
        multiline: true,
        maxLength: 2000,
      }),
      submitButton('确认设置', 'submit', { action: 'upkeep.quiet' }),
    ]),
  ]);
}

const CHANGES: Option[] = [
  { label: '提前结束（自所填日期后不再适用）', value: 'end' },
  { label: '删除（误登记或通知撤销）', value: 'remove' },
];

/**
 * 「安静期列表」: the calendar as it stands, and a form to end one period early or remove it. The
 * list and the choice stop at MAX_OPTIONS periods, so a long calendar never passes the card's limits.
 */
export function quietListCard(
  items: QuietListItem[],
  values: QuietChangeValues = {},
  problem?: string,
): Card {
  const shown = items.slice(0, MAX_OPTIONS);
  const lines = shown.map((p) => `- **${escapeMd(p.ref)}** ${escapeMd(p.text)}；依据：${escapeMd(p.basis)}`);
  const more = items.length > shown.length ? `\n另有${items.length - shown.length}条未列出。` : '';
  if (items.length === 0) return card('企业安静期', 'blue', [markdown('目前没有登记的企业安静期。')]);
  return card('企业安静期', 'blue', [
    markdown(`目前登记的企业安静期共${items.length}条：\n${lines.join('\n')}${more}`),
    ...notice(problem),
    form('quietChange', [
      selectStatic(
        'period',
        '选择安静期',
        shown.map((p) => ({ label: `${p.ref} ${p.text}`.slice(0, 60), value: p.key })),
        { value: values.period, required: true },
      ),
      selectStatic('change', '处理方式', CHANGES, { value: values.change ?? 'end', required: true }),
      datePicker('lastDay', '最后一天（提前结束时填）', { value: values.lastDay }),
      input('reason', '原因或依据', { value: values.reason, required: true, maxLength: 200 }),
      submitButton('确认', 'submit', { action: 'upkeep.quietChange' }),
    ]),
  ]);
}
