// Lint rules: typescript-eslint's type-aware checks, React hooks, and the layer
// boundaries of docs/architecture.md as import restrictions.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const WEB_FEATURES = ['admin', 'audit', 'auth', 'execution', 'export', 'import', 'placeholders', 'plans', 'versions'];

/** `no-restricted-imports` patterns: what a layer may not import. */
function forbid(groups) {
  return { 'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }] };
}

const featureBoundaries = WEB_FEATURES.map((feature) => ({
  files: [`src/web/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // Any relative path that climbs out and enters another feature's folder.
            regex: `^(\\.\\./)+(features/)?(${WEB_FEATURES.filter((f) => f !== feature).join('|')})(/|$)`,
            message: 'Web features do not import each other: move what they share to src/web/components, lib or i18n.',
          },
          { group: ['**/server/**', '**/documents/**'], message: 'The web app talks to the server over HTTP; share types through src/shared.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'src/server/db/migrations/**', '**/*.fixture.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('…')` keeps a lazily loaded module out of the bundle while typing it.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-expressions': 'error',
      // Sanitisers (XML text, file names, CSV, input guards) match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Test clients still return untyped JSON bodies; typed responses (issue #15) retire this.
    files: ['test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'warn' },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: forbid([
      [['**/server/**', '**/documents/**', '**/web/**', '**/cli/**'], 'Domain code is pure: it imports nothing from server, documents, web or cli.'],
      [['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'pg', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*'], 'Domain code does no I/O.'],
    ]),
  },
  {
    files: ['src/documents/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: forbid([[['**/server/**', '**/web/**', '**/cli/**'], 'Documents are read and written without the server, the web app or the CLI.']]),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid([[['**/server/**', '**/web/**', '**/documents/**', '**/cli/**'], 'Shared contracts depend on nothing but the domain.']]),
  },
  {
    files: ['src/server/routes/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: forbid([[['**/repositories/**', '**/db/schema*', '**/db/schema/**'], 'Routes call services; queries live in repositories behind them.']]),
  },
  {
    files: ['src/server/repositories/**/*.ts'],
    rules: forbid([[['**/services/**', '**/routes/**'], 'Repositories hold queries only: they do not call services or routes.']]),
  },
  ...featureBoundaries,
);
