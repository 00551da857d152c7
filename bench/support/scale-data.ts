// Deterministic bulk data for the scale bench: a registry of enterprises and the approved plans and
// inspection records of two years, shaped as the approvals feature writes them.
import { approvalRequests, enterprises, inspections } from '../../db/schema/index.js';
import type { Directory, Enterprise } from '../../src/domain/org.js';
import type { InspectionProposal } from '../../src/domain/rules/index.js';
import { rebuildVisitCounts } from '../../src/store/visit-counts.js';
import type { Store } from '../../src/store/db.js';
import { addCalendarDays } from '../../src/time.js';

/** mulberry32: the same data on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTIES = [
  '潞州区',
  '上党区',
  '屯留区',
  '潞城区',
  '襄垣县',
  '平顺县',
  '黎城县',
  '壶关县',
  '长子县',
  '武乡县',
  '沁县',
  '沁源县',
];
const INDUSTRIES = ['焦化', '钢铁', '化工', '电力', '水泥', '煤矿', '医药', '陶瓷', '污水处理', '铸造'];

export function uscc(i: number): string {
  return `911404${i.toString(36).toUpperCase().padStart(12, '0')}`;
}

export function makeEnterprises(n: number, rnd: () => number): Enterprise[] {
  return Array.from({ length: n }, (_, i) => {
    const positive = rnd() < 0.1;
    return {
      name: `长治规模测试企业${i}有限公司`,
      uscc: uscc(i),
      county: COUNTIES[i % COUNTIES.length]!,
      industry: INDUSTRIES[i % INDUSTRIES.length]!,
      keyPolluter: rnd() < 0.3,
      positiveList: positive,
      ...(positive ? { positiveListFrom: '2026-01-01', positiveListTo: '2026-12-31' } : {}),
      majorProblem: rnd() < 0.02,
    };
  });
}

function day(rnd: () => number, year: number): string {
  const d = new Date(Date.UTC(year, 0, 1) + Math.floor(rnd() * 364) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * `plans` plans of two enterprises each (one in 500 still pending), spread over 2025 and 2026 and over every unit, with
 * the inspection rows final approval records for them.
 */
export async function loadHistory(
  store: Store,
  directory: Directory,
  registry: Enterprise[],
  plans: number,
  rnd: () => number,
): Promise<void> {
  const units = directory.units;
  const seqs = new Map<number, number>();
  for (let start = 0; start < plans; start += 250) {
    const requests: (typeof approvalRequests.$inferInsert)[] = [];
    const visits: (typeof inspections.$inferInsert)[] = [];
    for (let i = start; i < Math.min(plans, start + 250); i++) {
      const year = rnd() < 0.5 ? 2025 : 2026;
      const seq = (seqs.get(year) ?? 0) + 1;
      seqs.set(year, seq);
      const unit = units[i % units.length]!;
      const applicant = directory.people.find((p) => p.id === (unit.members[0] ?? unit.head))!;
      const named = [
        registry[Math.floor(rnd() * registry.length)]!,
        registry[Math.floor(rnd() * registry.length)]!,
      ];
      const from = day(rnd, year);
      const to = from;
      const id = `JC-${year}-${String(seq).padStart(6, '0')}`;
      const onSite = rnd() < 0.7;
      // One in 500 still waits for its approver, as a few always do.
      const pending = i % 500 === 0;
      const form = {
        kind: 'plan',
        type: 'random',
        basis: '《2026年度“双随机、一公开”抽查计划》',
        from,
        to,
        enterprises: named.map((e) => ({ uscc: e.uscc, name: e.name })),
        inspectors: [{ openId: applicant.openId, name: applicant.name }],
        content: '污染防治设施运行及排放情况',
        methods: onSite ? ['on-site'] : ['document-review'],
      };
      const at = `${from}T01:00:00.000Z`;
      requests.push({
        id,
        kind: 'plan',
        year,
        seq,
        status: pending ? 'pending' : 'approved',
        applicantOpenId: applicant.openId,
        applicantPersonId: applicant.id,
        applicantName: applicant.name,
        unitId: unit.id,
        unitName: unit.name,
        enterprises: named.map((e) => e.uscc),
        from,
        to,
        form,
        findings: [],
        exemptions: [],
        currentStep: pending ? 0 : null,
        applicantCardRef: `approval:${id}:applicant`,
        source: 'api',
        createdAt: at,
        updatedAt: at,
        closedAt: pending ? null : at,
      });
      if (!pending)
        for (const e of named)
          visits.push({
            requestId: id,
            uscc: e.uscc,
            date: from,
            year,
            unitId: unit.id,
            type: 'random',
            onSite,
          });
    }
    await store.write(async (tx) => {
      await tx.insert(approvalRequests).values(requests);
      await tx.insert(inspections).values(visits);
    });
  }
  // Written in bulk, the visits are counted once at the end, as the migration back-fills them.
  await rebuildVisitCounts(store.db);
}

export async function loadRegistry(store: Store, registry: Enterprise[]): Promise<void> {
  for (let i = 0; i < registry.length; i += 500)
    await store.write((tx) =>
      tx.insert(enterprises).values(
        registry.slice(i, i + 500).map((e) => ({
          ...e,
          shortName: null,
          positiveListFrom: e.positiveListFrom ?? null,
          positiveListTo: e.positiveListTo ?? null,
          majorProblem: e.majorProblem ?? false,
        })),
      ),
    );
}

/** A random on-site plan by any unit on one to three registry enterprises, starting within `days` of `today`. */
export function randomPlan(
  directory: Directory,
  registry: Enterprise[],
  rnd: () => number,
  today: string,
  days: number,
): InspectionProposal {
  const unit = directory.units[Math.floor(rnd() * directory.units.length)]!;
  const from = addCalendarDays(today, 1 + Math.floor(rnd() * days));
  const n = 1 + Math.floor(rnd() * 3);
  return {
    kind: 'plan',
    applicant: unit.members[0] ?? unit.head,
    unit: unit.id,
    type: rnd() < 0.8 ? 'random' : 'complaint',
    methods: ['on-site'],
    enterprises: Array.from({ length: n }, () => registry[Math.floor(rnd() * registry.length)]!.uscc),
    from,
    to: addCalendarDays(from, Math.floor(rnd() * 5)),
    content: '污染防治设施运行及排放情况',
  };
}
