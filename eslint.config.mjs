import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Lint for what the compiler does not catch. The boundary rule: a context is reached only through its
 * front door (`@mnio/<context>`), never by a deep or relative path into another lib — from the apps, the
 * tests and the benches alike. The web app adds the rules of React hooks and the accessibility rules.
 */
const frontDoorOnly = {
  patterns: [
    { group: ['@mnio/*/*'], message: 'Import a context through its front door: @mnio/<context>.' },
    { group: ['**/libs/*/src', '**/libs/*/src/**'], message: 'Import a lib through @mnio/<context>, not a path into its sources.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'apps/web/src/api/schema.d.ts', '*.js', '*.mjs'] },
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
    ignores: ['apps/web/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...frontDoorOnly.patterns,
          { group: ['../../*/src/**', '../../../*/src/**'], message: 'Import another lib through @mnio/<context>, not a relative path.' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', frontDoorOnly] },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'db/seeds/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The browser app: TypeScript checks its names against the DOM library (apps/web/tsconfig.json), so no
    // globals list is needed. Hooks rules as errors, the accessibility rules as the plugin recommends.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: { ...jsxA11y.flatConfigs.recommended.plugins, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // A scrolling table container is focusable and named (role="region") so that a keyboard can scroll it
      // (WCAG 2.1.1, axe scrollable-region-focusable): the one non-interactive role allowed a tabIndex.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
);
