import { defineConfig } from 'vitest/config';

// The tests StrykerJS runs against each mutant (`npm run mutation`): the unit and
// integration tests in this process. The kill -9 durability rounds run only in `npm test`:
// their writers are child processes, which run the code unmutated and take a minute a run.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/durability.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
