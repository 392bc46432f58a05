/**
 * A lookup of lower-case ASCII words read straight from the text's character codes, case-insensitively,
 * without cutting or lower-casing a string per word: the scanner walks it while reading a word.
 */
export class WordTrie<V> {
  /** Children by letter, a = 0 … z = 25. */
  private readonly children: Array<WordTrie<V> | undefined> = Array.from({ length: 26 }, () => undefined);
  private value: V | undefined;

  /** Adds a word of a–z letters; other words are not reachable from `lookup` and are refused. */
  set(word: string, value: V): void {
    if (!/^[a-z]+$/.test(word)) throw new Error(`WordTrie takes lower-case a–z words, not ${JSON.stringify(word)}`);
    let node: WordTrie<V> = this;
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97;
      let child = node.children[letter];
      if (child === undefined) {
        child = new WordTrie<V>();
        node.children[letter] = child;
      }
      node = child;
    }
    node.value = value;
  }

  /** The node after one more letter (the code of an ASCII letter, in any case), or undefined when no word goes on so. */
  next(code: number): WordTrie<V> | undefined {
    return this.children[(code | 32) - 97];
  }

  /** The value of the word read to reach this node, or undefined. */
  get word(): V | undefined {
    return this.value;
  }

  /** The value of the word text[start, end), which must be ASCII letters (in any case), or undefined. */
  lookup(text: string, start: number, end: number): V | undefined {
    let node: WordTrie<V> | undefined = this;
    for (let i = start; i < end && node !== undefined; i++) node = node.children[(text.charCodeAt(i) | 32) - 97];
    return node?.value;
  }
}
