// normalise jumps over runs of plain ASCII: it must give what reading every character gives.
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KREMLIN, originals, SEEDS } from "./corpus-texts.fixture.js";
import { normalise, normaliseCharByChar } from "./normalise.js";
import { offsetTable } from "./offset-table.fixture.js";

function expectSame(text: string): void {
  expect(offsetTable(normalise(text))).toEqual(offsetTable(normaliseCharByChar(text)));
}

describe.skipIf(!existsSync(KREMLIN))("normalise on the Kremlin corpus", () => {
  it("equals the character-by-character reading on every article", async () => {
    const all = await originals(KREMLIN);
    expect(all.length).toBe(816);
    for (const text of all) expectSame(text);
  }, 60_000);
});

describe.skipIf(!existsSync(SEEDS))("normalise on the seeds", () => {
  it("equals the character-by-character reading on every article", async () => {
    for (const text of await originals(SEEDS)) expectSame(text);
  });
});

// Pieces that make the loop stop: spaces in runs, glued words, controls, look-alikes, marks, odd spaces and quotes.
const PIECES = [
  "a", "Z", "the", "Zhelensky", "Therefore", "McDonald", "iPhone", " ", "  ", "\n", "\r\n", "\r", "\t", "\u0000", "\u007f",
  "\u00a0", "\u00a8", "\u00b4", "\u200b", "“", "”", "’", "—", "…", "Сancelled", "Путин", "é", "e\u0301", "ﬁ", "\ud83d\ude00", "\ud800", ".", ",", "x",
];

describe("normalise on generated text", () => {
  it("equals the character-by-character reading", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        expectSame(parts.join(""));
      }),
      { numRuns: 3000, seed: 5 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expectSame(text);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });
});
