/**
 * What a URL hash opens: the bundled article it names (or the reader's own text, or the first bundled
 * article), with the publication date and zone in force. Shared by the page (which fills its fields with it)
 * and the engine worker (which starts analysing it as soon as it boots, before the page has asked). Pure.
 */
import type { AnalyzeInput } from '../src/index.js';
import type { BundledArticle } from './articles.js';
import type { ViewState } from './view-state.js';

export interface Opening {
  /** The bundled article shown, or undefined for the reader's own text. */
  article: BundledArticle | undefined;
  /** The own text as the URL gives it (empty when an article is shown). */
  ownText: string;
  date: string;
  zone: string;
}

export function openingOf(state: ViewState, articles: BundledArticle[]): Opening {
  const named = articles.find((candidate) => candidate.id === state.article);
  const own = !named && state.text !== undefined;
  const article = named ?? (own ? undefined : articles[0]);
  return {
    article,
    ownText: state.text ?? '',
    date: state.date ?? article?.document.publicationDate ?? '',
    zone: state.zone ?? article?.document.timeZone ?? '',
  };
}

/**
 * The engine input the page sends for `opening`: the article's text or the own text with the line breaks a
 * textarea gives (CR LF and CR read as LF), date and zone trimmed.
 */
export function inputOf(opening: Opening): AnalyzeInput {
  const text = opening.article ? opening.article.document.text : opening.ownText.replace(/\r\n?/g, '\n');
  return { text, publicationDate: opening.date.trim(), timeZone: opening.zone.trim() };
}

/** Whether two engine inputs ask for the same analysis. */
export function sameInput(a: AnalyzeInput, b: AnalyzeInput): boolean {
  return a.text === b.text && a.publicationDate === b.publicationDate && a.timeZone === b.timeZone && a.documentType === b.documentType;
}
