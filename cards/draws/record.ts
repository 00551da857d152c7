import { OUTCOMES } from '../../src/domain/draws/index.js';
import {
  card,
  datePicker,
  escapeMd,
  form,
  input,
  markdown,
  selectStatic,
  submitButton,
  type Card,
  type Option,
  SUPERSEDED_NOTE,
} from '../kit.js';
import type { AwaitingResult, DrawCardView, DrawItemCardView } from './view.js';

export function awaitingValue(item: Pick<AwaitingResult, 'drawId' | 'uscc'>): string {
  return `${item.drawId}|${item.uscc}`;
}

const OUTCOME_OPTIONS: Option[] = Object.entries(OUTCOMES).map(([value, label]) => ({ label, value }));

function awaitingLine(item: AwaitingResult, today: string): string {
  const late = today > item.publishDue ? '<font color="red">已逾期</font>' : `${item.publishDue}前公开`;
  return `- ${item.drawId} **${escapeMd(item.enterpriseName)}**（检查时间${item.from}至${item.to}，${late}）`;
}

/**
 * 登记抽查结果: one form for any of the awaiting enterprises. The result is published as entered,
 * so the note must hold nothing personal.
 */
export function recordCard(
  formRef: string,
  awaiting: readonly AwaitingResult[],
  today: string,
  opts: { title?: string; intro?: string; notice?: string } = {},
): Card {
  const [first] = awaiting;
  return card(opts.title ?? '登记双随机抽查结果', 'orange', [
    markdown(
      opts.intro ??
        '以下抽查已批准实施，请登记检查结果。登记后即在公开页面公布（企业、日期、实施单位、结果）。',
    ),
    markdown(awaiting.map((item) => awaitingLine(item, today)).join('\n')),
    ...(opts.notice ? [markdown(`<font color="red">${escapeMd(opts.notice)}</font>`)] : []),
    form('record', [
      selectStatic(
        'item',
        '抽查企业',
        awaiting.map((item) => ({
          label: `${item.drawId} ${item.enterpriseName}`,
          value: awaitingValue(item),
        })),
        { value: awaiting.length === 1 && first ? awaitingValue(first) : undefined, required: true },
      ),
      selectStatic('outcome', '检查结果', OUTCOME_OPTIONS, { required: true }),
      datePicker('inspectedOn', '检查日期', { required: true }),
      input('note', '补充说明（可不填，请勿填写个人信息）', { maxLength: 200 }),
      submitButton('登记并公开', 'submit', { action: 'draw.record', form: formRef }),
    ]),
  ]);
}

/** What a result form becomes once a fresh one replaced it: what it listed, without the form. */
export function supersededRecordCard(awaiting: readonly AwaitingResult[], today: string): Card {
  return card('登记双随机抽查结果', 'grey', [
    markdown(SUPERSEDED_NOTE),
    markdown(awaiting.map((item) => awaitingLine(item, today)).join('\n')),
  ]);
}

/** A form whose enterprises were all recorded elsewhere: who recorded the last one. */
export function recordedElsewhereCard(enterpriseName: string, recorderName: string): Card {
  return card('登记双随机抽查结果', 'grey', [
    markdown(
      `${escapeMd(enterpriseName)}的抽查结果已由${escapeMd(recorderName)}登记并公开，本卡片无待登记事项。`,
    ),
  ]);
}

/** What replaces the form once a result is published. */
export function recordedCard(view: DrawCardView, item: DrawItemCardView): Card {
  return card(`抽查结果已公开 ${view.id}`, 'green', [
    markdown(
      [
        `**企业**：${escapeMd(item.enterpriseName)}`,
        `**检查日期**：${item.inspectedOn ?? '—'}`,
        `**实施单位**：${escapeMd(view.unit.name)}`,
        `**检查结果**：${item.outcome ? OUTCOMES[item.outcome] : '—'}${item.note ? `（${escapeMd(item.note)}）` : ''}`,
      ].join('\n'),
    ),
  ]);
}
