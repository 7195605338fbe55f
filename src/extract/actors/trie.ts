// A trie over lower-cased tokens. Each phrase keeps its cased tokens so a
// match can be case-aware ("US" the country is not "us" the pronoun) while the
// walk itself stays one table lookup per token. The lookup is keyed by the
// token's hash (which the tokenizer computes while it scans) and the key is
// then compared with the text in place, so the walk makes no string.
import { hashLower, IS_ALL_CAPS, IS_CAP, spread, TokenTable, WordFilter, type Token } from "./tokens.js";

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
  /** The walk's view of the nodes, made on the first walk after an add (see FlatTrie). */
  private flat: FlatTrie<T> | null = null;

  add(tokens: string[], value: T, caseSensitive: boolean): void {
    if (tokens.length === 0) return;
    this.flat = null;
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
    const flat = (this.flat ??= flatten(this.root));
    let at = 0;
    let best: TrieMatch<T> | null = null;
    const sentence = table.sentence[i]!;
    for (let j = i; j < table.length && table.sentence[j] === sentence; j++) {
      at = flat.child(at, table, j);
      if (at < 0) break;
      const values = flat.values[at]!;
      if (values !== null) {
        let fit: T[] | null = null;
        for (const v of values) {
          if (v.caseSensitive && !caseFits(v.cased, table, i)) continue;
          (fit ??= []).push(v.value);
        }
        if (fit) best = { end: j + 1, values: fit };
      }
    }
    return best;
  }
}

/**
 * The nodes numbered (the root 0) and every parent-to-child link in one open-addressed table keyed
 * by parent and token hash: a walk reads a few typed-array slots per token, where a Map per node
 * made it chase pointers through the heap (the walk runs on a fifth of all tokens, and with two
 * threads busy it slowed by a quarter, more than the compute-bound steps beside it).
 */
class FlatTrie<T> {
  readonly keys: string[] = [];
  readonly values: (TrieNode<T>["values"] | null)[] = [];
  private readonly mask: number;
  /** Per slot, side by side so that a probe reads one cache line: parent, token hash, child (-1: empty), unused. */
  private readonly slots: Int32Array;
  /**
   * A 64-kbit filter over the links (8 KB, so it stays in cache where the table does not): most
   * walks end at their second token ("the" is followed by no phrase's word), and the filter ends
   * them without reading the table.
   */
  private readonly linkBits = new Uint32Array(2048);

  constructor(links: number) {
    let size = 16;
    while (size < links * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4).fill(-1);
  }

  add(node: TrieNode<T>): number {
    this.keys.push(node.key);
    this.values.push(node.values.length > 0 ? node.values : null);
    return this.keys.length - 1;
  }

  link(parent: number, hash: number, child: number): void {
    const m = slot(parent, hash);
    this.linkBits[m >>> 21]! |= 1 << ((m >>> 16) & 31);
    let s = m & this.mask;
    while (this.slots[s * 4 + 2] !== -1) s = (s + 1) & this.mask;
    this.slots[s * 4] = parent;
    this.slots[s * 4 + 1] = hash;
    this.slots[s * 4 + 2] = child;
  }

  /** The child of `node` for token j of `table`; -1 when there is none. */
  child(node: number, table: TokenTable, j: number): number {
    const h = table.hash[j]!;
    const m = slot(node, h);
    if ((this.linkBits[m >>> 21]! & (1 << ((m >>> 16) & 31))) === 0) return -1;
    const slots = this.slots;
    for (let s = m & this.mask; ; s = (s + 1) & this.mask) {
      const c = slots[s * 4 + 2]!;
      if (c === -1) return -1;
      // Two keys may share a hash: the text decides.
      if (slots[s * 4] === node && slots[s * 4 + 1] === h && table.lowerIs(j, this.keys[c]!)) return c;
    }
  }
}

/** Where the link from `parent` by a token of hash `hash` sits: in the table (low bits) and in its filter (high bits). */
function slot(parent: number, hash: number): number {
  return spread(hash ^ Math.imul(parent, 0x9e3779b1));
}

function flatten<T>(root: TrieNode<T>): FlatTrie<T> {
  const order: TrieNode<T>[] = [];
  const links: [TrieNode<T>, number, TrieNode<T>][] = [];
  const visit = (n: TrieNode<T>): void => {
    order.push(n);
    for (const [h, first] of n.next) {
      for (let c: TrieNode<T> | null = first; c; c = c.alt) {
        links.push([n, h, c]);
        visit(c);
      }
    }
  };
  visit(root);
  const flat = new FlatTrie<T>(links.length);
  const id = new Map<TrieNode<T>, number>();
  for (const n of order) id.set(n, flat.add(n));
  for (const [p, h, c] of links) flat.link(id.get(p)!, h, id.get(c)!);
  return flat;
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
