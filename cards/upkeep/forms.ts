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
import type { PositiveFormValues, UpkeepDone } from './view.js';

/** A refused form's problem, in red above it. */
export function notice(text?: string) {
  return text ? [markdown(`<font color="red">${escapeMd(text)}</font>`)] : [];
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
