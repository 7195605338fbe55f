import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hashLower, IS_ALL_CAPS, IS_CAP, IS_INITIAL, IS_WORD, TokenTable, tokenizeRange, tokenizeString, WordClasses, WordFilter, type Token } from "./tokens.js";

// The tokenizer as first written, with the pattern it now scans by hand: the scan must agree with it exactly.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*|\S/gu;
function reference(text: string, start: number, end: number, sentence: number): Token[] {
  const out: Token[] = [];
  const make = (t: string, s: number, initial: boolean): Token => {
    const first = t[0] ?? "";
    const lower = t.toLowerCase();
    const word = t.length > 1 || first !== lower || /[\p{L}\p{M}\p{N}]/u.test(first);
    const cap = word && first !== lower[0] && /\p{Lu}/u.test(first);
    const allCaps = cap && t.length > 1 && lower !== t && t === t.toUpperCase();
    return { text: t, lower, start: s, end: s + t.length, sentence, word, cap, allCaps, initial: word && initial, hash: hashLower(lower) };
  };
  TOKEN.lastIndex = start;
  let initial = true;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    let s = m.index;
    let t = m[0];
    if (s + t.length > end) t = t.slice(0, end - s);
    if (t.length > 3 && t[2] === "-" && (t[0] === "e" || t[0] === "E") && (t[1] === "x" || t[1] === "X")) {
      out.push(make("ex", s, initial));
      initial = false;
      s += 3;
      t = t.slice(3);
    }
    const tok = make(t, s, initial);
    if (tok.word) initial = false;
    out.push(tok);
  }
  return out;
}

function tokens(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  tokenizeRange(text, start, end, 7, out);
  return out;
}

describe("tokenizer", () => {
  it("splits words, hyphenated words and punctuation, and knows case", () => {
    const t = tokenizeString('"Kassym-Jomart Tokayev met NATO\'s ex-Minister at 10 a.m."');
    expect(t.map((x) => x.text)).toEqual(['"', "Kassym-Jomart", "Tokayev", "met", "NATO", "'", "s", "ex", "Minister", "at", "10", "a", ".", "m", ".", '"']);
    expect(t.filter((x) => x.allCaps).map((x) => x.text)).toEqual(["NATO"]);
    expect(t.filter((x) => x.cap).map((x) => x.text)).toEqual(["Kassym-Jomart", "Tokayev", "NATO", "Minister"]);
    expect(t.filter((x) => x.initial).map((x) => x.text)).toEqual(["Kassym-Jomart"]);
    expect(t[1]!.lower).toBe("kassym-jomart");
  });

  it("reads non-Latin letters, marks, astral characters and Unicode hyphens", () => {
    const t = tokenizeString("Путин‐Медведев e\u0301te 𝐀b 😀 İstanbul ǅemal");
    expect(t.map((x) => x.text)).toEqual(["Путин‐Медведев", "e\u0301te", "𝐀b", "😀", "İstanbul", "ǅemal"]);
    expect(t).toEqual(reference("Путин‐Медведев e\u0301te 𝐀b 😀 İstanbul ǅemal", 0, 41, 0));
  });

  it("cuts a token that runs past the range, and reads nothing after it", () => {
    expect(tokens("ab-cd ef", 0, 3).map((x) => x.text)).toEqual(["ab-"]);
    expect(tokens("Lavrov met", 2, 9).map((x) => [x.text, x.start])).toEqual([["vrov", 2], ["me", 7]]);
  });

  it("agrees with the regular expression it replaces on any text and range", () => {
    const alphabet = fc.constantFrom(
      ..."aZ9 -.,'\"\n\t\u00a0\u2010\u2011\u2013\u0301ÉéßİıǅДд中😀𝐀\ud800\udc00xX".split(""),
      "ex-",
      "Ex-",
      "\ud83d",
      "\ude00",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join("");
        const a = text.length ? x % (text.length + 1) : 0;
        const b = text.length ? y % (text.length + 1) : 0;
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(tokens(text, start, end)).toEqual(reference(text, start, end, 7));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("token table", () => {
  it("knows each token's flags and lower-case form without making it, as the made token says", () => {
    const alphabet = fc.constantFrom(..."aZ9 -.,'\"\nÉéßİДд中😀xX".split(""), "ex-", "Ex-", "The", "US", "of");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.nat(), (parts, x) => {
        const text = parts.join("");
        const cut = text.length ? x % (text.length + 1) : 0;
        // Reused as the finder reuses it: a longer text first, then this one.
        const table = new TokenTable("", 2);
        table.reset(`${text} ${text}`);
        table.scan(0, text.length * 2 + 1, 0);
        table.reset(text);
        table.scan(0, cut, 0);
        table.scan(cut, text.length, 1);
        const want = [...reference(text, 0, cut, 0), ...reference(text, cut, text.length, 1)];
        expect(table.length).toBe(want.length);
        for (let i = 0; i < want.length; i++) {
          const w = want[i]!;
          const flags = (w.word ? IS_WORD : 0) | (w.cap ? IS_CAP : 0) | (w.allCaps ? IS_ALL_CAPS : 0) | (w.initial ? IS_INITIAL : 0);
          expect([table.start[i], table.end[i], table.sentence[i], table.hash[i], table.flags[i]! & 15]).toEqual([w.start, w.end, w.sentence, w.hash, flags]);
          expect(table.lowerIs(i, w.lower)).toBe(true);
          expect(table.lowerIs(i, `${w.lower}x`)).toBe(false);
          expect(table.textIs(i, w.text)).toBe(true);
          expect(table.textIs(i, w.lower)).toBe(w.text === w.lower);
          expect(table.at(i)).toEqual(w);
        }
        expect(table.at(-1)).toBeUndefined();
        expect(table.at(want.length)).toBeUndefined();
        expect(table.lowerIs(want.length, "x")).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("word classes", () => {
  it("give each token the bits of the lists holding its lower-case form, as set lookups would", () => {
    // "an" and "c0" share a hash; "ex" is made by the tokenizer from "Ex-".
    const vocabulary = ["the", "The", "an", "c0", "AN", "ex", "Ex-Minister", "путин", "Путин", "mr", "Mr", ".", "x"];
    const lists = [["the", "an"], ["c0", "путин"], ["ex", "mr", "the"], ["."]];
    const classes = new WordClasses();
    lists.forEach((list, bit) => classes.add(list, 1 << bit));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }), (words) => {
        const text = words.join(" ");
        const table = new TokenTable(text);
        table.scan(0, text.length, 0);
        for (let i = -1; i <= table.length; i++) {
          // Asked before the token is made, as the finder asks.
          const got = classes.of(table, i);
          const lower = table.at(i)?.lower;
          expect(got).toBe(lists.reduce((bits, list, bit) => (lower !== undefined && list.includes(lower) ? bits | (1 << bit) : bits), 0));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("keep every word's bits as their table grows", () => {
    // Enough words for the table to grow many times, added over several lists, some to two lists.
    const words = Array.from({ length: 5000 }, (_, k) => `w${k}`);
    const classes = new WordClasses().add(words, 1).add(words.filter((_, k) => k % 3 === 0), 2);
    const text = [...words, "absent", "w5000"].join(" ");
    const table = new TokenTable(text);
    table.scan(0, text.length, 0);
    for (let i = 0; i < table.length; i++) {
      const k = i < words.length ? i : -1;
      expect(classes.of(table, i)).toBe(k < 0 ? 0 : 1 | (k % 3 === 0 ? 2 : 0));
    }
  });
});

describe("word filter", () => {
  it("never rules out a word it holds, and rules out most others", () => {
    const held = ["president", "the", "minister", "путин", "kassym-jomart", "u"];
    const filter = new WordFilter(held);
    for (const t of tokenizeString("The PRESIDENT, Путин and Kassym-Jomart Tokayev in the U.S.")) {
      if (held.includes(t.lower)) expect(filter.mayHave(t.hash)).toBe(true);
    }
    const others = Array.from({ length: 1000 }, (_, i) => `word${i}`);
    expect(others.filter((w) => filter.mayHave(hashLower(w))).length).toBeLessThan(10);
  });
});
