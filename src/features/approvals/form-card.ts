import { randomUUID } from 'node:crypto';
import { capOptions, type Card, type Option } from '../../../cards/kit.js';
import { planFormCard } from '../../../cards/approvals/plan-form.js';
import { specialFormCard } from '../../../cards/approvals/special-form.js';
import type { PlanFormValues, SpecialFormValues } from '../../../cards/approvals/view.js';
import { loadEnterprises } from '../../directory/directory-repo.js';
import { identify } from '../../directory/who.js';
import type { Directory, Person } from '../../domain/org.js';
import type { Database } from '../../store/db.js';
import { quietExemptionChoices } from './quiet-choices.js';
import { approvedSpecialsInPeriod } from './store/special-repo.js';
import type { ApprovalForm, RequestKind } from './types.js';

/**
 * A card holds at most 200 tagged objects (docs/lark-platform.md §9.2) and each option is one: the
 * selects list the likely choices and the rest is reached by typing a name.
 */
const MAX_ENTERPRISE_CHOICES = 30;
const MAX_PEOPLE_CHOICES = 30;

export type FormValues = PlanFormValues | SpecialFormValues;

export interface FormCard {
  card: Card;
  /** Send the card under this reference; it becomes the applicant's card once submitted. */
  cardRef: string;
}

export function formCardRef(formRef: string): string {
  return `approval-form:${formRef}`;
}

/** The applicant's own units first: the select is capped (cards/kit.ts MAX_OPTIONS). */
function unitChoices(directory: Directory, applicant: Person): Option[] {
  const mine = new Set(identify(directory, applicant.openId)?.units.map((u) => u.id) ?? []);
  return [...directory.units]
    .sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)))
    .map((unit) => ({ label: unit.name, value: unit.id }));
}

/** The applicant's own unit first, so the likely inspectors are at the top. */
function peopleChoices(directory: Directory, applicant: Person, chosen: readonly string[]): Option[] {
  const mine = new Set(
    identify(directory, applicant.openId)?.units.flatMap((u) => [
      u.head,
      ...u.members,
      ...(u.officers ?? []),
    ]) ?? [],
  );
  const sorted = [...directory.people].sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)));
  return capOptions(
    sorted.map((p) => ({ label: p.name, value: p.openId })),
    chosen,
    MAX_PEOPLE_CHOICES,
  );
}

async function enterpriseChoices(db: Database, chosen: readonly string[]): Promise<Option[]> {
  const all = await loadEnterprises(db);
  const options = all.map((e) => ({ label: e.name, value: e.uscc }));
  return capOptions(options, chosen, MAX_ENTERPRISE_CHOICES);
}

/** A dozen is plenty: special inspections are few (第4条 杜绝全覆盖). */
const MAX_SPECIAL_CHOICES = 12;

/** Approved special inspections still in period; one chosen earlier stays offered. */
async function specialChoices(db: Database, today: string, chosen: string | undefined): Promise<Option[]> {
  const specials = await approvedSpecialsInPeriod(db, today, MAX_SPECIAL_CHOICES);
  const options = specials.map((s) => ({ label: `${s.id} ${s.name}（${s.from}至${s.to}）`, value: s.id }));
  if (chosen && !options.some((o) => o.value === chosen)) options.push({ label: chosen, value: chosen });
  return options;
}

/** The annex form, opened with the applicant's unit and themselves as defaults. */
export async function buildFormCard(
  db: Database,
  directory: Directory,
  applicant: Person,
  kind: RequestKind,
  values: FormValues,
  opts: { today: string; notice?: string; formRef?: string },
): Promise<FormCard> {
  // A form shown again after a failed submission keeps its reference: it is still the same card.
  const formRef = opts.formRef ?? randomUUID();
  const { notice } = opts;
  const unit = values.unit ?? identify(directory, applicant.openId)?.units[0]?.id;
  const units = unitChoices(directory, applicant);
  const owner = { formRef, openId: applicant.openId };
  if (kind === 'special') {
    const card = specialFormCard(owner, { ...(values as SpecialFormValues), unit }, units, notice);
    return { card, cardRef: formCardRef(formRef) };
  }
  const plan = values as PlanFormValues;
  const inspectors = plan.inspectors ?? [applicant.openId];
  const card = planFormCard(
    owner,
    { ...plan, unit, inspectors },
    {
      enterprises: await enterpriseChoices(db, plan.enterprises ?? []),
      units,
      people: peopleChoices(directory, applicant, inspectors),
      quietExemptions: await quietExemptionChoices(db, directory, plan),
      specials: await specialChoices(db, opts.today, plan.special),
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
    special: form.special,
  };
}
