import {
  card,
  datePicker,
  escapeMd,
  form,
  input,
  markdown,
  multiSelectStatic,
  selectStatic,
  submitButton,
  type Card,
  type Option,
} from '../kit.js';
import type { DrawFormChoices, DrawFormValues } from './view.js';

const KEY_POLLUTER: Option[] = [
  { label: '全部企业', value: 'any' },
  { label: '仅重点排污单位', value: 'only' },
  { label: '仅非重点排污单位', value: 'exclude' },
];

/** 发起双随机抽查: the filters of the enterprise pool, the size, the inspector pool and the period. */
export function drawFormCard(
  formRef: string,
  values: DrawFormValues,
  choices: DrawFormChoices,
  notice?: string,
): Card {
  return card('发起双随机抽查', 'blue', [
    markdown(
      '依据长环发〔2025〕36号第3条，结合“双随机、一公开”监管要求，从筛选后的企业中随机抽取检查对象，并随机选派执法检查人员（每家至少2名）。正面清单企业、本年度现场检查已达上限的企业不列入抽取范围；近期检查过该企业或申报回避的人员不予选派。',
    ),
    ...(notice ? [markdown(`<font color="red">${escapeMd(notice)}</font>`)] : []),
    form('draw', [
      multiSelectStatic('counties', '所属县区（不选为全部）', choices.counties, {
        values: values.counties,
        required: false,
      }),
      multiSelectStatic('industries', '行业（不选为全部）', choices.industries, {
        values: values.industries,
        required: false,
      }),
      selectStatic('keyPolluter', '重点排污单位', KEY_POLLUTER, {
        value: values.keyPolluter ?? 'any',
        required: true,
      }),
      input('count', '抽取数量（家）', { placeholder: '与抽取比例二选一', value: values.count }),
      input('ratio', '抽取比例（%）', { placeholder: '与抽取数量二选一', value: values.ratio }),
      input('perEnterprise', '每家企业检查人员数', { value: values.perEnterprise, required: true }),
      multiSelectStatic('inspectorUnits', '执法检查人员库（按单位）', choices.units, {
        values: values.inspectorUnits,
        required: true,
      }),
      input('recusalMonths', '回避期限（月）', { value: values.recusalMonths, required: true }),
      datePicker('from', '检查开始日期', { value: values.from, required: true }),
      datePicker('to', '检查结束日期', { value: values.to, required: true }),
      input('content', '检查内容', {
        value: values.content,
        required: true,
        multiline: true,
        maxLength: 500,
      }),
      input('repeatReason', '再次抽取理由（本单位同一检查期限已抽取过时填写，须经单位负责人批准）', {
        value: values.repeatReason,
        multiline: true,
        maxLength: 500,
      }),
      submitButton('随机抽取', 'submit', { action: 'draw.submit', form: formRef }),
    ]),
  ]);
}
