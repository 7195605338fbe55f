import { describe, expect, it } from "vitest";
import { poolPeerTimings } from "./peer-process.js";

const run = (ms: number, articles = 5, textBytes = 1000) => ({ articles, textBytes, people: 2, ms: { median: ms, min: ms, max: ms, runs: 1 } });

describe("poolPeerTimings", () => {
  it("summarises one figure per process over the same sample", () => {
    expect(poolPeerTimings([run(30), run(10), run(20)])).toEqual({ articles: 5, textBytes: 1000, people: 2, ms: { median: 20, min: 10, max: 30, runs: 3 } });
  });
  it("refuses runs that read different samples, which would not compare", () => {
    expect(() => poolPeerTimings([run(10), run(10, 6, 1200)])).toThrow("the peer's sample changed between runs: 5 articles (1000 bytes), then 6 (1200)");
    expect(() => poolPeerTimings([])).toThrow("no peer runs");
  });
});
