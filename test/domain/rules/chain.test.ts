import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/org.js';
import { evaluateInspection, type InspectionProposal } from '../../../src/domain/rules/index.js';
import { chainIds, codes, context, directory, plan, special } from './fixtures.js';

interface ChainCase {
  name: string;
  proposal: InspectionProposal;
  chain: string[];
  codes?: string[];
}

const cases: ChainCase[] = [
  { name: 'city plan: unit head then 分管局长', proposal: plan(), chain: ['air-head', 'deputy-2'] },
  {
    name: 'county plan: the branch head alone',
    proposal: plan({ unit: 'lucheng', applicant: 'lucheng-officer' }),
    chain: ['lucheng-head'],
  },
  {
    name: 'city special: unit head, 分管局长, 局长',
    proposal: special(),
    chain: ['air-head', 'deputy-2', 'director'],
    codes: ['SPECIAL_FILING'],
  },
  {
    name: 'county special: branch head then 局长',
    proposal: special({ unit: 'lucheng', applicant: 'lucheng-officer' }),
    chain: ['lucheng-head', 'director'],
    codes: ['SPECIAL_FILING'],
  },
  {
    name: 'applicant who is the unit head: that step is skipped',
    proposal: plan({ applicant: 'air-head' }),
    chain: ['deputy-2'],
    codes: ['CHAIN_STEP_SKIPPED'],
  },
  {
    name: 'applicant who is the 分管局长: goes up to the 局长',
    proposal: plan({ applicant: 'deputy-2' }),
    chain: ['air-head', 'director'],
    codes: ['CHAIN_STEP_SKIPPED', 'CHAIN_ESCALATED'],
  },
  {
    name: 'applicant who is the branch head: goes up to the 局长',
    proposal: plan({ unit: 'lucheng', applicant: 'lucheng-head' }),
    chain: ['director'],
    codes: ['CHAIN_STEP_SKIPPED', 'CHAIN_ESCALATED'],
  },
  {
    name: 'branch head applying for a special inspection: the 局长 already approves',
    proposal: special({ unit: 'lucheng', applicant: 'lucheng-head' }),
    chain: ['director'],
    codes: ['SPECIAL_FILING', 'CHAIN_STEP_SKIPPED'],
  },
  {
    name: '分管局长 applying for a special inspection: no escalation needed',
    proposal: special({ applicant: 'deputy-2' }),
    chain: ['air-head', 'director'],
    codes: ['SPECIAL_FILING', 'CHAIN_STEP_SKIPPED'],
  },
  {
    name: '局长 applying for a special inspection: his own step is skipped',
    proposal: special({ applicant: 'director' }),
    chain: ['air-head', 'deputy-2'],
    codes: ['SPECIAL_FILING', 'CHAIN_STEP_SKIPPED'],
  },
];

describe('第5条 and 第4条 approval chains', () => {
  it.each(cases)('$name', ({ proposal, chain, codes: expected }) => {
    const decision = evaluateInspection(proposal, context());
    expect(chainIds(decision)).toEqual(chain);
    expect(codes(decision)).toEqual(expected ?? []);
    expect(decision.blocked).toBe(false);
  });
});

function withAir(changes: Partial<Directory['units'][number]>): Directory {
  return {
    ...directory,
    units: directory.units.map((unit) => (unit.id === 'air' ? { ...unit, ...changes } : unit)),
  };
}

describe('chain steps and directory faults', () => {
  it('resolves each step to a person with role, reason and clause', () => {
    const [head, supervisor] = evaluateInspection(plan(), context()).chain;
    expect(head).toMatchObject({
      role: 'unit-head',
      roleLabel: '承办机构负责人',
      openId: 'ou_demo_air_head',
      name: '大气环境科负责人（示例）',
      clause: '5',
    });
    expect(supervisor).toMatchObject({ role: 'supervisor', roleLabel: '分管局长', personId: 'deputy-2' });
    expect(head?.why).toContain('承办机构负责人');
  });

  it('cites 第4条 for the 局长 and 附件1 for the rows before him on a special inspection', () => {
    const chain = evaluateInspection(special(), context()).chain;
    expect(chain.map((step) => step.clause)).toEqual(['annex-1', 'annex-1', '4']);
  });

  it.each([
    { name: 'a head missing from the people list', unit: { head: 'ghost' }, text: 'ghost' },
    { name: 'a city section with no 分管局长', unit: { supervisor: undefined }, text: '未设置分管局长' },
  ])('blocks on $name', ({ unit, text }) => {
    const decision = evaluateInspection(plan(), context({ directory: withAir(unit) }));
    const missing = decision.findings.find((finding) => finding.code === 'DIRECTORY_PERSON_MISSING');
    expect(decision.blocked).toBe(true);
    expect(missing?.message).toContain(text);
  });

  it('lists a person who holds two roles once', () => {
    const decision = evaluateInspection(
      special(),
      context({ directory: withAir({ supervisor: 'director' }) }),
    );
    expect(chainIds(decision)).toEqual(['air-head', 'director']);
    expect(codes(decision)).toContain('CHAIN_STEP_SKIPPED');
  });
});
