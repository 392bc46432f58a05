/**
 * The articles bundled into the site: validated at build time by the `virtual:chronicle-articles` plugin of
 * vite.config.ts (see articles.ts), so this module is plain data.
 */
import articles from 'virtual:chronicle-articles';
import type { BundledArticle } from './articles.js';

export function bundledArticles(): BundledArticle[] {
  return articles;
}
