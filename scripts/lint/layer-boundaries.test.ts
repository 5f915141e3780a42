/**
 * The layer rules on a small tree of allowed and forbidden imports (test/lint-fixtures/): each rule fires on the
 * import it exists for, by the file the import reaches, and the allowed imports pass. Also checks that the
 * project's own ESLint config applies the same rules to the real code.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerBoundaries } from './layer-boundaries.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURE = join(ROOT, 'test', 'lint-fixtures');

/** What each fixture file must get: the rule and a piece of its message, or nothing for an allowed import. */
const EXPECTED: Readonly<Record<string, readonly (readonly [rule: string, message: RegExp])[]>> = {
  'src/domain/share.ts': [],
  'src/domain/imports-charts.ts': [
    ['import-x/no-restricted-paths', /"\.\.\/charts\/draw-bar\.ts".*imports nothing of the app/],
  ],
  'src/domain/imports-react.ts': [['import-x/no-restricted-paths', /"react".*no React, ECharts, MSW/]],
  'src/api/fetch-share.ts': [],
  'src/api/imports-charts.ts': [
    ['import-x/no-restricted-paths', /The api layer imports only layers below it/],
  ],
  'src/charts/draw-bar.ts': [],
  'src/charts/chart.tsx': [],
  'src/charts/renders-echarts.tsx': [
    ['import-x/no-restricted-paths', /echarts-for-react.*Only src\/charts\/chart\.tsx renders ECharts/],
  ],
  'src/charts/imports-i18n.ts': [['import-x/no-restricted-paths', /add no words of their own/]],
  'src/charts/imports-scripts.ts': [['import-x/no-restricted-paths', /Build tooling and test support/]],
  'src/i18n/messages.ts': [],
  'src/components/imports-feature.ts': [
    ['import-x/no-restricted-paths', /The components layer imports only layers below it/],
  ],
  'src/features/figures/index.tsx': [],
  'src/features/figures/row.ts': [],
  'src/features/overview/through-index.ts': [],
  'src/features/overview/past-index.ts': [
    ['import-x/no-restricted-paths', /"\.\.\/figures\/row\.ts".*Import another feature through its index/],
  ],
  'src/features/overview/imports-msw.ts': [['import-x/no-restricted-paths', /"msw".*MSW belongs to mocks/]],
  'src/features/overview/cycle-a.ts': [['import-x/no-cycle', /Dependency cycle/]],
  'src/features/overview/cycle-b.ts': [['import-x/no-cycle', /Dependency cycle/]],
  'src/app/page.ts': [],
  'mocks/handlers.ts': [],
  'mocks/imports-charts.ts': [['import-x/no-restricted-paths', /Mocks import src\/domain and src\/api only/]],
};

let results: ESLint.LintResult[];

beforeAll(async () => {
  const eslint = new ESLint({
    cwd: FIXTURE,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
      ...layerBoundaries({ root: FIXTURE, packagesRoot: ROOT }),
    ],
  });
  results = await eslint.lintFiles(['src', 'mocks']);
}, 120_000);

describe('layer boundaries (resolved paths) on the fixture tree', () => {
  it('lints every fixture file, and only those', () => {
    expect(results.map((r) => relative(FIXTURE, r.filePath)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const result = results.find((r) => relative(FIXTURE, r.filePath) === file);
    if (!result) throw new Error(`${file} was not linted`);
    const messages = result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
    expect(messages.map((m) => m.rule)).toEqual(expected.map(([rule]) => rule));
    expected.forEach(([, pattern], i) => {
      expect(messages[i]?.message).toMatch(pattern);
    });
  });
});

describe("the project's ESLint config", () => {
  it('applies the same resolved-path rules to the real code (not to tests)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const app = (await eslint.calculateConfigForFile('src/features/overview/overview-page.tsx')) as {
      rules: Record<string, [unknown, { zones?: unknown[] }?]>;
    };
    expect(app.rules['import-x/no-cycle']?.[0]).toBe(2);
    const zones = app.rules['import-x/no-restricted-paths']?.[1]?.zones ?? [];
    const own = layerBoundaries({ root: ROOT })[0]?.rules?.['import-x/no-restricted-paths'] as
      [unknown, { zones: unknown[] }] | undefined;
    expect(zones.length).toBeGreaterThan(10);
    expect(zones).toEqual(own?.[1].zones);
    const test = (await eslint.calculateConfigForFile('src/features/overview/overview-page.test.tsx')) as {
      rules: Record<string, unknown>;
    };
    expect(test.rules['import-x/no-restricted-paths']).toBeUndefined();
  }, 120_000);
});
