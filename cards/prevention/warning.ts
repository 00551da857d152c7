import {
  SOURCE_LABELS,
  WARNING_SOURCES,
  WARNING_STATE_LABELS,
  sourceLabel,
} from '../../src/domain/prevention/index.js';
import { bureauDateTime } from '../../src/time.js';
import {
  button,
  buttonRow,
  card,
  escapeMd,
  field,
  form,
  input,
  markdown,
  selectStatic,
  submitButton,
  type Card,
  type HeaderColor,
  SUPERSEDED_NOTE,
} from '../kit.js';
import type { WarningCardView, WarningFormValues } from './view.js';

const COLORS: Record<WarningCardView['status'], HeaderColor> = {
  sent: 'orange',
  acknowledged: 'yellow',
  resolved: 'green',
  escalated: 'red',
};

function outcomeLine(view: WarningCardView): string {
  const who = view.closedByName ? `（${escapeMd(view.closedByName)}）` : '';
  if (view.status === 'escalated') return `已转线索移送${view.referralId ? ` ${view.referralId}` : ''}${who}`;
  return `${WARNING_STATE_LABELS[view.status]}${view.status === 'sent' ? '' : who}`;
}

/**
 * The county branch's card for a warning: what was found and advised, and the branch's follow-up:
 * 确认知悉, 风险已消除, or 转线索移送 (附件3) when the risk looks like a violation (第8条).
 */
export function warningCard(view: WarningCardView, opts: { notice?: string; actions?: boolean } = {}): Card {
  const value = (action: string) => ({ action, id: view.id });
  const open = view.status === 'sent' || view.status === 'acknowledged';
  const actions = open && opts.actions !== false;
  return card(`预警提醒 ${view.id}`, COLORS[view.status], [
    ...(opts.notice ? [markdown(escapeMd(opts.notice))] : []),
    field('企业', `${escapeMd(view.enterpriseName)}（${view.county}）`),
    field('统一社会信用代码', view.uscc),
    field('发现单位', `${escapeMd(view.unitName)} ${escapeMd(view.senderName)}`),
    field('来源', sourceLabel(view.source)),
    field('违法风险', escapeMd(view.risk)),
    field('防控建议', escapeMd(view.advice)),
    field('提醒时间', bureauDateTime(view.sentAt)),
    field('办理情况', outcomeLine(view)),
    ...(view.repeatOf
      ? [markdown(`<font color="grey">此前已就同一风险提醒（${view.repeatOf}）。</font>`)]
      : []),
    ...(actions
      ? [
          buttonRow([
            ...(view.status === 'sent'
              ? [button('确认知悉', value('prevention.acknowledge'), { type: 'primary' })]
              : []),
            button('风险已消除', value('prevention.resolve')),
            button('转线索移送', value('prevention.escalate'), {
              type: 'danger',
              confirm: { title: '转线索移送', text: '将按附件3生成涉嫌环境违法线索移送表，确认转交？' },
            }),
          ]),
        ]
      : []),
  ]);
}

/** What a warning card becomes once a fresh one replaced it: the record, without buttons. */
export function supersededWarningCard(view: WarningCardView): Card {
  return warningCard(view, { notice: SUPERSEDED_NOTE, actions: false });
}

/** 预警提醒 as a form: enterprise, source, risk and advice; `force` sends a repeat on purpose. */
export function warningFormCard(
  formRef: string,
  values: WarningFormValues,
  opts: { notice?: string; force?: boolean } = {},
): Card {
  const options = WARNING_SOURCES.map((s) => ({ label: SOURCE_LABELS[s], value: s }));
  return card('预警提醒', 'orange', [
    markdown('对存在违法风险的企业及时预警提醒（第1条）。发送后将告知企业所在地分局跟进。'),
    ...(opts.notice ? [markdown(`<font color="red">${escapeMd(opts.notice)}</font>`)] : []),
    form('warning', [
      input('enterprise', '企业名称或统一社会信用代码', { value: values.enterprise, required: true }),
      selectStatic('source', '发现来源', options, { value: values.source, required: true }),
      input('risk', '违法风险', { value: values.risk, required: true, multiline: true, maxLength: 500 }),
      input('advice', '防控建议', { value: values.advice, required: true, multiline: true, maxLength: 500 }),
      submitButton(opts.force ? '仍然发送' : '发送预警提醒', 'send', {
        action: 'prevention.warn',
        form: formRef,
        ...(opts.force ? { force: true } : {}),
      }),
    ]),
  ]);
}
