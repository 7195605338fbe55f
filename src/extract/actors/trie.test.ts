import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hashLower, TokenTable, tokenizeString, type Token } from "./tokens.js";
import { TokenTrie } from "./trie.js";

// The trie as first written: keyed by lower-case strings, reading Token objects. The hash-keyed walk over a TokenTable must agree.
function referenceLongest<T>(phrases: [string[], T, boolean][], tokens: Token[], i: number): { end: number; values: T[] } | null {
  let best: { end: number; values: T[] } | null = null;
  for (let len = 1; i + len <= tokens.length; len++) {
    const span = tokens.slice(i, i + len);
    if (span.some((t) => t.sentence !== tokens[i]!.sentence)) break;
    const fit = phrases
      .filter(([words, , cs]) => words.length === len && words.every((w, k) => w.toLowerCase() === span[k]!.lower) && (!cs || caseFits(words, span)))
      .map(([, v]) => v);
    if (fit.length > 0) best = { end: i + len, values: fit };
  }
  return best;
}
function caseFits(cased: string[], span: Token[]): boolean {
  return cased.every((want, k) => {
    const tok = span[k]!;
    if (tok.text === want) return true;
    if ((want[0] !== want[0]!.toLowerCase()) !== tok.cap) return false;
    return !(want.length > 1 && want === want.toUpperCase() && want !== want.toLowerCase() && !tok.allCaps);
  });
}

function table(text: string, sentenceAt: number): TokenTable {
  const t = new TokenTable(text);
  t.scan(0, sentenceAt, 0);
  t.scan(sentenceAt, text.length, 1);
  return t;
}

describe("token trie over a token table", () => {
  it("tells apart two words with the same hash", () => {
    expect(hashLower("an")).toBe(hashLower("c0"));
    const trie = new TokenTrie<string>();
    trie.add(["an", "X"], "an-x", false);
    trie.add(["c0", "Y"], "c0-y", false);
    const t = table("c0 Y an X c0 X", 0);
    expect(trie.longest(t, 0)).toEqual({ end: 2, values: ["c0-y"] });
    expect(trie.longest(t, 2)).toEqual({ end: 4, values: ["an-x"] });
    expect(trie.longest(t, 4)).toBeNull();
  });

  it("agrees with a string-keyed trie on any phrases and text", () => {
    const word = fc.constantFrom("US", "us", "Us", "an", "c0", "AN", "Foreign", "foreign", "Minister", "Путин", "путин", "Kassym-Jomart", "ex", "of", ",", "'", "U", ".");
    const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.nat(9), fc.boolean());
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 8 }), fc.array(word, { maxLength: 12 }), fc.nat(), (phrases, words, cut) => {
        const trie = new TokenTrie<number>();
        const added: [string[], number, boolean][] = [];
        for (const [ws, v, cs] of phrases) {
          const cased = tokenizeString(ws.join(" ")).map((t) => t.text);
          trie.add(cased, v, cs);
          added.push([cased, v, cs]);
        }
        const text = words.join(" ");
        const t = table(text, text.length ? cut % (text.length + 1) : 0);
        const tokens = Array.from({ length: t.length }, (_, i) => t.at(i)!);
        for (let i = 0; i < t.length; i++) expect(trie.longest(t, i)).toEqual(referenceLongest(added, tokens, i));
      }),
      { numRuns: 1500 },
    );
  });

  it("finds every phrase of a gazetteer-sized trie, and phrases added after a walk", () => {
    // Thousands of links fill the link table and its filter as the gazetteer does; a random
    // vocabulary makes many walks that share first words and part at the second.
    const rng = fc.sample(fc.integer({ min: 0, max: 399 }), { numRuns: 12_000, seed: 7 });
    const words = Array.from({ length: 400 }, (_, k) => `w${k.toString(36)}`);
    const added: [string[], number, boolean][] = [];
    const trie = new TokenTrie<number>();
    for (let p = 0; p < 3000; p++) {
      const len = 1 + (rng[p]! % 3);
      const phrase = Array.from({ length: len }, (_, k) => words[rng[p * 3 + k]!]!);
      added.push([phrase, p, false]);
      trie.add(phrase, p, false);
    }
    const text = Array.from({ length: 2000 }, (_, k) => words[rng[k + 9000]!]!).join(" ");
    const t = table(text, 0);
    const tokens = Array.from({ length: t.length }, (_, i) => t.at(i)!);
    let found = 0;
    for (let i = 0; i < t.length; i++) {
      const got = trie.longest(t, i);
      expect(got).toEqual(referenceLongest(added, tokens, i));
      if (got) found++;
    }
    expect(found).toBeGreaterThan(500);
    // A walk made the flat table; a phrase added afterwards must still be found.
    trie.add(["zz", "top"], -1, false);
    added.push([["zz", "top"], -1, false]);
    const late = table("a zz top b", 0);
    expect(trie.longest(late, 1)).toEqual({ end: 3, values: [-1] });
  });
});
