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
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
    ],
  },
});
