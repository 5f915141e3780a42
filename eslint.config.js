// ESLint flat config: type-checked TypeScript, React hooks, accessibility, TanStack Query, and the
// import boundaries that keep data flowing one way (app → features → components → charts → api → domain).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `no-restricted-imports` patterns that forbid a layer from reaching upwards. */
const upwards = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/**`, `**/${layer}`],
    message: `This layer must not import ${layer}/.`,
  }));

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public/mockServiceWorker.js', 'test-results', 'node_modules'] },
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
  // This file is plain JavaScript outside both tsconfigs: lint it without type information.
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
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
  // Layer boundaries (STYLE.md). echarts-for-react lives in charts/chart.tsx only; msw in mocks/ and tests.
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upwards('api', 'charts', 'components', 'features', 'app', 'i18n', 'mocks'),
            {
              group: ['react', 'react-*', 'echarts*', 'msw*', '@tanstack/*'],
              message: 'The domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upwards('charts', 'components', 'features', 'app', 'mocks'),
            {
              group: ['echarts*', 'msw*'],
              message: 'The API layer fetches and validates; no charts, no mocks.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    ignores: ['src/charts/chart.tsx', 'src/charts/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'echarts-for-react', message: 'Only charts/chart.tsx renders ECharts.' }],
          patterns: [
            ...upwards('components', 'features', 'app', 'mocks'),
            { group: ['echarts-for-react/**'], message: 'Only charts/chart.tsx renders ECharts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upwards('features', 'app', 'mocks'),
            {
              group: ['echarts-for-react', 'echarts-for-react/**'],
              message: 'Only charts/chart.tsx renders ECharts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/features/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upwards('app', 'mocks'),
            {
              group: ['echarts-for-react', 'echarts-for-react/**', 'echarts', 'echarts/**'],
              message: 'Features draw through charts/.',
            },
            {
              group: ['**/features/*/*', '!./*', '!../*'],
              message: 'Import another feature through its index.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/src/app/**',
                '**/src/features/**',
                '**/src/charts/**',
                '**/src/components/**',
                'react',
                'react-dom',
              ],
              message: 'Mocks import src/domain and src/api contracts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'mocks/feed-server.ts',
      'scripts/**/*.ts',
      'test/**/*.ts',
      'vite.config.ts',
      'vitest.e2e.config.ts',
      'eslint.config.js',
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
