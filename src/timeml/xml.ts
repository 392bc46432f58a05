/**
 * A small, fast XML tokenizer for TimeML: just enough XML to read TempEval-3 files and what Chronicle
 * writes (elements, attributes, character data, entities, comments, CDATA, processing instructions).
 * No DTDs, no namespaces: TimeML needs neither. Runs in Node and in the browser.
 */

/** One piece of an XML document, in document order. Offsets are UTF-16 offsets into the source. */
export type XmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean; offset: number }
  | { kind: 'close'; name: string; offset: number }
  /** Character data with entities decoded (CDATA sections arrive as text too). */
  | { kind: 'text'; text: string; offset: number };

/** A problem in the XML itself, with the source offset where it was found. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five XML named entities and numeric ones (`&#38;`, `&#x26;`). Anything else that looks like an
 * entity (`&Cx1f;` in old newswire headers) is kept literally, so no text is ever lost.
 */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Escapes character data for an element body. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes an attribute value for use between double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\n\r\t]/g, (c) => {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      default: return `&#${c.charCodeAt(0)};`;
    }
  });
}

const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gy;
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;

/** Splits `source` into tokens. Throws XmlSyntaxError on a tag it cannot read (unterminated, bad attribute). */
export function* tokenizeXml(source: string): Generator<XmlToken> {
  let position = 0;
  const length = source.length;
  while (position < length) {
    const lt = source.indexOf('<', position);
    if (lt === -1) {
      yield { kind: 'text', text: decodeEntities(source.slice(position)), offset: position };
      return;
    }
    if (lt > position) yield { kind: 'text', text: decodeEntities(source.slice(position, lt)), offset: position };
    if (source.startsWith('<!--', lt)) {
      position = skipPast(source, '-->', lt, 'comment');
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      if (end === -1) throw new XmlSyntaxError('a CDATA section is never closed', lt);
      yield { kind: 'text', text: source.slice(lt + 9, end), offset: lt };
      position = end + 3;
    } else if (source.startsWith('<?', lt)) {
      position = skipPast(source, '?>', lt, 'processing instruction');
    } else if (source.startsWith('<!', lt)) {
      position = skipPast(source, '>', lt, 'declaration');
    } else if (source[lt + 1] === '/') {
      const gt = source.indexOf('>', lt);
      if (gt === -1) throw new XmlSyntaxError('a closing tag is never finished with ">"', lt);
      const name = source.slice(lt + 2, gt).trim();
      if (!/^[A-Za-z_:][-A-Za-z0-9_:.]*$/.test(name)) throw new XmlSyntaxError(`"</${name}>" is not a valid closing tag`, lt);
      yield { kind: 'close', name, offset: lt };
      position = gt + 1;
    } else {
      const { token, next } = readOpenTag(source, lt);
      yield token;
      position = next;
    }
  }
}

function skipPast(source: string, terminator: string, from: number, what: string): number {
  const end = source.indexOf(terminator, from);
  if (end === -1) throw new XmlSyntaxError(`a ${what} is never closed with "${terminator}"`, from);
  return end + terminator.length;
}

function readOpenTag(source: string, lt: number): { token: XmlToken; next: number } {
  NAME.lastIndex = lt + 1;
  const nameMatch = NAME.exec(source);
  if (!nameMatch) throw new XmlSyntaxError('a "<" that does not start a tag (write &lt; for a literal "<")', lt);
  const name = nameMatch[0];
  const attributes: Record<string, string> = {};
  let position = NAME.lastIndex;
  for (;;) {
    while (position < source.length && isSpace(source.charCodeAt(position))) position++;
    const c = source[position];
    if (c === undefined) throw new XmlSyntaxError(`the <${name}> tag is never finished with ">"`, lt);
    if (c === '>') return { token: { kind: 'open', name, attributes, selfClosing: false, offset: lt }, next: position + 1 };
    if (c === '/' && source[position + 1] === '>') {
      return { token: { kind: 'open', name, attributes, selfClosing: true, offset: lt }, next: position + 2 };
    }
    ATTRIBUTE.lastIndex = position;
    const attribute = ATTRIBUTE.exec(source);
    if (!attribute || attribute.index !== position) {
      throw new XmlSyntaxError(`the <${name}> tag has a malformed attribute near "${source.slice(position, position + 20)}"`, lt);
    }
    const attributeName = attribute[1] as string;
    attributes[attributeName] = decodeEntities(attribute[2] ?? attribute[3] ?? '');
    position = ATTRIBUTE.lastIndex;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** 1-based line number of a source offset, for error messages. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}
