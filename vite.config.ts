/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vnGeometry } from './scripts/geo/vite-plugin-vn-geometry.ts';
import { beVietnamProFonts } from './scripts/fonts/vite-plugin-fonts.ts';
import { inlineCss } from './scripts/build/vite-plugin-inline-css.ts';

export default defineConfig({
  plugins: [react(), vnGeometry(), beVietnamProFonts(), inlineCss()],
  build: {
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
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
          setupFiles: ['test/setup/dom.ts'],
          // A component test renders the app and waits for it several times (each wait up to 15 s, see
          // test/setup/dom.ts); the setup generates the mock data set in beforeAll.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
