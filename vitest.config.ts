import { defineConfig } from 'vitest/config';

// Two projects, one `npm test`: unit tests (no database) run their files in parallel; integration tests
// (*.int.test.ts) share one real Neo4j, started by test/global-setup.ts, so their files run one at a time.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
