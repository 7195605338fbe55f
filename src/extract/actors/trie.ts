// A trie over lower-cased tokens. Each phrase keeps its cased tokens so a
// match can be case-aware ("US" the country is not "us" the pronoun) while the
// walk itself stays one map lookup per token. The maps are keyed by the
// token's hash (which the tokenizer computes while it scans) and the key is
// then compared with the text in place, so the walk makes no string.
import { hashLower, IS_ALL_CAPS, IS_CAP, TokenTable, WordFilter, type Token } from "./tokens.js";

export interface TrieNode<T> {
  /** The lower-cased token leading here. */
  key: string;
  next: Map<number, TrieNode<T>>;
  /** Another child of the same parent whose key has the same hash. */
  alt: TrieNode<T> | null;
  values: { value: T; cased: CasedToken[]; caseSensitive: boolean }[];
}

/** A phrase token as written, with what its case asks of the text. */
interface CasedToken {
  text: string;
  /** Starts with a capital: the text's token must too. */
  upper: boolean;
  /** Two or more capitals and nothing else ("US"): the text's token must be all capitals unless written exactly so. */
  allCaps: boolean;
}

export interface TrieMatch<T> {
  /** Token index after the last matched token. */
  end: number;
  values: T[];
}

function node<T>(key: string): TrieNode<T> {
  return { key, next: new Map(), alt: null, values: [] };
}

export class TokenTrie<T> {
  readonly root: TrieNode<T> = node("");
  maxDepth = 0;
  /** The words phrases start with: most tokens start none, and are turned away before the root lookup. */
  private readonly starts = new WordFilter();

  add(tokens: string[], value: T, caseSensitive: boolean): void {
    if (tokens.length === 0) return;
    this.starts.add(tokens[0]!.toLowerCase());
    let at = this.root;
    for (const t of tokens) {
      const key = t.toLowerCase();
      const h = hashLower(key);
      const first = at.next.get(h);
      let child: TrieNode<T> | null | undefined = first;
      while (child && child.key !== key) child = child.alt;
      if (!child) {
        child = node(key);
        child.alt = first ?? null;
        at.next.set(h, child);
      }
      at = child;
    }
    const cased = tokens.map((text) => ({
      text,
      upper: text[0] !== text[0]!.toLowerCase(),
      allCaps: text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase(),
    }));
    at.values.push({ value, cased, caseSensitive });
    this.maxDepth = Math.max(this.maxDepth, tokens.length);
  }

  /** False for most token hashes that start no phrase; never false for one that does. */
  mayStart(hash: number): boolean {
    return this.starts.mayHave(hash);
  }

  /** The longest phrase starting at tokens[i] (within its sentence), with every value whose case fits. */
  longest(tokens: TokenTable | Token[], i: number): TrieMatch<T> | null {
    const table = Array.isArray(tokens) ? TokenTable.of(tokens) : tokens;
    if (!(i >= 0 && i < table.length) || !this.starts.mayHave(table.hash[i]!)) return null;
    let at: TrieNode<T> = this.root;
    let best: TrieMatch<T> | null = null;
    const sentence = table.sentence[i]!;
    for (let j = i; j < table.length && table.sentence[j] === sentence; j++) {
      let child: TrieNode<T> | null | undefined = at.next.get(table.hash[j]!);
      while (child && !table.lowerIs(j, child.key)) child = child.alt;
      if (!child) break;
      at = child;
      if (at.values.length > 0) {
        let fit: T[] | null = null;
        for (const v of at.values) {
          if (v.caseSensitive && !caseFits(v.cased, table, i)) continue;
          (fit ??= []).push(v.value);
        }
        if (fit) best = { end: j + 1, values: fit };
      }
    }
    return best;
  }
}

/** Every token starts with the same case as the phrase's token, or is written all in capitals. */
function caseFits(cased: CasedToken[], tokens: TokenTable, i: number): boolean {
  for (let k = 0; k < cased.length; k++) {
    const want = cased[k]!;
    if (tokens.textIs(i + k, want.text)) continue;
    const f = tokens.flags[i + k]!;
    if (want.upper !== ((f & IS_CAP) !== 0)) return false;
    // "US" must not match "Us": an all-capitals phrase token needs all capitals in the text.
    if (want.allCaps && !(f & IS_ALL_CAPS)) return false;
  }
  return true;
}
