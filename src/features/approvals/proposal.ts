import type { InspectionProposal } from '../../domain/rules/index.js';
import type { ApprovalForm } from './types.js';

/**
 * The rules module's view of a form. 附件1 names no methods: a special inspection is carried out
 * on site (第4条 requires the ordinary inspection procedure), so it is checked as one.
 */
export function toProposal(
  form: ApprovalForm,
  applicantPersonId: string,
  unitId: string,
  id?: string,
): InspectionProposal {
  const base = {
    applicant: applicantPersonId,
    unit: unitId,
    from: form.from,
    to: form.to,
    ...(id ? { id } : {}),
  };
  if (form.kind === 'special') {
    return {
      ...base,
      kind: 'special',
      type: 'special',
      methods: ['on-site'],
      enterprises: [],
      name: form.name,
      focus: form.focus,
      targets: form.targets,
      content: form.content,
    };
  }
  return {
    ...base,
    kind: 'plan',
    type: form.type,
    methods: form.methods,
    // An unknown name goes through as written, so the rules report it as not in the registry.
    enterprises: form.enterprises.map((enterprise) => enterprise.uscc ?? enterprise.name),
    content: form.content,
    ...(form.reason ? { reason: form.reason } : {}),
    ...(form.quietExemption ? { quietExemption: form.quietExemption } : {}),
    ...(form.quietExemptionNote ? { quietExemptionNote: form.quietExemptionNote } : {}),
    ...(form.special ? { special: form.special } : {}),
  };
}
