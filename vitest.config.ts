import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Pure suites: src/domain and the policy tables, no hono, SDK, drizzle or libSQL at run time. */
const PURE = ['test/domain/**/*.test.ts', 'test/policy/**/*.test.ts'];
/** Two bots on one sqld race each other in real time: run alone, after the rest. */
const ALONE = ['test/multi-instance/**/*.test.ts'];

/** Files that mostly wait on child processes or on a lock held for seconds. */
const WAITING = /\/test\/(backup|cli|stress)\/|\/node-bundle\.test\.ts$/;

/**
 * Without timings from an earlier run (a fresh clone, CI), Vitest starts the largest files first;
 * the waiting ones start first instead, so that none of them is left running alone at the end.
 */
class WaitingFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const waiting = (f: TestSpecification) => WAITING.test(f.moduleId);
    return [...sorted.filter(waiting), ...sorted.filter((f) => !waiting(f))];
  }
}

export default defineConfig({
  test: {
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    sequence: { sequencer: WaitingFirst },
    // Vitest leaves a core free by default, which on two cores runs one file at a time; most files
    // wait on sockets, child processes and the database rather than compute.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        // Loading nothing but pure modules, they share a process instead of paying a fork each.
        test: { name: 'pure', include: PURE, isolate: false },
      },
      {
        extends: true,
        // A fresh process per file: the libSQL driver is native, and a long-lived process that has
        // opened and closed hundreds of databases can panic in its finalizers.
        test: {
          name: 'app',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/browser/**', 'node_modules/**', ...PURE, ...ALONE],
        },
      },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
