import { METHOD_LABELS } from '../../../domain/approvals/index.js';
import { INSPECTION_STATUS_LABELS, MEANS_LABELS, OUTCOME_LABELS } from '../../../domain/inspections/index.js';
import { AnnexTable, cnDate, cnDateTime, Row, Section, Sheet } from '../../../pages/forms/index.js';
import type { InspectionNoticeData } from './notice-data.js';

/** Said under the table while the notice is not final. */
function noteOf(data: InspectionNoticeData): string | undefined {
  const { status } = data.record;
  if (status === 'planned') return '该检查尚未登记检查结果，本告知书不能交付企业。';
  if (status === 'cancelled')
    return `该检查已取消（${data.record.cancelled?.reason ?? ''}），本告知书不能交付企业。`;
  if (status === 'done') return '尚未登记向企业反馈的情况。';
  return undefined;
}

/**
 * 检查结果告知书 (第6条 及时向企业反馈检查结果): one visit, to hand or send to the enterprise. It names
 * the unit, never an officer, so it carries no more personal data than the annexes.
 */
export function InspectionNoticeSheet({ data, now }: { data: InspectionNoticeData; now: Date }) {
  const rec = data.record;
  const result = rec.result;
  const feedback = rec.feedback;
  return (
    <Sheet
      bureau={data.bureau}
      annex="检查结果告知"
      title="入企执法检查结果告知书"
      id={rec.code}
      date={feedback ? cnDate(feedback.date) : undefined}
      status={INSPECTION_STATUS_LABELS[rec.status]}
      note={noteOf(data)}
      generatedAt={cnDateTime(now.toISOString())}
    >
      <p class="notice-to">
        {rec.enterprise.name}
        {rec.enterprise.uscc ? `（统一社会信用代码：${rec.enterprise.uscc}）` : ''}：
      </p>
      <p class="notice-body">
        根据《入企执法检查计划审批表》（编号{data.planId}），{data.unitName}
        {result ? `于${cnDate(result.date)}` : ''}对你单位实施了入企执法检查。现将检查结果告知如下：
      </p>
      <AnnexTable label="检查结果">
        <Section title="一、检查情况" />
        <Row label="检查日期">{result ? cnDate(result.date) : '—'}</Row>
        <Row label="实施单位">{data.unitName}</Row>
        <Row label="检查方式">{result ? result.methods.map((m) => METHOD_LABELS[m]).join('、') : '—'}</Row>
        <Row label="检查结果">{result ? OUTCOME_LABELS[result.outcome] : '—'}</Row>
        <Row label="发现的问题及情况">{result?.findings ?? '—'}</Row>
        <Section title="二、反馈情况" />
        <Row label="反馈日期">{feedback ? cnDate(feedback.date) : '—'}</Row>
        <Row label="反馈方式">{feedback ? MEANS_LABELS[feedback.means] : '—'}</Row>
        <Row label="反馈内容">{feedback?.content ?? '—'}</Row>
      </AnnexTable>
      <p class="notice-body">特此告知。</p>
      <p class="signed">
        <span>{data.unitName}</span>
        <span>{feedback ? cnDate(feedback.date) : ''}</span>
      </p>
    </Sheet>
  );
}
