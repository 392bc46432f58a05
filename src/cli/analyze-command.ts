/**
 * `chronicle analyze FILE|- [--on DATE] [--zone ZONE] [--format table|json|timeml|timelinejs]`: analyses an
 * events/ JSON document, a TimeML document or plain text, and prints the result in the chosen format.
 */
import { analyze } from '../analyze.js';
import { loadDocument, type LoadedDocument } from '../documents.js';
import type { Analysis } from '../schema.js';
import { formatTable } from '../format/table.js';
import { formatTimelineJS } from '../format/timelinejs.js';
import type { Command } from './command.js';
import { ExitCode, writeText, type CliIO } from './io.js';
import { readTimemlDocument, writeTimemlDocument } from './timeml-bridge.js';
import { expectChoice, expectPositionals, parseCommandLine } from './usage.js';

export const ANALYZE_FORMATS = ['table', 'json', 'timeml', 'timelinejs'] as const;
export type AnalyzeFormat = (typeof ANALYZE_FORMATS)[number];

interface AnalyzeValues {
  on?: string;
  zone?: string;
  format?: string;
}

const synopsis = 'chronicle analyze FILE|- [--on DATE] [--zone ZONE] [--format table|json|timeml|timelinejs]';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse an article (events/ JSON, TimeML or plain text) into a chronology',
  synopsis,
  help: `Usage: ${synopsis}

Finds and resolves the time expressions of an article, attaches its events and orders them.

FILE is one of:
  an events/ JSON document  {title, source, url?, publicationDate, timeZone, text}   (.json, or starts with "{")
  a TimeML document         TempEval-3 .tml; the DCT day is the publication date     (.tml/.xml, or starts with "<")
  plain text                anything else; --on is then required
  -                         read the document from standard input (kind recognised by its first character)

Options:
  --on DATE       publication date, ISO 8601 (required for plain text; overrides a document's own)
  --zone ZONE     IANA time zone of the article (overrides a document's own; plain text defaults to UTC)
  --format F      table (default: a readable chronology), json (the Analysis schema), timeml, timelinejs
  -h, --help      show this help

Exit codes: 0 analysed, 1 bad input document (missing, invalid JSON, impossible date, unknown zone, empty), 2 usage.

Examples:
  chronicle analyze events/ap-2017-09-02-islamic-state-convoy.json
  pbpaste | chronicle analyze - --on 2017-09-02 --zone Asia/Beirut --format json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine<AnalyzeValues>(args, {
      on: { type: 'string' },
      zone: { type: 'string' },
      format: { type: 'string' },
    });
    expectPositionals(positionals, 1, 1, 'FILE (a document path, or - for standard input)');
    const format = expectChoice('format', values.format, ANALYZE_FORMATS) ?? 'table';
    const document = await loadDocument(
      positionals[0] ?? '-',
      { publicationDate: values.on, timeZone: values.zone },
      readTimemlDocument,
      io.stdin,
    );
    const analysis = analyze(document.input);
    await writeText(io.stdout, render(format, analysis, document, io));
    return ExitCode.ok;
  },
};

/** The analysis in the requested format. */
function render(format: AnalyzeFormat, analysis: Analysis, document: LoadedDocument, io: CliIO): string {
  const text = document.input.text;
  switch (format) {
    case 'json':
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'timeml':
      return writeTimemlDocument(analysis, text, document.title ?? document.source);
    case 'timelinejs': {
      const { timeline, omitted } = formatTimelineJS(analysis, text, document.title);
      if (omitted.length > 0) {
        const shown = omitted.length > 8 ? `${omitted.slice(0, 8).join(', ')}, …` : omitted.join(', ');
        io.stderr.write(`chronicle analyze: ${omitted.length} event(s) left out of the timeline (no start date): ${shown}\n`);
      }
      return `${JSON.stringify(timeline, null, 2)}\n`;
    }
    case 'table':
      return formatTable(analysis, { text, title: document.title, source: document.source });
  }
}
