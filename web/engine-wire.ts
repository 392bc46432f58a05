/**
 * How an analysis crosses from the worker to the page. A diagnostic quotes the article (`text` is the
 * stretch from `start` to `end`), and a contradiction between far-apart mentions quotes everything between
 * them: on a generated 1,000-event article that is ~50 MB of quotes, seconds of copying between threads.
 * The page already has the article, so a quote that is exactly `text.slice(start, end)` is left out by the
 * worker and cut again on the page (a slice of the page's own string, no copy). Lossless: the page gets the
 * very analysis the engine returned.
 */
import type { Analysis, Diagnostic } from '../src/index.js';

/** A diagnostic on the wire: `text` is absent when it is the article's text from `start` to `end`. */
export type WireDiagnostic = Omit<Diagnostic, 'text'> & { text?: string };
export type WireAnalysis = Omit<Analysis, 'diagnostics'> & { diagnostics: WireDiagnostic[] };

/** Drops every diagnostic quote that the page can cut from `text` itself. */
export function packAnalysis(analysis: Analysis, text: string): WireAnalysis {
  const diagnostics = analysis.diagnostics.map((diagnostic): WireDiagnostic => {
    if (diagnostic.text !== text.slice(diagnostic.start, diagnostic.end)) return diagnostic;
    const { text: _quoted, ...rest } = diagnostic;
    return rest;
  });
  return { ...analysis, diagnostics };
}

/** Puts the quotes back (the inverse of `packAnalysis` for the same `text`). */
export function unpackAnalysis(wire: WireAnalysis, text: string): Analysis {
  const diagnostics = wire.diagnostics.map((diagnostic): Diagnostic =>
    diagnostic.text !== undefined ? { ...diagnostic, text: diagnostic.text } : { ...diagnostic, text: text.slice(diagnostic.start, diagnostic.end) });
  return { ...wire, diagnostics };
}
