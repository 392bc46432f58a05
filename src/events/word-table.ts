/**
 * A fixed table of words → values, looked up by a lowercase word: an open-addressing hash table of our own
 * (linear probing, at most a quarter full). A Map would first have V8 hash each fresh token string, which cost
 * twice this lookup on the corpora; here the hash is a short loop over the word's character codes.
 */
const EMPTY_SLOT = -1;

/** The code a word's lowercase form has at a code of the text: A–Z folded to a–z, ’ to ' (as tokens are folded). */
const foldedCode = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code === 0x2019 ? 39 : code);

/** The table's hash of a word (31-multiplier over UTF-16 codes). */
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * Bits of a filter of 2^16 bits (8 KB) set by the hash of each word the table holds (bits the slot index does not
 * read much: the high half folded onto the low), tested before the slots: a word the table does not hold (about
 * half of a text's words: names, numbers of letters, rare words) is mostly turned away by one bit of a buffer
 * that stays in the cache, without reading the slots (64 times its size), which the work between lookups has
 * pushed out of it.
 */
const filterBit = (hash: number): number => (hash ^ (hash >>> 16)) & 0xffff;

/** Longest word the table holds, and most codes of all its words: a slot packs a word's code start and length in 31 bits. */
const MAX_WORD_LENGTH = 255;
const MAX_CODES = 1 << 23;

export class WordTable<T> {
  private readonly words: string[] = [];
  private readonly values: T[] = [];
  /**
   * Two numbers per slot: the word's number (EMPTY_SLOT for none), then where its codes start in `codes` times 256
   * plus its length — so that a lookup reads one slot, not a slot and then the word's place in a second array
   * (the text's words are looked up between other work that has pushed the table out of the caches).
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * Every word's codes, one after another: `getFoldedHashed` compares a token with these (one buffer the cache
   * keeps) instead of reading the word's own string.
   */
  private readonly codes: Uint16Array;
  /** The filter of the words' hashes (see filterBit), 32 bits an element. */
  private readonly filter = new Int32Array(1 << 11);

  /** The table of `entries`; a word given twice keeps its first value. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Set<string>();
    for (const [word, value] of entries) {
      if (seen.has(word)) continue;
      seen.add(word);
      this.words.push(word);
      this.values.push(value);
    }
    let size = 1;
    while (size < 4 * this.words.length) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size).fill(EMPTY_SLOT);
    const starts: number[] = [0];
    for (const word of this.words) {
      if (word.length > MAX_WORD_LENGTH) throw new RangeError(`WordTable: "${word.slice(0, 20)}…" is longer than ${MAX_WORD_LENGTH} characters`);
      starts.push((starts[starts.length - 1] as number) + word.length);
    }
    if ((starts[this.words.length] as number) >= MAX_CODES) throw new RangeError(`WordTable: more than ${MAX_CODES} characters of words`);
    this.codes = new Uint16Array(starts[this.words.length] as number);
    this.words.forEach((word, k) => {
      for (let i = 0; i < word.length; i++) this.codes[(starts[k] as number) + i] = word.charCodeAt(i);
      const hash = hashOf(word);
      const bit = filterBit(hash);
      this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
      let slot = hash & this.mask;
      while (this.slots[2 * slot] !== EMPTY_SLOT) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = k;
      this.slots[2 * slot + 1] = (starts[k] as number) * 256 + word.length;
    });
  }

  /** The value of `word`, or undefined when the table does not hold it. */
  get(word: string): T | undefined {
    for (let slot = hashOf(word) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[2 * slot] as number;
      if (k === EMPTY_SLOT) return undefined;
      if (this.words[k] === word) return this.values[k];
    }
  }

  /**
   * The value of the word at text[start, end) with A–Z lowercased and ’ read as ' (the lowercase form of a token
   * with no other non-ASCII character), found without making the word's string; undefined when not held.
   */
  getFolded(text: string, start: number, end: number): T | undefined {
    let h = 0;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + foldedCode(text.charCodeAt(i))) | 0;
    return this.getFoldedHashed(h, text, start, end);
  }

  /** `getFolded`, given the hash of the folded word (as `hashOf` computes it: the tokenizer hashes as it reads). */
  getFoldedHashed(hash: number, text: string, start: number, end: number): T | undefined {
    const k = this.numberFoldedHashed(hash, text, start, end);
    return k === EMPTY_SLOT ? undefined : this.values[k];
  }

  /** The number of the word `getFoldedHashed` finds (its place in the entries given, counting each word once), else −1. */
  numberFoldedHashed(hash: number, text: string, start: number, end: number): number {
    const bit = filterBit(hash);
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return EMPTY_SLOT;
    const length = end - start;
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = slots[2 * slot] as number;
      if (k === EMPTY_SLOT) return EMPTY_SLOT;
      const place = slots[2 * slot + 1] as number;
      if ((place & 255) === length && this.sameFolded(place >>> 8, text, start, length)) return k;
    }
  }

  /** True when the `length` codes of a word from `from` in `codes` equal the folded text from `start` on. */
  private sameFolded(from: number, text: string, start: number, length: number): boolean {
    const codes = this.codes;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(start + i);
      // Most codes are already folded (lowercase letters): the fold is tested only on a mismatch.
      if (codes[from + i] !== code && codes[from + i] !== foldedCode(code)) return false;
    }
    return true;
  }
}
