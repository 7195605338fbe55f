import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalise } from "./normalise.js";
import { offsetTable } from "./offset-table.fixture.js";

/** The original text behind normalised [a, b). */
function back(original: string, a: number, b: number): string {
  const n = normalise(original);
  return original.slice(n.toOriginal(a), n.toOriginal(b));
}

describe("normalise", () => {
  it("folds Cyrillic look-alikes inside Latin words only", () => {
    expect(normalise("US \u0421ancelled Meeting").text).toBe("US Cancelled Meeting");
    expect(normalise("Сергей Лавров").text).toBe("Сергей Лавров");
    expect(normalise("Путинa").text).toBe("Путинa");
    expect(normalise("ΡΑRIS").text).toBe("PARIS"); // Greek Rho and Alpha
  });

  it("makes quotes, dashes and odd spaces plain, collapses runs of spaces", () => {
    expect(normalise("\u201cHi\u201d \u2013 it\u2019s\u00a0ok \u2014 \u00abno\u00bb\u2009x  y\t z").text).toBe('"Hi" - it\'s ok - "no" x y z');
  });

  it("applies NFKC and composes combining marks, with ASCII bases too", () => {
    expect(normalise("\ufb01ne caf\u0065\u0301 \uff21\u2460").text).toBe("fine café A1");
  });

  it("drops zero-width and bidi marks, makes controls and lone surrogates safe, CRLF a newline", () => {
    expect(normalise("a\u200bb\u200fc\u00add").text).toBe("abcd");
    expect(normalise("a\u0000b\u0007c\r\nd\re").text).toBe("a b c\nd\ne");
    expect(normalise("x\ud800y\udc00z😀").text).toBe("x\ufffdy\ufffdz😀");
  });

  it("reads an acute accent typed for an apostrophe as one", () => {
    expect(normalise("Putin\u00b4s talks").text).toBe("Putin's talks");
  });

  // NFKC writes a spacing accent as a space and a combining mark; after a space that made two.
  it("keeps one space before a spacing accent", () => {
    expect(normalise("a \u00a8b \u02d8 \u1fc0").text).toBe("a \u0308b \u0306 \u0342");
    expect(normalise("a\u00a0\u00af").text).toBe("a \u0304");
  });

  it("puts back a space lost between two words", () => {
    expect(normalise("Volodymyr ZhelenskyTherefore, the").text).toBe("Volodymyr Zhelensky Therefore, the");
    expect(normalise("the talksHowever failed").text).toBe("the talks However failed");
  });

  it("leaves names with inner capitals alone", () => {
    const names = "McDonald MacFarlane iPhone DeSantis LeBron YouTube BlackRock MasterCard PowerPoint JavaScript McCarthy OSCE NATO-Russia";
    expect(normalise(names).text).toBe(names);
  });

  it("maps every normalised offset back to the original", () => {
    const original = "US \u0421ancelled \u201cmeeting\u201d\u00a0\u00a0with ZhelenskyTherefore \ufb01ne";
    const n = normalise(original);
    expect(n.toOriginal(n.text.length)).toBe(original.length);
    const i = n.text.indexOf('"meeting"');
    expect(back(original, i, i + 9)).toBe("\u201cmeeting\u201d");
    const z = n.text.indexOf("Zhelensky Therefore");
    expect(back(original, z, z + "Zhelensky Therefore".length)).toBe("ZhelenskyTherefore");
    expect(back(original, 0, n.text.length)).toBe(original);
  });

  it("maps each offset to the character it was copied from, or to the one a replacement stands for", () => {
    const offsets = (original: string) => {
      const { text, offsets } = offsetTable(normalise(original));
      return [text, offsets];
    };
    // Copied runs map one for one; a curly quote maps to itself; the second space is dropped.
    expect(offsets("a\u201cb  c")).toEqual(['a"b c', [0, 1, 2, 3, 5, 6]]);
    // Both letters of a ligature stand for it; a dropped zero-width space leaves no offset.
    expect(offsets("\ufb01x\u200by")).toEqual(["fixy", [0, 0, 1, 3, 4]]);
    // The space put back between glued words stands for the capital after it.
    expect(offsets("talksHowever")).toEqual(["talks However", [0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12]]);
    // CRLF keeps its '\n'; a lone CR becomes one.
    expect(offsets("a\r\nb\rc")).toEqual(["a\nb\nc", [0, 2, 3, 4, 5, 6]]);
    // Unchanged text maps to itself.
    expect(offsets("Plain text.")).toEqual(["Plain text.", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]);
    expect(offsets("")).toEqual(["", [0]]);
  });
});

describe("normalise, for any text", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: fc.constantFrom(..."aZ .\n\r\t\u0000\u00a0\u00a8\u00b4\u02d8\u200f\u202e\u0301\u0421\u0430\u201c\u2014😀\ud800\udc00ﬁ".split("")), maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
  );

  it("never throws, keeps the map the right length, monotone and within the original", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalise(s);
        expect(n.toOriginal(n.text.length)).toBe(s.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.toOriginal(i)).toBeLessThanOrEqual(n.toOriginal(i + 1));
          expect(n.toOriginal(i)).toBeLessThan(s.length);
        }
        for (const bad of ["\u0000", "\u200b", "\u200f", "\u202e", "  "]) expect(n.text).not.toContain(bad);
      }),
      { numRuns: 300 },
    );
  });

  // Not for every string: a combining mark after a dropped bidi mark, or a mathematical
  // letter that NFKC turns into a Greek look-alike, settle only on a second pass.
  it("is idempotent on news-like text", () => {
    const newsLike = fc.string({ unit: fc.constantFrom(..."aZq .,\n\r\t\u0000\u00a0\u200f\u0421\u0430\u0410\u201c\u2019\u2014😀\ufb01\u00e9".split("")), maxLength: 300 });
    fc.assert(
      fc.property(newsLike, (s) => {
        const once = normalise(s).text;
        expect(normalise(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("copies plain ASCII words through unchanged", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9.,;:!? ]{0,200}$/), (s) => {
        const n = normalise(s);
        expect(n.text).toBe(s.replace(/ {2,}/g, " "));
      }),
    );
  });

  it("copes with a very long line", () => {
    const s = "word ".repeat(200_000);
    expect(normalise(s).text).toBe(s);
  });
});
