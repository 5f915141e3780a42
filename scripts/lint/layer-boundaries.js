// The layer boundaries of the code base as ESLint flat-config objects, by resolved path (eslint-plugin-import-x
// resolving through TypeScript's rules): an import is judged by the file it reaches, not by how it is written,
// so `../figures/x.ts`, `../../features/figures/x.ts` and a path alias all count the same.
//
// Plain JavaScript because eslint.config.js loads it on Node 20, which cannot load TypeScript config;
// layer-boundaries.test.ts runs it on a small fixture tree (test/lint-fixtures/) to show each rule fires.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';

/** The layers, top to bottom: each may import only those after it (i18n sits beside components). */
export const LAYERS = ['app', 'features', 'components', 'charts', 'api', 'domain'];

const NOT_TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/**
 * Config objects enforcing, for the non-test files of `src/` and `mocks/` under `root`:
 * - layers import downwards only: `app → features → components → charts → api → domain`; `i18n` imports only
 *   the domain and is not imported by charts, api or domain (builders add no words of their own); the domain
 *   imports nothing of the app and none of React, ECharts, MSW or TanStack;
 * - a feature imports another feature only through its `index.ts(x)` (the features are read from
 *   `src/features/` when the config loads);
 * - `echarts-for-react` only in `src/charts/chart.tsx`; ECharts not in features, api or domain; `msw` only in
 *   `mocks/` and tests;
 * - `mocks/` imports `src/domain` and `src/api` only; nothing in `src/` imports `scripts/` (build tooling) or
 *   `test/`;
 * - no import cycles (type-only imports aside).
 *
 * @param {{ root: string, packagesRoot?: string }} options `root`: the repository (or fixture) root holding
 *   `src/` and `mocks/`; `packagesRoot`: where `node_modules/` is (the root by default).
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerBoundaries({ root, packagesRoot = root }) {
  const at = (...parts) => resolve(root, ...parts);
  const pkg = (name) => resolve(packagesRoot, 'node_modules', name);
  const featuresDir = at('src', 'features');
  const features = existsSync(featuresDir)
    ? readdirSync(featuresDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const upper = (layer) => LAYERS.slice(0, LAYERS.indexOf(layer)).map((l) => `./src/${l}`);
  const zone = (target, from, message, except) => ({
    target,
    from,
    message,
    ...(except ? { except } : {}),
  });
  const zones = [
    // Layers import downwards only.
    ...['features', 'components', 'charts', 'api'].map((layer) =>
      zone(
        `./src/${layer}`,
        [...upper(layer), './mocks'],
        `The ${layer} layer imports only layers below it.`,
      ),
    ),
    zone('./src/app', './mocks', 'The app starts the mock worker only from src/main.tsx.'),
    zone('./src/domain', './src', 'The domain is pure TypeScript and imports nothing of the app.', [
      './domain',
    ]),
    zone(
      './src/domain',
      [
        './mocks',
        pkg('react'),
        pkg('react-dom'),
        pkg('@types/react'),
        pkg('@types/react-dom'),
        pkg('echarts'),
        pkg('echarts-for-react'),
        pkg('msw'),
        pkg('@tanstack'),
      ],
      'The domain is pure TypeScript: no React, ECharts, MSW or TanStack.',
    ),
    zone(
      ['./src/charts', './src/api'],
      './src/i18n',
      'Charts and the API add no words of their own: texts arrive in their input.',
    ),
    zone('./src/i18n', './src', 'Messages import only the domain.', ['./domain', './i18n']),
    // Every feature reaches another only through that feature's index.
    ...features.map((feature) =>
      zone(`./src/features/${feature}`, './src/features', 'Import another feature through its index.', [
        `./${feature}`,
        ...features
          .filter((other) => other !== feature)
          .flatMap((other) => [`./${other}/index.ts`, `./${other}/index.tsx`]),
      ]),
    ),
    // Packages that belong to one place.
    zone(
      [
        './src/app',
        './src/features',
        './src/components',
        './src/api',
        './src/domain',
        './src/i18n',
        './src/main.tsx',
        './mocks',
        `${at('src', 'charts')}/!(chart.tsx)`,
        `${at('src', 'charts')}/*/**`,
      ],
      pkg('echarts-for-react'),
      'Only src/charts/chart.tsx renders ECharts.',
    ),
    zone(['./src/features', './src/api'], pkg('echarts'), 'Draw through src/charts.'),
    zone('./src', pkg('msw'), 'MSW belongs to mocks/ and tests.'),
    // What src/ and mocks/ may reach outside their layers.
    zone('./src', ['./scripts', './test'], 'Build tooling and test support stay out of the app.'),
    zone('./mocks', './src', 'Mocks import src/domain and src/api only.', ['./domain', './api']),
  ];
  // The app's tsconfig is enough to resolve: there are no path aliases, and tests are not checked here.
  const tsconfig = join(root, 'tsconfig.json');
  return [
    {
      files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
      ignores: NOT_TESTS,
      plugins: { 'import-x': importX },
      settings: {
        // Without these the rules read no TypeScript module, and no-cycle would find nothing.
        'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
        'import-x/resolver-next': [
          createTypeScriptImportResolver(existsSync(tsconfig) ? { project: tsconfig } : {}),
        ],
      },
      rules: {
        'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
      },
    },
  ];
}
