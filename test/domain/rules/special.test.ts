import { describe, expect, it } from 'vitest';
import { evaluateInspection, type InspectionProposal } from '../../../src/domain/rules/index.js';
import { codes, context, special } from './fixtures.js';

const cases: { name: string; proposal: InspectionProposal; blocks: string[] }[] = [
  { name: 'a focused, bounded special inspection', proposal: special(), blocks: [] },
  {
    name: 'no risk focus',
    proposal: special({ focus: undefined }),
    blocks: ['SPECIAL_FOCUS_MISSING', 'SPECIAL_BLANKET'],
  },
  {
    name: 'a blank focus',
    proposal: special({ focus: ' ' }),
    blocks: ['SPECIAL_FOCUS_MISSING', 'SPECIAL_BLANKET'],
  },
  { name: 'no content', proposal: special({ content: '' }), blocks: ['SPECIAL_CONTENT_MISSING'] },
  { name: 'no period', proposal: special({ from: '', to: '' }), blocks: ['DATE_MISSING'] },
  {
    name: 'a whole county as targets',
    proposal: special({ targets: '全县所有企业' }),
    blocks: ['SPECIAL_BLANKET'],
  },
  {
    name: 'blanket content',
    proposal: special({ content: '无差别全覆盖检查' }),
    blocks: ['SPECIAL_BLANKET'],
  },
  { name: 'a whole trade as targets', proposal: special({ targets: '全行业' }), blocks: ['SPECIAL_BLANKET'] },
  {
    name: 'exactly the longest period',
    proposal: special({ from: '2026-06-01', to: '2026-08-29' }),
    blocks: [],
  },
  {
    name: 'one day over the longest period',
    proposal: special({ from: '2026-06-01', to: '2026-08-30' }),
    blocks: ['SPECIAL_PERIOD_TOO_LONG'],
  },
];

describe('第4条 专项执法检查', () => {
  it.each(cases)('$name', ({ proposal, blocks }) => {
    const decision = evaluateInspection(proposal, context());
    const blocking = decision.findings.filter((finding) => finding.severity === 'block');
    expect(blocking.map((finding) => finding.code)).toEqual(blocks);
    expect(codes(decision)).toContain('SPECIAL_FILING');
  });

  it('reminds that the approved scheme is filed and made public', () => {
    const filing = evaluateInspection(special(), context()).findings.find((f) => f.code === 'SPECIAL_FILING');
    expect(filing).toMatchObject({ severity: 'info', clause: '4' });
    expect(filing?.message).toContain('备案');
    expect(filing?.message).toContain('向社会公开');
  });

  it('gives the length and the limit of an overlong period', () => {
    const decision = evaluateInspection(special({ from: '2026-01-01', to: '2026-12-31' }), context());
    expect(decision.findings[0]?.message).toContain('专项检查周期365天，超过本局规定的90天上限');
  });

  it('does not apply the special checks to a plan', () => {
    const decision = evaluateInspection(
      special({ kind: 'plan', type: 'random', focus: undefined }),
      context(),
    );
    expect(decision.findings).toEqual([]);
  });
});
