import { defineConfig } from 'vitest/config';

// The tests StrykerJS runs against each mutant (`npm run mutation`): the unit and
// integration tests in this process. The kill -9 durability rounds run only in `npm test`:
// their writers are child processes, which run the code unmutated and take a minute a run.
// Nor the Apertium pipeline's: it counts this process's children, and StrykerJS's runner has its own.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/durability.test.ts', 'tests/unit/apertium-pipeline.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
