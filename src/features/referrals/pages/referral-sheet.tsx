import {
  ANNEX3_LABELS,
  CLUE_SOURCES,
  OPINION_LABELS,
  REFERRAL_OPINIONS,
  SOURCE_LABELS,
  VIOLATION_LABELS,
  VIOLATION_TYPES,
  type Annex3Field,
} from '../../../domain/referrals/annex3.js';
import {
  AnnexTable,
  Checks,
  cnDateTime,
  cnDay,
  Row,
  Section,
  Sheet,
  withNote,
  type CheckOption,
} from '../../../pages/forms/index.js';
import type { FormEntry, ReferralForm } from '../export/form.js';
import { AttachmentList } from './attachment-list.js';

function sourceOptions(form: ReferralForm): CheckOption[] {
  const { code, note } = form.options.source;
  return CLUE_SOURCES.map((source) => ({
    text: source === 'other' ? withNote(SOURCE_LABELS.other, code === 'other', note) : SOURCE_LABELS[source],
    checked: code === source,
  }));
}

function violationOptions(form: ReferralForm): CheckOption[] {
  const chosen = new Set(form.options.violations.map((v) => v.code));
  return VIOLATION_TYPES.map((type) => ({
    text:
      type === 'other'
        ? withNote(VIOLATION_LABELS.other, chosen.has('other'), form.options.violationNote)
        : VIOLATION_LABELS[type],
    checked: chosen.has(type),
  }));
}

function opinionOptions(form: ReferralForm): CheckOption[] {
  const { code, text } = form.options.opinion;
  return REFERRAL_OPINIONS.map((opinion) => ({
    text: opinion === code && opinion === 'coordinate' && text ? text : OPINION_LABELS[opinion],
    checked: opinion === code,
  }));
}

/** A name with the moment it was given, as a signature line on paper. */
function Signed({ name, at }: { name: string | null | undefined; at?: string | null }) {
  if (!name) return null;
  return (
    <p class="signed">
      <span>{name}</span>
      {at ? <span>{cnDateTime(at)}</span> : null}
    </p>
  );
}

function History({ entries }: { entries: FormEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section class="log" aria-labelledby="log-h">
      <h3 id="log-h">附：办理记录</h3>
      <table class="annex">
        <colgroup>
          <col style="width:23%" />
          <col style="width:12%" />
          <col style="width:27%" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">环节</th>
            <th scope="col">办理人</th>
            <th scope="col">内容</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td>{cnDateTime(e.at)}</td>
              <td>{e.label}</td>
              <td>{e.actorName}</td>
              <td>{e.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** 附件3 涉嫌环境违法线索移送表 (XS-…), every box as the referral filled it, then what happened to it. */
export function ReferralSheet({
  form,
  bureau,
  now,
  attachmentHref,
}: {
  form: ReferralForm;
  bureau: string;
  now: Date;
  /** Where a stored 移交材料 downloads, behind the same link as the page. */
  attachmentHref: (attachmentId: string) => string;
}) {
  const values = new Map(form.sections.flatMap((s) => s.rows.map((r) => [r.field, r.value] as const)));
  const text = (field: Annex3Field) => values.get(field) ?? '';
  const history = [...form.decisions, ...form.stages].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Sheet
      bureau={bureau}
      annex="附件3"
      title="涉嫌环境违法线索移送表"
      id={form.id}
      status={form.statusLabel}
      generatedAt={cnDateTime(now.toISOString())}
    >
      <AnnexTable label="涉嫌环境违法线索移送表" longLabels>
        <Section title="一、移送信息" />
        <Row label={ANNEX3_LABELS.fromUnit}>{text('fromUnit')}</Row>
        <Row label={ANNEX3_LABELS.toUnit}>{text('toUnit')}</Row>
        <Row label={ANNEX3_LABELS.date}>{cnDay(form.submittedAt)}</Row>
        {form.warningId ? <Row label="来源预警提醒">{form.warningId}</Row> : null}
        <Section title="二、线索基本信息" />
        <Row label={`1. ${ANNEX3_LABELS.subjectName}`}>{text('subjectName')}</Row>
        <Row label={ANNEX3_LABELS.subjectCode}>{text('subjectCode')}</Row>
        <Row label={`2. ${ANNEX3_LABELS.source}`}>
          <Checks options={sourceOptions(form)} />
        </Row>
        <Row label={`3. ${ANNEX3_LABELS.violations}`}>
          <Checks options={violationOptions(form)} />
        </Row>
        <Row label={`4. ${ANNEX3_LABELS.description}`}>{text('description')}</Row>
        <Row label={`5. ${ANNEX3_LABELS.law}`}>{text('law')}</Row>
        <Section title="三、移交材料清单" />
        <tr class="materials">
          <td colspan={2}>
            {text('materials')}
            <AttachmentList items={form.attachments} href={attachmentHref} />
          </td>
        </tr>
        <Section title="四、移交意见" />
        <Row label={`${ANNEX3_LABELS.opinion}：`}>
          <Checks options={opinionOptions(form)} />
        </Row>
        <Row label={ANNEX3_LABELS.handler}>
          <Signed name={form.sender.name} at={form.submittedAt} />
        </Row>
        <Row label={ANNEX3_LABELS.senderHead}>
          <Signed name={form.sender.headName} />
        </Row>
        <Row label={ANNEX3_LABELS.receiverOpinion}>{form.receiver.opinion ?? ''}</Row>
        <Row label={ANNEX3_LABELS.receiverHead}>
          <Signed name={form.receiver.headName} at={form.receiver.decidedAt} />
        </Row>
      </AnnexTable>
      <History entries={history} />
    </Sheet>
  );
}
