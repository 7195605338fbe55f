// commonest (one pass over the counts) and evidenceOf (a scan for small events, sets for big
// ones) against plain map-and-sort forms, on both sides of the size where evidenceOf switches.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { RawInteraction } from "../../shared/types.js";
import { cmp, commonest, evidenceOf } from "./merge.js";

function plainCommonest(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of [...counts].sort((x, y) => cmp(x[0], y[0]))) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function plainEvidence(items: Pick<RawInteraction, "article" | "sentence">[]): { article: string; sentence: string }[] {
  const seen = new Set<string>();
  const out: { article: string; sentence: string }[] = [];
  for (const x of items) {
    const key = JSON.stringify([x.article, x.sentence]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ article: x.article, sentence: x.sentence });
  }
  return out.sort((p, q) => cmp(p.article, q.article));
}

// Few distinct values, so counts tie and repeat often.
const date = fc.constantFrom(null, "", "2021-12-01", "2021-12-02", "2021-12-10", "2022-01-05");
const report = fc.record({ article: fc.constantFrom("a", "b", "c", "d~2"), sentence: fc.constantFrom("s1", "s2", "s3", "") });

describe("merge fast paths", () => {
  it("commonest picks the most frequent date, ties to the earliest, as the map-and-sort form does", () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 40 }), (values) => {
        expect(commonest(values)).toBe(plainCommonest(values));
      }),
      { numRuns: 2000 },
    );
  });

  it("evidenceOf keeps each (article, sentence) once, in article order and otherwise report order", () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 40 }), (items) => {
        expect(evidenceOf(items as RawInteraction[])).toEqual(plainEvidence(items));
      }),
      { numRuns: 2000 },
    );
  });

  it("a tie between dates goes to the earliest even when the later one comes first", () => {
    expect(commonest(["2021-12-02", "2021-12-01", "2021-12-02", "2021-12-01"])).toBe("2021-12-01");
    expect(commonest(["2021-12-02", null, "2021-12-01", "2021-12-01"])).toBe("2021-12-01");
    expect(commonest([null, ""])).toBeNull();
  });
});
