import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time on a two-core machine.
          fileParallelism: false,
        },
      },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node', testTimeout: 90_000, hookTimeout: 90_000 } },
    ],
  },
});
