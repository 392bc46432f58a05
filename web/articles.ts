/**
 * The bundled articles: every `events/*.json` that is an ArticleDocument (other JSON there, such as CLI
 * regression cases, is skipped). Each article is keyed by its file name without `.json`, which is also
 * the id the URL keeps. Runs at build time (vite.config.ts makes `virtual:chronicle-articles` of it), so
 * the page never loads the schema library.
 */
import { ArticleDocument } from '../src/schema.js';

export interface BundledArticle {
  id: string;
  document: ArticleDocument;
}

/** Keeps the modules that validate as articles, sorted by id; `modules` maps a path to its JSON. */
export function articlesFromModules(modules: Record<string, unknown>): BundledArticle[] {
  const articles: BundledArticle[] = [];
  for (const [path, module] of Object.entries(modules)) {
    const json = module !== null && typeof module === 'object' && 'default' in module ? module.default : module;
    const parsed = ArticleDocument.safeParse(json);
    if (!parsed.success) continue;
    const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
    articles.push({ id, document: parsed.data });
  }
  return articles.sort((a, b) => a.id.localeCompare(b.id));
}
