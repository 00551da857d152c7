import { METHOD_LABELS, TYPE_LABELS } from '../../src/domain/approvals/index.js';
import { QUIET_EXEMPTION_OTHER } from '../../src/domain/rules/index.js';
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
  type Element,
  type Option,
} from '../kit.js';
import { unitPicker } from './pickers.js';
import type { FormChoices, FormOwner, PlanFormValues } from './view.js';

const options = (labels: Readonly<Record<string, string>>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ label, value }));

const label = (text: string, required = false): Element =>
  markdown(required ? `**${text}** <font color='red'>*</font>` : `**${text}**`);

/** Problems with an earlier submission, shown above the form so the applicant can correct them. */
export function noticeBlock(notice: string | undefined): Element[] {
  return notice
    ? [markdown(`<font color='red'>**未能提交，请修改后重新提交：**</font>\n${escapeMd(notice)}`)]
    : [];
}

/** 附件2 长治市生态环境局入企执法检查计划审批表 as a chat form. */
export function planFormCard(
  owner: FormOwner,
  values: PlanFormValues,
  choices: FormChoices,
  notice?: string,
): Card {
  return card('入企执法检查计划审批表', 'blue', [
    markdown(
      '请按附件2填写，提交后将自动核查企业安静期、检查频次、正面清单及联合检查，并送方案规定的审批领导。',
    ),
    ...noticeBlock(notice),
    form('plan', [
      label('检查类型', true),
      selectStatic('type', '请选择检查类型', options(TYPE_LABELS), { value: values.type, required: true }),
      input('typeNote', '其他检查类型', { placeholder: '检查类型选“其他”时填写', value: values.typeNote }),
      selectStatic('special', '检查类型为专项的，请选择所执行的经批准的专项执法检查', choices.specials, {
        value: values.special,
        required: false,
      }),
      input('basis', '检查依据', { value: values.basis, required: true }),
      label('检查时间', true),
      datePicker('from', '开始日期', { value: values.from, required: true }),
      datePicker('to', '结束日期', { value: values.to, required: true }),
      label('入企执法检查对象', true),
      multiSelectStatic('enterprises', '从企业名录选择', choices.enterprises, {
        values: values.enterprises,
        required: false,
      }),
      input('enterpriseText', '名录外的检查对象', {
        placeholder: '可填写企业名称或统一社会信用代码，多个以顿号分隔',
        value: values.enterpriseText,
      }),
      label('实施单位', true),
      ...unitPicker(choices.units, values.unit, values.unitText),
      label('检查人员'),
      multiSelectStatic('inspectors', '请选择检查人员', choices.people, {
        values: values.inspectors,
        required: false,
      }),
      input('inspectorText', '未列出的检查人员', {
        placeholder: '填写姓名，多个以顿号分隔',
        value: values.inspectorText,
      }),
      input('content', '检查内容', { value: values.content, required: true, multiline: true }),
      label('检查方式', true),
      multiSelectStatic('methods', '请选择检查方式', options(METHOD_LABELS), {
        values: values.methods,
        required: true,
      }),
      input('reason', '理由', {
        placeholder: '对列入监督执法正面清单的企业确需现场检查的，请写明理由',
        value: values.reason,
        multiline: true,
      }),
      label('企业安静期例外情形'),
      selectStatic(
        'quietExemption',
        '检查时间处于企业安静期且须现场检查的，请选择适用的例外情形',
        [...choices.quietExemptions, { label: '其他（请说明）', value: QUIET_EXEMPTION_OTHER }],
        { value: values.quietExemption, required: false },
      ),
      input('quietExemptionNote', '例外情形说明', {
        placeholder: '选择「其他（请说明）」的，请写明理由',
        value: values.quietExemptionNote,
        multiline: true,
      }),
      submitButton('提交审批', 'submit', {
        action: 'approval.submit',
        kind: 'plan',
        form: owner.formRef,
        owner: owner.openId,
      }),
    ]),
  ]);
}
