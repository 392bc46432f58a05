/**
 * `npm run digest [-- --verbose]`: a fingerprint of everything `analyze` returns, to check that a change meant
 * to be behaviour-neutral (a speed-up, a refactoring) leaves the output byte-identical.
 *
 * It runs `analyze` over fixed input sets and prints, for each set, the sha256 of the JSON of every analysis
 * (in order, one per line) and a total. Sets:
 *   - the TimeBank and AQUAINT TEXTs (when ../shared is present) with their DCT, in UTC as `npm run eval` does,
 *   - the same TEXTs in America/New_York, and as `narrative` documents (the other resolution paths),
 *   - the articles of events/ (in their own zone),
 *   - generated articles (test/sequence-generated.ts) of 50, 500 and 1,200 sentences (the last one is sequenced
 *     in windows, src/sequence/window.ts).
 * `--verbose` also prints one digest per document, to find which one changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { ArticleDocument, type AnalyzeInput } from '../src/schema.js';
import { readTimemlFolder } from '../src/timeml/files.js';
import { timemlToAnalyzeInput } from '../src/timeml/reader.js';
import { generatedArticle } from '../test/sequence-generated.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = resolve(ROOT, '../shared/corpora/tbaq');
const VERBOSE = process.argv.includes('--verbose');

interface NamedInput {
  readonly name: string;
  readonly input: AnalyzeInput;
}

function corpusInputs(folder: string, timeZone: string, documentType: AnalyzeInput['documentType']): NamedInput[] {
  return readTimemlFolder(join(CORPORA, folder)).map((d) => ({
    name: d.docId,
    input: { ...timemlToAnalyzeInput(d, timeZone), ...(documentType && { documentType }) },
  }));
}

function articleInputs(): NamedInput[] {
  const folder = join(ROOT, 'events');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && !name.startsWith('cases.'))
    .sort()
    .map((name) => {
      const article = ArticleDocument.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      return { name, input: { text: article.text, publicationDate: article.publicationDate, timeZone: article.timeZone } };
    });
}

function generatedInputs(): NamedInput[] {
  return [50, 500, 1200].map((sentences) => ({
    name: `generated-${sentences}`,
    input: { text: generatedArticle(sentences), publicationDate: '2017-09-02', timeZone: 'Europe/London' },
  }));
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The digest of one set: sha256 over the analyses' JSON, one line each (a thrown error is part of the output). */
function digestSet(label: string, inputs: readonly NamedInput[], total: ReturnType<typeof createHash>): void {
  const hash = createHash('sha256');
  for (const { name, input } of inputs) {
    let json: string;
    try {
      json = JSON.stringify(analyze(input));
    } catch (error) {
      json = `THROWS ${error instanceof Error ? error.message : String(error)}`;
    }
    hash.update(json).update('\n');
    total.update(json).update('\n');
    if (VERBOSE) console.log(`  ${sha256(json).slice(0, 16)}  ${label} ${name}`);
  }
  console.log(`${hash.digest('hex')}  ${label} (${inputs.length} documents)`);
}

const sets: Array<[string, () => NamedInput[]]> = [];
if (existsSync(join(CORPORA, 'TimeBank')) && existsSync(join(CORPORA, 'AQUAINT'))) {
  sets.push(
    ['TimeBank UTC', () => corpusInputs('TimeBank', 'UTC', undefined)],
    ['AQUAINT UTC', () => corpusInputs('AQUAINT', 'UTC', undefined)],
    ['TimeBank America/New_York', () => corpusInputs('TimeBank', 'America/New_York', undefined)],
    ['AQUAINT narrative Asia/Kolkata', () => corpusInputs('AQUAINT', 'Asia/Kolkata', 'narrative')],
  );
} else {
  console.log(`(${CORPORA} is absent: corpus sets skipped)`);
}
sets.push(['events/ articles', articleInputs], ['generated articles', generatedInputs]);

const total = createHash('sha256');
for (const [label, inputs] of sets) digestSet(label, inputs(), total);
console.log(`${total.digest('hex')}  TOTAL`);
