/** Loading input documents: events/ JSON checked against ArticleDocument, plain text, kind sniffing. */
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticleDocument, loadDocument, parseArticleDocument, plainTextInput, sniffKind } from '../src/documents.js';
import { ChronicleInputError } from '../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valid = { title: 'T', source: 'S', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut', text: 'He left Saturday.' };

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ChronicleInputError);
    return (error as Error).message;
  }
  throw new Error('expected a ChronicleInputError');
}

async function asyncMessageOf(action: () => Promise<unknown>): Promise<string> {
  const error = await action().then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ChronicleInputError);
  return (error as Error).message;
}

describe('parseArticleDocument', () => {
  it('accepts a valid document', () => {
    expect(parseArticleDocument(JSON.stringify(valid), 'a.json')).toEqual(valid);
  });

  it('names the file and every offending field', () => {
    const message = messageOf(() => parseArticleDocument(JSON.stringify({ ...valid, title: '', text: 3, publicationDate: undefined }), 'a.json'));
    expect(message).toContain('a.json: title must not be empty');
    expect(message).toContain('a.json: text must be a string, not number 3');
    expect(message).toContain('a.json: publicationDate is missing');
  });

  it('reports invalid JSON with a line and column', () => {
    expect(messageOf(() => parseArticleDocument('{\n"title": "x",\n"text": }', 'b.json'))).toMatch(/^b\.json: is not valid JSON \(.*\)$/);
    expect(messageOf(() => parseArticleDocument('{"title": "x"', 'b.json'))).toMatch(/^b\.json: is not valid JSON \(.* at line 1, column 14\)$/);
    expect(messageOf(() => parseArticleDocument('{"title": "x", "text": }', 'b.json'))).toBe("b.json: is not valid JSON (Unexpected token '}')");
    expect(messageOf(() => parseArticleDocument('{"a": 1,\n}', 'b.json'))).toMatch(/at line 2, column 1\)$/);
  });

  it('rejects an impossible date, an unknown zone and an empty file', () => {
    expect(messageOf(() => parseArticleDocument(JSON.stringify({ ...valid, publicationDate: '2017-02-30' }), 'c.json'))).toMatch(
      /^c\.json: publicationDate "2017-02-30" is not a real calendar date/,
    );
    expect(messageOf(() => parseArticleDocument(JSON.stringify({ ...valid, timeZone: 'Asia/Atlantis' }), 'c.json'))).toMatch(
      /^c\.json: timeZone "Asia\/Atlantis" is not a known IANA time zone/,
    );
    expect(messageOf(() => parseArticleDocument(' \n', 'c.json'))).toBe('c.json: is empty: there is no text to analyse');
  });

  it('names every problem of a file in one message, the shape and the date and zone', () => {
    const message = messageOf(() => parseArticleDocument(JSON.stringify({ ...valid, text: 5, publicationDate: '2017-02-30', timeZone: 'Mars/Base' }), 'd.json'));
    expect(message.split('\n')).toEqual([
      'd.json: text must be a string, not number 5',
      'd.json: publicationDate "2017-02-30" is not a real calendar date (February 2017 has no day 30)',
      'd.json: timeZone "Mars/Base" is not a known IANA time zone (for example Asia/Beirut or America/New_York)',
    ]);
  });

  it('the seed article in events/ is valid', async () => {
    const document = await loadArticleDocument('events/ap-2017-09-02-islamic-state-convoy.json');
    expect(document.timeZone).toBe('Asia/Beirut');
  });

  it('a missing file and a folder are named', async () => {
    expect(await asyncMessageOf(() => loadArticleDocument(join(dir, 'none.json')))).toBe(`${join(dir, 'none.json')}: no such file`);
    mkdirSync(join(dir, 'folder.json'), { recursive: true });
    expect(await asyncMessageOf(() => loadArticleDocument(join(dir, 'folder.json')))).toMatch(/folder\.json: is a directory/);
  });
});

describe('plain text', () => {
  it('needs a publication date', () => {
    expect(messageOf(() => plainTextInput('Today.', 'stdin', { publicationDate: undefined }))).toMatch(/^stdin: is plain text.*--on/);
  });

  it('keeps the zone only when given', () => {
    expect(plainTextInput('Today.', 'x', { publicationDate: '2017-09-02' })).toEqual({ text: 'Today.', publicationDate: '2017-09-02' });
    expect(plainTextInput('Today.', 'x', { publicationDate: '2017-09-02', timeZone: 'UTC' }).timeZone).toBe('UTC');
  });
});

describe('loadDocument', () => {
  it('recognises the kind by extension, then by the first character', () => {
    expect(sniffKind('a.json', 'x')).toBe('article');
    expect(sniffKind('a.tml', '{')).toBe('timeml');
    expect(sniffKind('a.txt', '{')).toBe('text');
    expect(sniffKind('-', '  {"title": 1}')).toBe('article');
    expect(sniffKind('-', '<?xml version="1.0"?>')).toBe('timeml');
    expect(sniffKind('-', 'He left Saturday.')).toBe('text');
  });

  it('reads a document from a stream, and --on / --zone override its own', async () => {
    const stdin = Readable.from([Buffer.from(JSON.stringify(valid))]);
    const loaded = await loadDocument('-', { publicationDate: '2017-09-09', timeZone: 'UTC' }, undefined, stdin);
    expect(loaded).toMatchObject({ kind: 'article', source: 'stdin', title: 'T' });
    expect(loaded.input).toEqual({ text: valid.text, publicationDate: '2017-09-09', timeZone: 'UTC' });
  });

  it('plain text files need --on', async () => {
    const path = join(dir, 'note.txt');
    writeFileSync(path, 'He left Saturday.');
    expect(await asyncMessageOf(() => loadDocument(path, { publicationDate: undefined }))).toMatch(/note\.txt: is plain text/);
    expect((await loadDocument(path, { publicationDate: '2017-09-02' })).input.text).toBe('He left Saturday.');
  });

  it('TimeML without a reader is refused clearly', async () => {
    const path = join(dir, 'doc.tml');
    writeFileSync(path, '<TimeML></TimeML>');
    expect(await asyncMessageOf(() => loadDocument(path, { publicationDate: undefined }))).toMatch(/doc\.tml: is a TimeML document/);
  });
});
