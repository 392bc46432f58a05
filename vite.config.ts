import { defineConfig } from 'vitest/config';

// One config for the web app (dev server and static build) and for vitest.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  build: { outDir: '../web-dist', emptyOutDir: true },
  server: { fs: { allow: ['..'] } },
  worker: { format: 'es' },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
