import { defineConfig } from 'vitest/config';

// One config for the web app (dev server and static build) and for vitest.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  // vis-timeline alone is ~500 kB minified (≈270 kB gzip for the whole page); one chunk is fine for a static site.
  build: { outDir: '../web-dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { fs: { allow: ['..'] } },
  worker: { format: 'es' },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
