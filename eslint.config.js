import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Each process may import only what its side of the boundary allows. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'util', 'net'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'models/', 'test-results/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Tools that read CommonJS configuration (electron-builder).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'react', 'react-dom', '*/renderer/*', '*/electron/*'], message: 'core/ knows nothing of Electron or the DOM.' }] },
      ],
    },
  },
  {
    files: ['core/api.ts', 'core/contract.ts', 'core/errors.ts', 'core/messages.ts', 'core/security/external-url.ts', 'core/security/csp.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeBuiltins, message: 'The API contract is shared with the renderer: no Node modules.' }] },
      ],
    },
  },
  {
    // Text utilities are leaves: shared by core and the renderer, they import nothing of Glosa's own.
    files: ['core/text/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['.', './*', '../*', 'node:*'], message: 'core/text/ is a leaf: it imports nothing of Glosa’s own, and no Node module.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a sandbox: no Node modules.' },
            { group: ['electron'], message: 'The renderer talks to Glosa only through window.glosa.' },
            {
              regex: '^\\.\\./.*core/(?!api$|contract$|messages$|security/external-url$|text/)',
              message: 'The renderer may import only the API contract, the messages and the text utilities (core/text/) from core/.',
            },
            {
              regex: '^\\.\\./.*core/api$',
              allowTypeImports: true,
              message: 'Import types from core/api and values from core/contract: the schemas stay out of the renderer.',
            },
          ],
        },
      ],
    },
  },
);
