import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../src/domain/org.js';
import { evaluateInspection, type InspectionProposal } from '../../../src/domain/rules/index.js';
import { context, enterprisesWith, plan, USCC } from './fixtures.js';

/** The 潞州区 power plant; `today` in the fixtures is 2026-05-20 and the plan runs 06-01 to 06-02. */
const power = (changes: Partial<InspectionProposal> = {}) => plan({ enterprises: [USCC.power], ...changes });

const cases: {
  name: string;
  proposal: InspectionProposal;
  listing?: Partial<Enterprise>;
  code?: string;
  blocked?: boolean;
}[] = [
  {
    name: 'routine on-site visit without a reason',
    proposal: power(),
    code: 'POSITIVE_LIST_REASON_REQUIRED',
    blocked: true,
  },
  {
    name: 'routine on-site visit with a reason',
    proposal: power({ reason: '在线监测数据连续异常。' }),
    code: 'POSITIVE_LIST_ON_SITE',
  },
  {
    name: 'a blank reason counts as none',
    proposal: power({ reason: '  ' }),
    code: 'POSITIVE_LIST_REASON_REQUIRED',
    blocked: true,
  },
  {
    name: 'special inspections are routine too',
    proposal: power({
      kind: 'special',
      type: 'special',
      focus: '超标排放',
      content: '排放浓度',
      targets: '热电企业',
    }),
    code: 'POSITIVE_LIST_REASON_REQUIRED',
    blocked: true,
  },
  {
    name: 'a document review passes',
    proposal: power({ methods: ['document-review'] }),
    code: 'POSITIVE_LIST_NOT_RESTRICTED',
  },
  {
    name: 'a complaint visit passes',
    proposal: power({ type: 'complaint' }),
    code: 'POSITIVE_LIST_NOT_RESTRICTED',
  },
  {
    name: 'an entry that expired yesterday',
    proposal: power({ from: '2026-05-20', to: '2026-05-21' }),
    listing: { positiveListTo: '2026-05-19' },
  },
  {
    name: 'an entry that starts after the visit',
    proposal: power(),
    listing: { positiveListFrom: '2026-06-03' },
  },
  {
    name: 'an entry valid on the first day only',
    proposal: power(),
    listing: { positiveListFrom: '2026-01-01', positiveListTo: '2026-06-01' },
    code: 'POSITIVE_LIST_REASON_REQUIRED',
    blocked: true,
  },
  { name: 'an enterprise not on the list', proposal: plan() },
];

describe('第9条 监督执法正面清单', () => {
  it.each(cases)('$name', ({ proposal, listing, code, blocked }) => {
    const ctx = context({ enterprises: enterprisesWith(USCC.power, listing ?? {}) });
    const decision = evaluateInspection(proposal, ctx);
    const found = decision.findings.filter((finding) => finding.clause === '9');
    expect(found.map((finding) => finding.code)).toEqual(code ? [code] : []);
    expect(decision.blocked).toBe(blocked ?? false);
  });

  it('asks for fewer or no on-site checks and quotes the reason', () => {
    const decision = evaluateInspection(power({ reason: '在线监测数据连续异常。' }), context());
    const [finding] = decision.findings;
    expect(finding).toMatchObject({ severity: 'warn', clause: '9', enterprise: USCC.power });
    expect(finding?.message).toContain('应减少或免除现场检查');
    expect(finding?.message).toContain('理由：在线监测数据连续异常。');
    expect(finding?.message).not.toContain('。。');
  });
});
