import tseslint from 'typescript-eslint';

/**
 * Lint for what the compiler does not catch. The boundary rule: a context is reached only through its
 * front door (`@mnio/<context>`), never by a deep or relative path into another lib.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'apps/web/**', 'coverage/**', '*.js', '*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@mnio/*/*'], message: 'Import a context through its front door: @mnio/<context>.' },
          { group: ['**/libs/*/src/**', '../../*/src/**', '../../../*/src/**'], message: 'Import another lib through @mnio/<context>, not a relative path.' },
        ],
      }],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'db/seeds/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
