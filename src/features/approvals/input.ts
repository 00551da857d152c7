import { parseBody, type FieldIssue, type Parsed } from '../../api/parse-body.js';
import { z } from 'zod';
import { findEnterpriseByNameOrCode } from '../../directory/directory-repo.js';
import { METHOD_LABELS, TYPE_LABELS } from '../../domain/approvals/index.js';
import type { Directory, Person } from '../../domain/org.js';
import { isCalendarDate, QUIET_EXEMPTION_OTHER } from '../../domain/rules/index.js';
import type { Database } from '../../store/db.js';
import type { ApprovalForm, NamedEnterprise, NamedPerson, RequestKind } from './types.js';

const TYPES = Object.keys(TYPE_LABELS) as [keyof typeof TYPE_LABELS, ...(keyof typeof TYPE_LABELS)[]];
const METHODS = Object.keys(METHOD_LABELS) as [keyof typeof METHOD_LABELS, ...(keyof typeof METHOD_LABELS)[]];

const date = z
  .string({ error: '请填写日期' })
  .trim()
  .refine(isCalendarDate, '应为有效日期，格式为 YYYY-MM-DD');
const required = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`);
const optional = z.string().trim().optional();
const openId = z.string().trim().min(1);

/** The JSON of `POST /inspection-plans`; the chat form is turned into the same shape. */
export const planInputSchema = z
  .object({
    applicant: openId,
    unit: required('实施单位'),
    type: z.enum(TYPES, { error: `检查类型应为 ${TYPES.join('|')}` }),
    typeNote: optional,
    basis: required('检查依据'),
    from: date,
    to: date,
    enterprises: z.array(z.string().trim().min(1, '企业名称或代码不能为空'), {
      error: '请填写入企执法检查对象',
    }),
    inspectors: z.array(openId).default([]),
    content: required('检查内容'),
    methods: z.array(z.enum(METHODS, { error: `检查方式应为 ${METHODS.join('|')}` }), {
      error: '请选择检查方式',
    }),
    reason: optional,
    quietExemption: optional,
    quietExemptionNote: optional,
    special: optional,
  })
  .refine((input) => input.type !== 'other' || Boolean(input.typeNote), {
    path: ['typeNote'],
    error: '检查类型为“其他”的，请写明具体类型',
  })
  .refine((input) => input.quietExemption !== QUIET_EXEMPTION_OTHER || Boolean(input.quietExemptionNote), {
    path: ['quietExemptionNote'],
    error: '例外情形选择「其他（请说明）」的，请写明理由',
  });

/** The JSON of `POST /special-inspections`. Focus and content are checked by the rules (第4条). */
export const specialInputSchema = z.object({
  applicant: openId,
  unit: required('实施单位'),
  name: required('检查名称'),
  basis: required('检查依据'),
  focus: z.string().trim().default(''),
  from: date,
  to: date,
  targets: z.string().trim().default(''),
  content: z.string().trim().default(''),
});

export type PlanInput = z.infer<typeof planInputSchema>;
export type SpecialInput = z.infer<typeof specialInputSchema>;

export type { FieldIssue };

export function parseInput(kind: RequestKind, raw: unknown): Parsed<PlanInput | SpecialInput> {
  return kind === 'plan' ? parseBody(planInputSchema, raw) : parseBody(specialInputSchema, raw);
}

export interface ResolvedInput {
  applicant: Person;
  unitId: string;
  form: ApprovalForm;
}

async function namedEnterprises(db: Database, keys: string[]): Promise<NamedEnterprise[]> {
  const named: NamedEnterprise[] = [];
  for (const key of keys) {
    const found = await findEnterpriseByNameOrCode(db, key);
    const enterprise = found ? { uscc: found.uscc, name: found.name } : { name: key };
    if (!named.some((n) => n.name === enterprise.name)) named.push(enterprise);
  }
  return named;
}

/** Names people and enterprises against the directory and registry; unknown people are bad input. */
export async function resolveInput(
  db: Database,
  directory: Directory,
  input: PlanInput | SpecialInput,
): Promise<Parsed<ResolvedInput>> {
  const issues: FieldIssue[] = [];
  const person = (id: string) => directory.people.find((candidate) => candidate.openId === id);
  const applicant = person(input.applicant);
  if (!applicant) issues.push({ field: 'applicant', message: '申请人不在本局通讯录中' });
  const inspectors: NamedPerson[] = [];
  if ('inspectors' in input) {
    input.inspectors.forEach((id, i) => {
      const found = person(id);
      if (found) inspectors.push({ openId: found.openId, name: found.name });
      else issues.push({ field: `inspectors.${i}`, message: '检查人员不在本局通讯录中' });
    });
  }
  if (!applicant || issues.length > 0) return { ok: false, issues };
  const base = { from: input.from, to: input.to, basis: input.basis };
  const form: ApprovalForm =
    'name' in input
      ? {
          kind: 'special',
          ...base,
          name: input.name,
          focus: input.focus,
          targets: input.targets,
          content: input.content,
        }
      : {
          kind: 'plan',
          ...base,
          type: input.type,
          ...(input.typeNote ? { typeNote: input.typeNote } : {}),
          enterprises: await namedEnterprises(db, input.enterprises),
          inspectors,
          content: input.content,
          methods: [...new Set(input.methods)],
          ...(input.reason ? { reason: input.reason } : {}),
          ...(input.quietExemption ? { quietExemption: input.quietExemption } : {}),
          ...(input.quietExemptionNote ? { quietExemptionNote: input.quietExemptionNote } : {}),
          ...(input.special ? { special: input.special } : {}),
        };
  return { ok: true, value: { applicant, unitId: input.unit, form } };
}
