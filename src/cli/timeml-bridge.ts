/**
 * The CLI's one connection to the TimeML interchange code (`src/timeml/`): reading a .tml document as an
 * analysis input, and writing an analysis as TimeML.
 */
import type { Analysis } from '../schema.js';
import type { LoadedDocument } from '../documents.js';
import { parseTimeml, timemlToAnalyzeInput } from '../timeml/reader.js';
import { writeTimeml } from '../timeml/writer.js';

/** Reads TimeML source as a document to analyse: its TEXT, its DCT day as the publication date. */
export function readTimemlDocument(xml: string, source: string): LoadedDocument {
  const document = parseTimeml(xml, source);
  return { kind: 'timeml', source, title: document.docId, input: timemlToAnalyzeInput(document) };
}

/** Writes an analysis as TimeML 1.2.1 (TIMEX3, EVENT, MAKEINSTANCE, TLINK) that `readTimemlDocument` reads back. */
export function writeTimemlDocument(analysis: Analysis, text: string, docId: string): string {
  const xml = writeTimeml(analysis, text, { docId: docId.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') });
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}
