import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRAW_ALGORITHM,
  eligibleInspectors,
  matchesFilters,
  prepareDraw,
  runDraw,
  verifyDraw,
  type DrawInput,
  type PoolFilters,
} from '../../../src/domain/draws/index.js';
import type { Enterprise } from '../../../src/domain/org.js';
import type { PastInspection } from '../../../src/domain/rules/index.js';
import { facts, request } from './fixtures.js';

const seed = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));
const codes = (prefix: string, min: number, max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: min, maxLength: max })
    .map((ns) => ns.map((n) => `${prefix}${n}`));

/** A draw input whose every enterprise keeps enough inspectors after recusal. */
const drawInput: fc.Arbitrary<DrawInput> = fc
  .record({
    seed,
    enterprises: codes('E', 1, 15),
    inspectors: codes('p', 2, 8),
    salt: fc.array(fc.boolean(), { maxLength: 120 }),
  })
  .chain(({ seed, enterprises, inspectors, salt }) => {
    const recusals = enterprises.flatMap((uscc, i) =>
      inspectors.flatMap((personId, j) =>
        salt[(i * inspectors.length + j) % Math.max(salt.length, 1)]
          ? [{ uscc, personId, reason: 'conflict' as const }]
          : [],
      ),
    );
    const spare = Math.min(
      ...enterprises.map((uscc) => inspectors.length - recusals.filter((r) => r.uscc === uscc).length),
    );
    return fc.record({
      algorithm: fc.constant(DRAW_ALGORITHM),
      seed: fc.constant(seed),
      enterprises: fc.constant(enterprises),
      inspectors: fc.constant(inspectors),
      count: fc.integer({ min: 1, max: enterprises.length }),
      perEnterprise: fc.integer({ min: 2, max: Math.max(2, spare) }),
      recusals: fc.constant(spare >= 2 ? recusals : []),
    });
  });

describe('draw properties', () => {
  it('draws only from the pools, each enterprise once, distinct inspectors, nobody recused, reproducibly', () => {
    fc.assert(
      fc.property(drawInput, (input) => {
        const result = runDraw(input);
        const usccs = result.assignments.map((a) => a.uscc);
        expect(usccs).toHaveLength(input.count);
        expect(new Set(usccs).size).toBe(usccs.length);
        for (const { uscc, inspectors } of result.assignments) {
          expect(input.enterprises).toContain(uscc);
          expect(inspectors).toHaveLength(input.perEnterprise);
          expect(new Set(inspectors).size).toBe(inspectors.length);
          const eligible = eligibleInspectors(input, uscc);
          for (const personId of inspectors) expect(eligible).toContain(personId);
        }
        expect(runDraw(input)).toEqual(result);
        expect(verifyDraw(input, result)).toEqual({ same: true });
      }),
      { numRuns: 300 },
    );
  });

  const enterprise: fc.Arbitrary<Enterprise> = fc.record({
    name: fc.constant(''),
    uscc: fc.integer({ min: 0, max: 999 }).map((n) => `U${String(n).padStart(3, '0')}`),
    county: fc.constantFrom('甲县', '乙县', '丙县'),
    industry: fc.constantFrom('化工', '建材', '焦化'),
    keyPolluter: fc.boolean(),
    positiveList: fc.boolean(),
    majorProblem: fc.boolean(),
  });
  const filters: fc.Arbitrary<PoolFilters> = fc.record({
    counties: fc.subarray(['甲县', '乙县', '丙县']),
    industries: fc.subarray(['化工', '建材', '焦化']),
    keyPolluter: fc.constantFrom('any', 'only', 'exclude'),
  });

  it('never picks an enterprise outside the filters, on the positive list or at its yearly cap', () => {
    let held = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(enterprise, { selector: (e) => e.uscc, minLength: 1, maxLength: 30 }),
        filters,
        fc.array(fc.tuple(fc.nat(29), fc.constantFrom('2026-02-01', '2026-08-01', '2025-08-01')), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 100 }),
        seed,
        (registry, chosen, visits, ratioPercent, drawSeed) => {
          const past: PastInspection[] = visits.flatMap(([i, date]) => {
            const target = registry[i % registry.length];
            return target ? [{ uscc: target.uscc, date, unit: 'branch', type: 'random', onSite: true }] : [];
          });
          const prepared = prepareDraw(
            request({ filters: chosen, size: { ratioPercent }, seed: drawSeed }),
            facts({ registry, pastInspections: past }),
          );
          if (!prepared.ok) return;
          held += 1;
          const allowed = registry.filter((e) => {
            const visitsThisYear = past.filter((p) => p.uscc === e.uscc && p.date.startsWith('2026')).length;
            return matchesFilters(e, chosen) && !e.positiveList && visitsThisYear < (e.majorProblem ? 6 : 2);
          });
          const allowedIds = allowed.map((e) => e.uscc);
          expect([...prepared.input.enterprises].sort()).toEqual([...allowedIds].sort());
          for (const a of runDraw(prepared.input).assignments) expect(allowedIds).toContain(a.uscc);
        },
      ),
      { numRuns: 300 },
    );
    // Most generated registries leave something to draw; the property must not hold vacuously.
    expect(held).toBeGreaterThan(100);
  });
});
