import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { articlesFromModules } from './web/articles.js';

// Node 20 lacks Map.groupBy, which vitest 5's reporter calls to print failures; without it a failing test
// crashes the reporter instead of being shown.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

/**
 * `virtual:chronicle-articles`: the bundled articles (every `events/*.json` that is an ArticleDocument),
 * validated here at build time so the page ships plain data and no schema library.
 */
function bundledArticles(): Plugin {
  const id = 'virtual:chronicle-articles';
  const dir = join(import.meta.dirname, 'events');
  return {
    name: 'chronicle-articles',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const modules: Record<string, unknown> = {};
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
        this.addWatchFile(join(dir, name));
        modules[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      }
      return `export default ${JSON.stringify(articlesFromModules(modules))};`;
    },
  };
}

/**
 * `<link rel="modulepreload">` for the chunks main.ts imports dynamically (the page, and the timeline with
 * vis): the browser fetches and parses them (off the main thread) while it parses the HTML, instead of only
 * once main.ts has run and the page chunk has been evaluated. They are still evaluated in main.ts's order.
 */
function preloadDynamicChunks(entries: string[]): Plugin {
  return {
    name: 'chronicle-preload-dynamic-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((output) => output.type === 'chunk');
        const wanted = chunks.filter((chunk) => entries.some((entry) => chunk.facadeModuleId?.endsWith(entry)));
        const entry = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const files = new Set(wanted.flatMap((chunk) => [chunk.fileName, ...chunk.imports]).filter((file) => !entry.has(file)));
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// One config for the web app (dev server and static build) and for vitest.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  // vis-timeline alone is ~500 kB minified (≈270 kB gzip for the whole page); one chunk is fine for a static site.
  build: { outDir: '../web-dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { fs: { allow: ['..'] } },
  plugins: [bundledArticles(), preloadDynamicChunks(['/web/page.ts', '/web/timeline-view.ts'])],
  // The worker reads the bundled articles too: it starts on the article the page's URL names (engine.worker.ts).
  worker: { format: 'es', plugins: () => [bundledArticles()] },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
