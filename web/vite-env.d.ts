/// <reference types="vite/client" />

/** The bundled articles, validated at build time (vite.config.ts). */
declare module 'virtual:chronicle-articles' {
  const articles: import('./articles.js').BundledArticle[];
  export default articles;
}
