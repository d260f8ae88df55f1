import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Files that replace a module (vi.mock), spy on a module's export, stub the environment or set
 * process.env before the code under test reads it: each needs a module graph of its own.
 */
const OWN_MODULES = [
  'test/corpus/reuse.test.ts',
  'test/discord/render-cost.test.ts',
  'test/e2e/addsource.test.ts',
  'test/e2e/charts.test.ts',
  'test/extract/pathological-text.test.ts',
  'test/http/slow-command.test.ts',
  'test/reliability/process.test.ts',
  'test/replica/bound.test.ts',
  'test/replica/round-stop.test.ts',
  'test/search/incremental-search.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default (one fewer than the cores) runs the files one at a time on a 2-core machine;
    // most of their time is spent waiting on child processes, sockets and worker threads, so two at a
    // time halves the suite's wall time there (12.6 → 6 min measured) without starving either.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: OWN_MODULES,
          // Loading the core (compromise, the lexicons, WordNet, the word vectors) once per worker
          // instead of once per file: the extraction tests' import time fell from 793 s to 29 s.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: OWN_MODULES } },
    ],
  },
});
