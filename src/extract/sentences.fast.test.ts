// splitSentences jumps to the next line break, stop, star or lower-upper space: it must give what reading every character gives.
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KREMLIN, originals, SEEDS } from "./corpus-texts.fixture.js";
import { normalise } from "./normalise.js";
import { splitSentences, splitSentencesCharByChar } from "./sentences.js";

function expectSame(original: string): void {
  const norm = normalise(original);
  expect(splitSentences(norm, original)).toEqual(splitSentencesCharByChar(norm, original));
}

describe.skipIf(!existsSync(KREMLIN))("splitSentences on the Kremlin corpus", () => {
  it("equals the character-by-character reading on every article", async () => {
    const all = await originals(KREMLIN);
    expect(all.length).toBe(816);
    for (const text of all) expectSame(text);
  }, 60_000);
});

describe("splitSentences on the seeds", () => {
  it("equals the character-by-character reading on every article", async () => {
    const all = await originals(SEEDS);
    expect(all.length).toBeGreaterThan(0);
    for (const text of all) expectSame(text);
  });
});

// Pieces that make the loop act: stops after titles, initials and abbreviations, quotes and brackets
// after stops, line breaks and blank lines, hard wraps, words glued by a lost space, asterisms and lone
// stars, and text around them.
const PIECES = [
  "a", "Z", "the", "Biden", "Mr", "U.S.", "No", "etc", "Inc", "J", "5", "In", "Therefore", "ZhelenskyTherefore", "talks",
  ".", "..", "!", "?", "?!", "\"", "'", ")", "]", "(", " ", "  ", "\n", "\n\n", " \n ", ",", "-", "é", "Ö", "\ud83d\ude00", "\u00a0",
  "\u200b", "\u00ad", "’", "\r\n", "\t", "aB", "x  aB", "*", "* * *", "***", "* *",
];

describe("splitSentences on generated text", () => {
  it("equals the character-by-character reading", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), (parts) => {
        expectSame(parts.join(""));
      }),
      { numRuns: 4000, seed: 7 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expectSame(text);
      }),
      { numRuns: 2000, seed: 8 },
    );
  });
});
