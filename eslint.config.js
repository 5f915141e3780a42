// ESLint flat config: type-checked TypeScript, React hooks, accessibility, TanStack Query, and the
// import boundaries that keep data flowing one way (app → features → components → charts → api → domain).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './scripts/lint/layer-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'public/mockServiceWorker.js',
      'test-results',
      'node_modules',
      // Forbidden imports on purpose: linted by scripts/lint/layer-boundaries.test.ts with the layer rules only.
      'test/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      // `onChange={(e) => setX(e.target.value)}` is the idiom; braces would add noise, not safety.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Plain JavaScript outside both tsconfigs: lint it without type information.
  { files: ['eslint.config.js', 'scripts/**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  // Layer boundaries by resolved path (scripts/lint/layer-boundaries.js, tested on test/lint-fixtures/):
  // app → features → components → charts → api → domain, features through their index, no cycles,
  // echarts-for-react in charts/chart.tsx only, msw in mocks/ and tests only.
  ...layerBoundaries({ root: import.meta.dirname }),
  {
    files: [
      'mocks/feed-server.ts',
      'scripts/**/*.ts',
      'test/**/*.ts',
      'vite.config.ts',
      'vitest.e2e.config.ts',
      'eslint.config.js',
      'scripts/**/*.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
