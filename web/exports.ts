/**
 * The three export formats of the view: the engine's JSON (the Analysis schema), TimeML (the library's
 * writer) and TimelineJS JSON (the library's converter). Each returns a file name, a MIME type and the text.
 */
import type { Analysis } from '../src/index.js';
import { writeTimeml } from '../src/timeml/writer.js';
import { formatTimelineJS } from '../src/format/timelinejs.js';

export type ExportFormat = 'json' | 'timeml' | 'timelinejs';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** Renders `analysis` of `text` in `format`; `baseName` names the file (e.g. the article id). */
export function exportAnalysis(format: ExportFormat, analysis: Analysis, text: string, baseName: string, title?: string): ExportFile {
  const safe = baseName.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'chronicle';
  switch (format) {
    case 'json':
      return { name: `${safe}.analysis.json`, type: 'application/json', text: `${JSON.stringify(analysis, null, 2)}\n` };
    case 'timeml':
      return { name: `${safe}.tml`, type: 'application/xml', text: writeTimeml(analysis, text, { docId: safe }) };
    case 'timelinejs': {
      const { timeline } = formatTimelineJS(analysis, text, title);
      return { name: `${safe}.timelinejs.json`, type: 'application/json', text: `${JSON.stringify(timeline, null, 2)}\n` };
    }
  }
}
