import {
  card,
  datePicker,
  form,
  input,
  markdown,
  submitButton,
  type Card,
  type Element,
  type Option,
} from '../kit.js';
import { noticeBlock } from './plan-form.js';
import { unitPicker } from './pickers.js';
import type { FormOwner, SpecialFormValues } from './view.js';

const label = (text: string): Element => markdown(`**${text}** <font color='red'>*</font>`);

/** 附件1 长治市生态环境局专项执法检查审批表 as a chat form. */
export function specialFormCard(
  owner: FormOwner,
  values: SpecialFormValues,
  units: Option[],
  notice?: string,
): Card {
  return card('专项执法检查审批表', 'blue', [
    markdown(
      '请按附件1填写。专项检查须聚焦环境风险突出的领域，严格限定检查内容和时间周期；经局长批准后备案并向社会公开（第4条）。',
    ),
    ...noticeBlock(notice),
    form('special', [
      input('name', '检查名称', { value: values.name, required: true }),
      input('basis', '检查依据', { value: values.basis, required: true }),
      label('检查时间'),
      datePicker('from', '开始日期', { value: values.from, required: true }),
      datePicker('to', '结束日期', { value: values.to, required: true }),
      label('实施单位'),
      ...unitPicker(units, values.unit, values.unitText),
      input('targets', '检查对象', { value: values.targets, required: true, multiline: true }),
      input('content', '检查内容', { value: values.content, required: true, multiline: true }),
      input('focus', '检查重点领域', {
        placeholder: '聚焦的环境风险领域，如超标排放、危险废物非法处置等',
        value: values.focus,
        required: true,
      }),
      submitButton('提交审批', 'submit', {
        action: 'approval.submit',
        kind: 'special',
        form: owner.formRef,
        owner: owner.openId,
      }),
    ]),
  ]);
}
