import {
  card,
  datePicker,
  escapeMd,
  field,
  form,
  input,
  markdown,
  selectStatic,
  submitButton,
  type Card,
} from '../kit.js';
import type { PositiveFormValues, QuietFormValues, UpkeepDone } from './view.js';

function notice(text?: string) {
  return text ? [markdown(`<font color="red">${escapeMd(text)}</font>`)] : [];
}

/** 「设置安静期」: area (the city or a county), dates, basis document; enterprises narrow it. */
export function quietPeriodForm(areas: string[], values: QuietFormValues = {}, problem?: string): Card {
  return card('设置企业安静期', 'blue', [
    markdown(
      '依据长环发〔2025〕36号第10条，登记市、县（区）政府确定的“企业安静期”。安静期内确需现场检查的，须报本级行政执法主体主要负责人批准。',
    ),
    ...notice(problem),
    form('quiet', [
      selectStatic(
        'area',
        '地区（全市或县区）',
        areas.map((a) => ({ label: a, value: a })),
        {
          value: values.area,
          required: true,
        },
      ),
      input('enterprises', '适用企业（不填为该地区全部企业）', {
        placeholder: '企业名称或统一社会信用代码，多家用顿号分隔',
        value: values.enterprises,
      }),
      datePicker('from', '开始日期', { value: values.from, required: true }),
      datePicker('to', '结束日期', { value: values.to, required: true }),
      input('basis', '依据文件', {
        placeholder: '如：长治市人民政府关于……的通知',
        value: values.basis,
        required: true,
        maxLength: 200,
      }),
      submitButton('确认设置', 'submit', { action: 'upkeep.quiet' }),
    ]),
  ]);
}

const CHANGES = [
  { label: '列入正面清单', value: 'add' },
  { label: '移出正面清单', value: 'remove' },
];

/** 「正面清单」: put one enterprise on the 监督执法正面清单 with its validity and basis, or take it off. */
export function positiveListForm(values: PositiveFormValues = {}, problem?: string): Card {
  return card('调整监督执法正面清单', 'blue', [
    markdown(
      '依据长环发〔2025〕36号第9条。列入时填写有效期（可不填结束日期）与依据文件；移出时填写依据文件。',
    ),
    ...notice(problem),
    form('positive', [
      input('enterprise', '企业名称或统一社会信用代码', { value: values.enterprise, required: true }),
      selectStatic('change', '调整方式', CHANGES, { value: values.change ?? 'add', required: true }),
      datePicker('from', '有效期开始日期', { value: values.from }),
      datePicker('to', '有效期结束日期', { value: values.to }),
      input('basis', '依据文件', { value: values.basis, required: true, maxLength: 200 }),
      submitButton('确认', 'submit', { action: 'upkeep.positive' }),
    ]),
  ]);
}

/** What was changed, read-only. */
export function upkeepDoneCard(done: UpkeepDone): Card {
  return card(
    done.title,
    'green',
    done.lines.map((l) => field(l.label, l.value)),
  );
}
