import { FORM_FIELDS, type FormField } from '../../../cards/referrals/view.js';
import type { DraftField } from '../../domain/referrals/annex3.js';

export { FORM_FIELDS, type FormField };

export function isFormField(name: unknown): name is FormField {
  return typeof name === 'string' && (FORM_FIELDS as readonly string[]).includes(name);
}

const BY_DRAFT_FIELD: Readonly<Record<DraftField, FormField>> = {
  fromUnit: 'fromUnit',
  toUnit: 'toUnit',
  'subject.name': 'subjectName',
  'subject.uscc': 'subjectCode',
  'subject.idNumber': 'subjectCode',
  source: 'source',
  sourceNote: 'sourceNote',
  violations: 'violations',
  violationNote: 'violationNote',
  description: 'description',
  law: 'law',
  materials: 'materials',
  opinion: 'opinion',
  coordinate: 'coordinateWith',
};

export function formFieldOf(field: string): FormField | undefined {
  return BY_DRAFT_FIELD[field as DraftField];
}

/** A box that is asked brings its companion: choosing 其他 needs its blank, a name its code. */
const COMPANIONS: Partial<Record<FormField, FormField>> = {
  subjectName: 'subjectCode',
  source: 'sourceNote',
  violations: 'violationNote',
  opinion: 'coordinateWith',
};

/** The asked boxes with their companions, in form order. */
export function withCompanions(fields: Iterable<FormField>): FormField[] {
  const set = new Set<FormField>();
  for (const f of fields) {
    set.add(f);
    const companion = COMPANIONS[f];
    if (companion) set.add(companion);
  }
  return FORM_FIELDS.filter((f) => set.has(f));
}
