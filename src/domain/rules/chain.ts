import type { ClauseId } from '../clauses.js';
import type { Directory, Unit } from '../org.js';
import { chainRoleLabel, findPerson } from './directory.js';
import { isUnlinkedSpecialPlan } from './special-plan.js';
import type { ChainRole, ChainStep, Finding, InspectionProposal } from './types.js';

interface Candidate {
  role: ChainRole;
  personId: string | undefined;
  why: string;
  clause: ClauseId;
}

interface Draft {
  directory: Directory;
  unit: Unit;
  applicant: string;
  steps: ChainStep[];
  findings: Finding[];
  /** Roles left out because the applicant holds them. */
  applicantRoles: ChainRole[];
}

/** Who may give the 第5条 approval itself, as opposed to reviewing on the way. */
const APPROVING_ROLES: Readonly<Record<Unit['level'], readonly ChainRole[]>> = {
  city: ['supervisor', 'director'],
  county: ['branch-head', 'director'],
};

function info(code: string, message: string, clause: ClauseId): Finding {
  return { severity: 'info', code, message, clause };
}

function personName(draft: Draft, personId: string): string {
  return findPerson(draft.directory, personId)?.name ?? personId;
}

function skipForApplicant(draft: Draft, candidate: Candidate): void {
  draft.applicantRoles.push(candidate.role);
  const label = chainRoleLabel(candidate.role);
  const name = personName(draft, draft.applicant);
  draft.findings.push(
    info('CHAIN_STEP_SKIPPED', `申请人${name}即为${label}，不再重复设置该审批环节。`, candidate.clause),
  );
}

/** Adds the step at the end unless the applicant holds it, it is already there, or nobody fills it. */
function offer(draft: Draft, candidate: Candidate): void {
  const label = chainRoleLabel(candidate.role);
  if (candidate.personId === undefined) {
    draft.findings.push({
      severity: 'block',
      code: 'DIRECTORY_PERSON_MISSING',
      message: `${draft.unit.name}未设置${label}，无法确定审批人。`,
      clause: candidate.clause,
    });
    return;
  }
  if (candidate.personId === draft.applicant) return skipForApplicant(draft, candidate);
  if (draft.steps.some((step) => step.personId === candidate.personId)) {
    const name = personName(draft, candidate.personId);
    draft.findings.push(
      info('CHAIN_STEP_SKIPPED', `${name}已在审批流程中，${label}环节不再重复设置。`, candidate.clause),
    );
    return;
  }
  const person = findPerson(draft.directory, candidate.personId);
  if (!person) {
    draft.findings.push({
      severity: 'block',
      code: 'DIRECTORY_PERSON_MISSING',
      message: `机构名录中未找到${label}（${candidate.personId}），无法确定审批人。`,
      clause: candidate.clause,
    });
    return;
  }
  draft.steps.push({
    role: candidate.role,
    roleLabel: label,
    personId: person.id,
    openId: person.openId,
    name: person.name,
    why: candidate.why,
    clause: candidate.clause,
  });
}

function baseCandidates(proposal: InspectionProposal, unit: Unit, directory: Directory): Candidate[] {
  // A 专项 plan that names no approved special inspection goes to the 局长 as one would (第4条).
  const special = proposal.kind === 'special' || isUnlinkedSpecialPlan(proposal);
  const director: Candidate = {
    role: 'director',
    personId: directory.director,
    why: '专项检查方案须经市级生态环境主管部门主要负责人批准',
    clause: '4',
  };
  if (unit.level === 'county') {
    const head: Candidate = {
      role: 'branch-head',
      personId: unit.head,
      why: '县区级入企执法检查由分局主要负责人审批',
      clause: '5',
    };
    return special ? [head, director] : [head];
  }
  // 附件1 gives a special inspection three opinion rows: 承办机构负责人, 分管局长, 局长.
  const clause: ClauseId = proposal.kind === 'special' ? 'annex-1' : '5';
  const head: Candidate = {
    role: 'unit-head',
    personId: unit.head,
    why: '承办机构负责人审核检查方案',
    clause,
  };
  const supervisor: Candidate = {
    role: 'supervisor',
    personId: unit.supervisor,
    why: '市级入企执法检查由分管局领导审批',
    clause,
  };
  return special ? [head, supervisor, director] : [head, supervisor];
}

/**
 * Nobody approves their own plan: when the applicant is the only one who could approve it under
 * 第5条, it goes up to the 局长, the head of the bureau the branches and sections belong to.
 */
function escalateSelfApproval(draft: Draft): void {
  const approving = APPROVING_ROLES[draft.unit.level];
  const selfApproved = draft.applicantRoles.some((role) => approving.includes(role));
  if (!selfApproved || draft.steps.some((step) => approving.includes(step.role))) return;
  const before = draft.steps.length;
  offer(draft, {
    role: 'director',
    personId: draft.directory.director,
    why: '申请人不宜自行审批，报请局长审批',
    clause: '5',
  });
  if (draft.steps.length > before) {
    draft.findings.push(info('CHAIN_ESCALATED', '申请人即为本级审批人，改由局长审批。', '5'));
  }
}

/**
 * 第10条: the main head of the unit's level approves last. A step after it is acceptable only when
 * it is the 局长, who outranks a branch head (a county special inspection ends with the 局长).
 */
function requireQuietHead(draft: Draft): void {
  const candidate: Candidate = {
    role: draft.unit.level === 'city' ? 'director' : 'branch-head',
    personId: draft.unit.level === 'city' ? draft.directory.director : draft.unit.head,
    why: '企业安静期内开展现场检查，须报请本级行政执法主体主要负责人批准',
    clause: '10',
  };
  if (candidate.personId === draft.applicant) return skipForApplicant(draft, candidate);
  const index = draft.steps.findIndex((step) => step.personId === candidate.personId);
  if (index === -1) return offer(draft, candidate);
  const after = draft.steps.slice(index + 1);
  if (after.every((step) => step.role === 'director')) return;
  const [step] = draft.steps.splice(index, 1);
  if (step) draft.steps.push(step);
}

/** The approval chain for a proposal whose implementing unit is known. */
export function buildChain(
  proposal: InspectionProposal,
  directory: Directory,
  unit: Unit,
  quietHeadNeeded: boolean,
): { chain: ChainStep[]; findings: Finding[] } {
  const draft: Draft = {
    directory,
    unit,
    applicant: proposal.applicant,
    steps: [],
    findings: [],
    applicantRoles: [],
  };
  for (const candidate of baseCandidates(proposal, unit, directory)) offer(draft, candidate);
  escalateSelfApproval(draft);
  if (quietHeadNeeded) requireQuietHead(draft);
  return { chain: draft.steps, findings: draft.findings };
}
