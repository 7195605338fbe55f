// A trie over lower-cased tokens. Each phrase keeps its cased tokens so a
// match can be case-aware ("US" the country is not "us" the pronoun) while the
// walk itself stays one map lookup per token.
import { WordFilter, type Token } from "./tokens.js";

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: { value: T; cased: string[]; caseSensitive: boolean }[];
}

export interface TrieMatch<T> {
  /** Token index after the last matched token. */
  end: number;
  values: T[];
}

export class TokenTrie<T> {
  readonly root: TrieNode<T> = { next: new Map(), values: [] };
  maxDepth = 0;
  /** The words phrases start with: most tokens start none, and are turned away before the root lookup. */
  private readonly starts = new WordFilter();

  add(tokens: string[], value: T, caseSensitive: boolean): void {
    if (tokens.length === 0) return;
    this.starts.add(tokens[0]!.toLowerCase());
    let node = this.root;
    for (const t of tokens) {
      const key = t.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push({ value, cased: tokens, caseSensitive });
    this.maxDepth = Math.max(this.maxDepth, tokens.length);
  }

  /** The longest phrase starting at tokens[i] (within its sentence), with every value whose case fits. */
  longest(tokens: Token[], i: number): TrieMatch<T> | null {
    const first = tokens[i];
    if (!first || !this.starts.mayHave(first.hash)) return null;
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    const sentence = first.sentence;
    for (let j = i; j < tokens.length; j++) {
      const tok: Token = tokens[j]!;
      if (tok.sentence !== sentence) break;
      node = node.next.get(tok.lower);
      if (!node) break;
      if (node.values.length > 0) {
        let fit: T[] | null = null;
        for (const v of node.values) {
          if (v.caseSensitive && !caseFits(v.cased, tokens, i)) continue;
          (fit ??= []).push(v.value);
        }
        if (fit) best = { end: j + 1, values: fit };
      }
    }
    return best;
  }
}

/** Every token starts with the same case as the phrase's token, or is written all in capitals. */
function caseFits(cased: string[], tokens: Token[], i: number): boolean {
  for (let k = 0; k < cased.length; k++) {
    const want = cased[k]!;
    const tok = tokens[i + k]!;
    if (tok.text === want) continue;
    const wantUpper = want[0] !== want[0]!.toLowerCase();
    if (wantUpper !== tok.cap) return false;
    // "US" must not match "Us": an all-capitals phrase token needs all capitals in the text.
    if (want.length > 1 && want === want.toUpperCase() && want !== want.toLowerCase() && !tok.allCaps) return false;
  }
  return true;
}
