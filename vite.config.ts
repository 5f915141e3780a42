/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vnGeometry } from './scripts/geo/vite-plugin-vn-geometry.ts';
import { beVietnamProFonts } from './scripts/fonts/vite-plugin-fonts.ts';
import { inlineCss } from './scripts/build/vite-plugin-inline-css.ts';

const VENDOR = new RegExp(
  [
    String.raw`[\/]node_modules[\/](react|react-dom|scheduler|react-router|zod|@tanstack[\/](query-core|react-query))[\/]`,
    // The feed client and the theme: on every first load too, and shared with the lazy pages, which would
    // otherwise get them as five small chunks of their own.
    String.raw`[\/]src[\/]api[\/]((http|queries)\.ts|(common|indicators|metadata|observations|series|units)[\/])`,
    String.raw`[\/]src[\/](charts[\/]theme[\/]tokens|charts[\/]trend[\/]chart-frame|domain[\/](period|rounding)|components[\/]export[\/]download)\.ts$`,
    String.raw`[\/]src[\/]components[\/]theme-context\.tsx$`,
  ].join('|'),
);
/** What only the wall's and the deck's persisted cache uses (app/persisted-cache.tsx). */
const LATER_VENDOR = /query-core[\\/]build[\\/]modern[\\/]hydration\.js$/;
const ECHARTS = new RegExp(
  [
    String.raw`[\/]node_modules[\/](echarts|zrender|tslib|echarts-for-react|size-sensor|fast-deep-equal|topojson-client)[\/]`,
    // Leaves of the chart layer that load with it. A module here must import nothing the entry chunk uses
    // (not even a dynamic import, whose preload helper the entry shares): its imports are pulled in with it,
    // and the entry would then wait for ECharts.
    String.raw`[\/]src[\/]charts[\/](wait-for-font\.ts|escape-html\.ts|map[\/]geometry[\/]decode\.ts)$`,
  ].join('|'),
);
/**
 * The ECharts modules only the lazily registered parts use (src/charts/bar-charts.ts, export-parts.ts, tooltip-part.ts,
 * svg-renderer.ts), as of ECharts 6.1: they stay in those chunks. One missing here lands in the first load.
 */
const LATER_ECHARTS = new RegExp(
  [
    String.raw`echarts[\/]lib[\/](chart[\/]bar|component[\/](marker|title))[\/]`,
    String.raw`echarts[\/]lib[\/]chart[\/]helper[\/](Line|LineDraw|LinePath|sectorHelper|axisSnippets)\.js`,
    String.raw`echarts[\/]lib[\/](layout[\/]bar(Grid|Common)|label[\/]sectorLabel|util[\/]shape[\/]sausage)\.js`,
    String.raw`echarts[\/]lib[\/](coord[\/]axisStatisticsMetricsImpl|renderer[\/]installSVGRenderer)\.js`,
    String.raw`zrender[\/]lib[\/]svg[\/]`,
    // The tooltip (tooltip-part.ts), with the axis pointer only it uses.
    String.raw`echarts[\/]lib[\/]component[\/](tooltip|axisPointer)[\/]`,
  ].join('|'),
);

export default defineConfig(({ command }) => ({
  plugins: [react(), vnGeometry(), beVietnamProFonts(), inlineCss()],
  resolve: {
    // React Router 7 exports only its development build (remix-run/react-router#12532): warnings and checks
    // a production bundle does not need. The build takes the production build it ships beside it.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    // One stylesheet, inlined into index.html (scripts/build/vite-plugin-inline-css.ts). Split per chunk, it
    // would be listed as a dependency of every dynamic import made from a lazy chunk, and Vite's preloader,
    // not finding its <link>, would download the inlined styles a second time.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts as one chunk (register-echarts.ts) rather than three: the parts loaded later (bar chart,
          // titles, SVG renderer) share most of ECharts with it, which the bundler would otherwise cut into
          // common chunks of their own (2 kB gzip more on the first load).
          groups: [
            // React, the router, TanStack Query and zod: all on every first load, so one chunk rather than the
            // pieces the lazy pages' imports would cut them into (each piece costs its own gzip overhead).
            { name: 'vendor', test: (id: string) => VENDOR.test(id) && !LATER_VENDOR.test(id) },
            { name: 'register-echarts', test: (id: string) => ECHARTS.test(id) && !LATER_ECHARTS.test(id) },
            // The rest of the first load (the overview's panels, i18n, the board frame): one chunk. The lazy board
            // pages share much of it, and the bundler would otherwise cut the shared modules into a dozen small
            // chunks on the first load (8.7 kB gzip more).
            { name: 'app', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'mocks/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/bench/**/*.test.ts',
          ],
          setupFiles: ['test/setup/messages.ts'],
          // Budgets for a two-core machine with a build running beside the tests, not for a quiet one.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['test/setup/messages.ts', 'test/setup/dom.ts'],
          // A component test renders the app and waits for it several times (each wait up to 15 s, see
          // test/setup/dom.ts); the setup generates the mock data set in beforeAll.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
