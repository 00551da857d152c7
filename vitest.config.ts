import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Pure suites: src/domain and the policy tables, no hono, SDK, drizzle or libSQL at run time. */
const PURE = ['test/domain/**/*.test.ts', 'test/policy/**/*.test.ts'];
/** Two bots on one sqld race each other in real time: run alone, after the rest. */
const ALONE = ['test/multi-instance/**/*.test.ts'];

export default defineConfig({
  test: {
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest leaves a core free by default, which on two cores runs one file at a time; one file at a
    // time used less than one core, as most files also wait on sockets, child processes and the database.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        // Loading nothing but pure modules, they share a process instead of paying a fork each.
        test: { name: 'pure', include: PURE, isolate: false },
      },
      {
        extends: true,
        // A fresh process per file: shared by many files, a worker process was seen to abort in the
        // native libSQL driver (a neon assertion, PendingException), losing the file it was running.
        // The cause, a checkpoint thread terminated mid-call, is gone (docs/operations.md §3); any
        // other native abort would still lose one file only.
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
