/**
 * A lookup of lower-case ASCII words read straight from the text's character codes, case-insensitively,
 * without cutting or lower-casing a string per word: the scanner walks it while reading a word. The nodes are
 * numbers and their children rows of one typed array, so that a step reads one number (when a text begins, the
 * resolution of the one before has pushed the scanner's data out of the caches).
 */
export class WordTrie<V> {
  /** The root node, where every walk starts. */
  static readonly ROOT = 0;
  /** The child of node n by letter (a = 0 … z = 25) at n * 26 + letter; 0 for none (the root is no one's child). */
  private children = new Int32Array(26 * 64);
  private readonly values: Array<V | undefined> = [undefined];

  /** Adds a word of a–z letters; other words are not reachable from `lookup` and are refused. */
  set(word: string, value: V): void {
    if (!/^[a-z]+$/.test(word)) throw new Error(`WordTrie takes lower-case a–z words, not ${JSON.stringify(word)}`);
    let node = WordTrie.ROOT;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + word.charCodeAt(i) - 97;
      let child = this.children[slot]!;
      if (child === 0) {
        child = this.addNode();
        this.children[slot] = child;
      }
      node = child;
    }
    this.values[node] = value;
  }

  /**
   * The node after one more letter (the code of an ASCII letter, in any case) from `node`, or 0 when no word
   * goes on so (0 is also the root: callers stop at a 0 after the first step).
   */
  step(node: number, code: number): number {
    return this.children[node * 26 + ((code | 32) - 97)]!;
  }

  /** The value of the word read to reach `node`, or undefined. */
  valueAt(node: number): V | undefined {
    return this.values[node];
  }

  /** The value of the word text[start, end), which must be ASCII letters (in any case), or undefined. */
  lookup(text: string, start: number, end: number): V | undefined {
    let node = WordTrie.ROOT;
    for (let i = start; i < end; i++) {
      node = this.step(node, text.charCodeAt(i));
      if (node === 0) return undefined;
    }
    return this.values[node];
  }

  private addNode(): number {
    const node = this.values.length;
    if ((node + 1) * 26 > this.children.length) {
      const grown = new Int32Array(this.children.length * 2);
      grown.set(this.children);
      this.children = grown;
    }
    this.values.push(undefined);
    return node;
  }
}
