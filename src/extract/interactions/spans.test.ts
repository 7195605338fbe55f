import { describe, expect, it } from "vitest";
import { firstStartingAt, spansWithin } from "./spans.js";

const spans = [
  { start: 0, end: 3 },
  { start: 5, end: 9 },
  { start: 5, end: 12 },
  { start: 10, end: 11 },
  { start: 20, end: 25 },
];

describe("firstStartingAt", () => {
  it("finds the first span starting at or after an offset", () => {
    expect(firstStartingAt(spans, 0)).toBe(0);
    expect(firstStartingAt(spans, 4)).toBe(1);
    expect(firstStartingAt(spans, 5)).toBe(1);
    expect(firstStartingAt(spans, 11)).toBe(4);
    expect(firstStartingAt(spans, 26)).toBe(5);
    expect(firstStartingAt([], 3)).toBe(0);
  });
});

describe("spansWithin", () => {
  it("keeps exactly what a filter on start >= from and end <= to keeps, in order", () => {
    for (let from = -1; from <= 26; from++) {
      for (let to = from; to <= 27; to++) {
        expect(spansWithin(spans, from, to)).toEqual(spans.filter((s) => s.start >= from && s.end <= to));
      }
    }
  });
});
