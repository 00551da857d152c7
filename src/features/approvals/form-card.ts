import { randomUUID } from 'node:crypto';
import type { Card, Option } from '../../../cards/kit.js';
import { planFormCard } from '../../../cards/approvals/plan-form.js';
import { specialFormCard } from '../../../cards/approvals/special-form.js';
import type { PlanFormValues, SpecialFormValues } from '../../../cards/approvals/view.js';
import { loadEnterprises } from '../../directory/directory-repo.js';
import { identify } from '../../directory/who.js';
import type { Directory, Person } from '../../domain/org.js';
import type { Database } from '../../store/db.js';
import { quietExemptionChoices } from './quiet-choices.js';
import type { ApprovalForm, RequestKind } from './types.js';

/** Card size is limited; a larger registry is reached through the typed-name field. */
const MAX_ENTERPRISE_CHOICES = 60;
const MAX_PEOPLE_CHOICES = 60;

export type FormValues = PlanFormValues | SpecialFormValues;

export interface FormCard {
  card: Card;
  /** Send the card under this reference; it becomes the applicant's card once submitted. */
  cardRef: string;
}

export function formCardRef(formRef: string): string {
  return `approval-form:${formRef}`;
}

function unitChoices(directory: Directory): Option[] {
  return directory.units.map((unit) => ({ label: unit.name, value: unit.id }));
}

/** The applicant's own unit first, so the likely inspectors are at the top. */
function peopleChoices(directory: Directory, applicant: Person): Option[] {
  const mine = new Set(
    identify(directory, applicant.openId)?.units.flatMap((u) => [
      u.head,
      ...u.members,
      ...(u.officers ?? []),
    ]) ?? [],
  );
  return [...directory.people]
    .sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)))
    .slice(0, MAX_PEOPLE_CHOICES)
    .map((p) => ({ label: p.name, value: p.openId }));
}

async function enterpriseChoices(db: Database, chosen: readonly string[]): Promise<Option[]> {
  const all = await loadEnterprises(db);
  const picked = all.filter((e) => chosen.includes(e.uscc));
  const rest = all.filter((e) => !chosen.includes(e.uscc));
  return [...picked, ...rest].slice(0, MAX_ENTERPRISE_CHOICES).map((e) => ({ label: e.name, value: e.uscc }));
}

/** The annex form, opened with the applicant's unit and themselves as defaults. */
export async function buildFormCard(
  db: Database,
  directory: Directory,
  applicant: Person,
  kind: RequestKind,
  values: FormValues = {},
  opts: { notice?: string; formRef?: string } = {},
): Promise<FormCard> {
  // A form shown again after a failed submission keeps its reference: it is still the same card.
  const formRef = opts.formRef ?? randomUUID();
  const { notice } = opts;
  const unit = values.unit ?? identify(directory, applicant.openId)?.units[0]?.id;
  const units = unitChoices(directory);
  const owner = { formRef, openId: applicant.openId };
  if (kind === 'special') {
    const card = specialFormCard(owner, { ...(values as SpecialFormValues), unit }, units, notice);
    return { card, cardRef: formCardRef(formRef) };
  }
  const plan = values as PlanFormValues;
  const card = planFormCard(
    owner,
    { ...plan, unit, inspectors: plan.inspectors ?? [applicant.openId] },
    {
      enterprises: await enterpriseChoices(db, plan.enterprises ?? []),
      units,
      people: peopleChoices(directory, applicant),
      quietExemptions: await quietExemptionChoices(db, directory, plan),
    },
    notice,
  );
  return { card, cardRef: formCardRef(formRef) };
}

/** A stored form as the values of a fresh form, for 退回修改. */
export function valuesOf(form: ApprovalForm, unitId: string): FormValues {
  if (form.kind === 'special') {
    const { kind: _kind, ...rest } = form;
    return { ...rest, unit: unitId };
  }
  return {
    type: form.type,
    typeNote: form.typeNote,
    basis: form.basis,
    from: form.from,
    to: form.to,
    enterprises: form.enterprises.flatMap((e) => (e.uscc ? [e.uscc] : [])),
    enterpriseText: form.enterprises.flatMap((e) => (e.uscc ? [] : [e.name])).join('、') || undefined,
    unit: unitId,
    inspectors: form.inspectors.map((p) => p.openId),
    content: form.content,
    methods: form.methods,
    reason: form.reason,
    quietExemption: form.quietExemption,
    quietExemptionNote: form.quietExemptionNote,
  };
}
