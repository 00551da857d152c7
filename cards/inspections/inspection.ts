import { METHOD_LABELS } from '../../src/domain/approvals/index.js';
import {
  FEEDBACK_MEANS,
  INSPECTION_OUTCOMES,
  INSPECTION_STATUS_LABELS,
  MEANS_LABELS,
  OUTCOME_LABELS,
  type InspectionRecord,
} from '../../src/domain/inspections/index.js';
import { VIOLATION_LABELS, VIOLATION_TYPES } from '../../src/domain/referrals/annex3.js';
import {
  card,
  datePicker,
  escapeMd,
  form,
  hr,
  input,
  markdown,
  multiSelectStatic,
  selectStatic,
  submitButton,
  type Card,
  type Element,
  type HeaderColor,
} from '../kit.js';
import type { InspectionCardView } from './view.js';

const METHOD_OPTIONS = Object.entries(METHOD_LABELS).map(([value, label]) => ({ label, value }));
const OUTCOME_OPTIONS = INSPECTION_OUTCOMES.map((value) => ({ label: OUTCOME_LABELS[value], value }));
const MEANS_OPTIONS = FEEDBACK_MEANS.map((value) => ({ label: MEANS_LABELS[value], value }));
const VIOLATION_OPTIONS = VIOLATION_TYPES.map((value) => ({ label: VIOLATION_LABELS[value], value }));

function facts(view: InspectionCardView): Element {
  const rec = view.record;
  return markdown(
    [
      `**企业**：${escapeMd(rec.enterprise.name)}`,
      `**批准检查时间**：${rec.from}至${rec.to}`,
      `**实施单位**：${escapeMd(view.unitName)}`,
      `**状态**：${INSPECTION_STATUS_LABELS[rec.status]}`,
    ].join('\n'),
  );
}

function resultLines(rec: InspectionRecord): Element[] {
  const r = rec.result;
  if (!r) return [];
  return [
    hr(),
    markdown(
      [
        `**检查日期**：${r.date}`,
        `**检查方式**：${r.methods.map((m) => METHOD_LABELS[m]).join('、')}`,
        `**检查结果**：${OUTCOME_LABELS[r.outcome]}`,
        `**检查情况**：${escapeMd(r.findings)}`,
        `**登记人**：${escapeMd(r.by.name)}`,
      ].join('\n'),
    ),
  ];
}

function feedbackLines(rec: InspectionRecord): Element[] {
  const f = rec.feedback;
  if (!f) return [];
  return [
    hr(),
    markdown(
      [
        `**反馈日期**：${f.date}`,
        `**反馈方式**：${MEANS_LABELS[f.means]}`,
        `**反馈内容**：${escapeMd(f.content)}`,
      ].join('\n'),
    ),
  ];
}

function resultForm(id: string, rec: InspectionRecord): Element {
  return form('result', [
    datePicker('date', '检查日期', { required: true, value: rec.to }),
    selectStatic('outcome', '检查结果', OUTCOME_OPTIONS, { required: true }),
    multiSelectStatic('methods', '检查方式', METHOD_OPTIONS, { required: true }),
    input('findings', '检查情况', { required: true, multiline: true, maxLength: 2000 }),
    submitButton('登记检查结果', 'submit', { action: 'inspection.result', id }),
  ]);
}

function feedbackForm(id: string): Element {
  return form('feedback', [
    datePicker('date', '反馈日期', { required: true }),
    selectStatic('means', '反馈方式', MEANS_OPTIONS, { required: true }),
    input('content', '反馈内容', { required: true, multiline: true, maxLength: 2000 }),
    submitButton('反馈企业', 'submit', { action: 'inspection.feedback', id }),
  ]);
}

/**
 * 取消检查 while the visit is planned: the reason is required here and again by the service, which
 * applies the same rules as `POST /inspections/:id/cancel`.
 */
function cancelForm(id: string): Element {
  return form('cancel', [
    input('reason', '取消原因', { required: true, maxLength: 500, placeholder: '如：企业已停产' }),
    submitButton('取消检查', 'cancel', { action: 'inspection.cancel', id }),
  ]);
}

/** 发现问题: forward it as a referral (附件3), as a clue to verify or with 建议立案. */
function referForm(id: string): Element {
  return form('refer', [
    markdown('检查发现问题，可移送线索（附件3）或建议立案，表内容按本次检查预填。'),
    multiSelectStatic('violations', '违法类型', VIOLATION_OPTIONS, { required: true }),
    submitButton('移送线索', 'verify', { action: 'inspection.refer', id, opinion: 'verify' }),
    submitButton('建议立案', 'case', { action: 'inspection.refer', id, opinion: 'file-case' }),
  ]);
}

const COLORS: Readonly<Record<InspectionRecord['status'], HeaderColor>> = {
  planned: 'orange',
  done: 'blue',
  'fed-back': 'green',
  cancelled: 'grey',
};

/**
 * The inspector's card for one visit (第6条): 「登记检查结果」 while planned, then 「反馈企业」 on the
 * same card, then a record with the 告知书's link; a found issue offers a referral until one is sent.
 */
export function inspectionCard(view: InspectionCardView): Card {
  const rec = view.record;
  const id = rec.code;
  const title = rec.status === 'planned' ? '登记检查结果' : rec.status === 'done' ? '反馈企业' : '检查记录';
  const notice = view.notice ? [markdown(`<font color="red">${escapeMd(view.notice)}</font>`)] : [];
  const referral =
    rec.result?.outcome === 'issue-found'
      ? view.referralId
        ? [markdown(`已移送线索，编号${view.referralId}。`)]
        : rec.status === 'cancelled'
          ? []
          : [hr(), referForm(id)]
      : [];
  const action =
    rec.status === 'planned'
      ? [hr(), resultForm(id, rec), hr(), cancelForm(id)]
      : rec.status === 'done'
        ? [hr(), feedbackForm(id)]
        : [];
  const cancelled = rec.cancelled
    ? [
        markdown(
          `**取消原因**：${escapeMd(rec.cancelled.reason)}\n**取消人**：${escapeMd(rec.cancelled.by.name)}`,
        ),
      ]
    : [];
  const link = view.noticeLink ? [markdown(`[打印检查结果告知书](${view.noticeLink})`)] : [];
  return card(
    `${title} ${id}`,
    COLORS[rec.status],
    [
      ...notice,
      facts(view),
      ...cancelled,
      ...resultLines(rec),
      ...feedbackLines(rec),
      ...action,
      ...referral,
      ...link,
    ],
    INSPECTION_STATUS_LABELS[rec.status],
  );
}
