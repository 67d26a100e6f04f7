// Mutation testing (`npm run mutation`): StrykerJS changes one line of the code at a time and
// runs the tests that cover it; a change no test notices is a line the tests do not guard.
// Not part of `npm test` (it takes a long while on two cores): run it on the code you change,
// e.g. `npm run mutation -- --mutate 'core/store/**/*.ts'`.
// With Vitest 4 the per-test coverage reports some mutants as survivors that their tests do
// kill (stryker-js issue 6192): confirm a survivor by hand, or run a few lines with
// MUTATION_ALL_TESTS=1, which runs every test against each mutant (slower; static mutants too).
const allTests = process.env.MUTATION_ALL_TESTS === '1';
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['core/store/**/*.ts', 'core/glossary/**/*.ts', 'core/article/**/*.ts', 'core/handler.ts'],
  coverageAnalysis: allTests ? 'off' : 'perTest',
  concurrency: 2,
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // A built CLI in dist/ would run instead of the sources (bin/glosa.js prefers the newer).
  ignorePatterns: ['dist', 'reports'],
  cleanTempDir: 'always',
  ignoreStatic: !allTests,
  // Only the code's own files: by default StrykerJS rewrites .html files too, as UTF-8 text,
  // which would damage the corpus's pages saved in Latin-1.
  disableTypeChecks: '{core,electron,renderer,scripts}/**/*.{ts,tsx}',
};
