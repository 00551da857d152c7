import {
  ANNEX3_LABELS,
  ANNEX3_TITLE,
  DRAFT_FIELD_LABELS,
  OPINION_LABELS,
  SOURCE_LABELS,
  VIOLATION_LABELS,
} from '../../src/domain/referrals/annex3.js';
import {
  card,
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
  type Option,
} from '../kit.js';
import { annexElements, issuesElement } from './blocks.js';
import type { AnnexSection, FormField } from './view.js';

export interface ConfirmCardInput {
  draftId: string;
  /** The annex as read so far. */
  sections: AnnexSection[];
  /** Lines explaining what the bot matched and where the referral will go. */
  notes: string[];
  errors: { message: string }[];
  warnings: { message: string }[];
  /** Shown on top, e.g. why the form came back. */
  notice?: string;
  ask: FormField[];
  /** Boxes that must be filled before it can be sent. */
  blocking: FormField[];
  values: Partial<Record<FormField, string | string[]>>;
  units: Option[];
  sectionsToCoordinate: Option[];
  /** The empty form of 「填写线索移送表」 shows no read-back. */
  empty?: boolean;
}

const options = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const LABELS: Readonly<Record<FormField, string>> = {
  fromUnit: ANNEX3_LABELS.fromUnit,
  toUnit: ANNEX3_LABELS.toUnit,
  subjectName: ANNEX3_LABELS.subjectName,
  subjectCode: ANNEX3_LABELS.subjectCode,
  source: ANNEX3_LABELS.source,
  sourceNote: DRAFT_FIELD_LABELS.sourceNote,
  violations: ANNEX3_LABELS.violations,
  violationNote: DRAFT_FIELD_LABELS.violationNote,
  description: ANNEX3_LABELS.description,
  law: ANNEX3_LABELS.law,
  materials: ANNEX3_LABELS.materials,
  opinion: ANNEX3_LABELS.opinion,
  coordinateWith: DRAFT_FIELD_LABELS.coordinate,
};

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One box of the form; selects carry their label above them, as Lark selects have none. */
function box(field: FormField, c: ConfirmCardInput): Element[] {
  const label = LABELS[field];
  const value = c.values[field];
  const required = c.blocking.includes(field);
  const title = markdown(`**${label}**${required ? " <font color='red'>*</font>" : ''}`);
  const choose = (opts: Option[]) => [
    title,
    selectStatic(field, `请选择${label}`, opts, { value: single(value), required: false }),
  ];
  switch (field) {
    case 'fromUnit':
    case 'toUnit':
      return choose(c.units);
    case 'coordinateWith':
      return choose(c.sectionsToCoordinate);
    case 'source':
      return choose(options(SOURCE_LABELS));
    case 'opinion':
      return choose(options(OPINION_LABELS));
    case 'violations':
      return [
        title,
        multiSelectStatic(field, `请选择${label}（可多选）`, options(VIOLATION_LABELS), {
          values: Array.isArray(value) ? value : value ? [value] : [],
          required: false,
        }),
      ];
    case 'description':
    case 'materials':
      return [
        input(field, label, {
          value: Array.isArray(value) ? value.join('\n') : value,
          multiline: true,
          ...(field === 'materials' ? { placeholder: '每行一项，如：现场照片5张' } : {}),
        }),
      ];
    default:
      return [input(field, label, { value: single(value) })];
  }
}

/**
 * The parsed 附件3 shown back to its sender with a form for only the boxes that are missing,
 * wrong or guessed, pre-filled where the bot has a guess. Nothing is sent before 「确认移送」.
 */
export function referralConfirmCard(c: ConfirmCardInput): Card {
  const readBack = c.empty
    ? [markdown('请填写以下各项，带 * 的为必填项，填好后点击「确认移送」。')]
    : [
        ...annexElements(c.sections),
        ...(c.notes.length > 0 ? [markdown(c.notes.map(escapeMd).join('\n'))] : []),
        hr(),
        markdown(
          c.ask.length > 0
            ? '请补充或核对以下各项，带 * 的为必填项，确认无误后点击「确认移送」。'
            : '以上内容确认无误后，点击「确认移送」。',
        ),
      ];
  return card(c.empty ? ANNEX3_TITLE : `${ANNEX3_TITLE}（待确认）`, c.errors.length > 0 ? 'orange' : 'blue', [
    ...(c.notice ? [markdown(`**${escapeMd(c.notice)}**`)] : []),
    ...issuesElement(c.errors, c.warnings),
    ...readBack,
    form('referral_confirm', [
      ...c.ask.flatMap((field) => box(field, c)),
      submitButton('确认移送', 'confirm', { action: 'referral.confirm', draft: c.draftId, ask: c.ask }),
    ]),
  ]);
}
