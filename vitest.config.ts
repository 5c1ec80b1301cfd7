import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      // Pure functions and content files: fast, no build.
      // Some start a process (the check, import and convert commands, git), which on CI's two cores beside a build
      // can take longer than vitest's default 5 s.
      {
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts'], testTimeout: 60_000 },
      },
      // Checks on the built site: the site is built once, by the global setup.
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
