import { describe, expect, it } from "vitest";
import { summary } from "./extract-report.js";

describe("the closing summary", () => {
  const counts = { records: 12, articles: 10, undated: 0, skipped: 2, known: 3, discovered: 1, bytes: 2e6, seconds: 4, threads: 1 };

  it("adds up the records and says how fast the run was", () => {
    expect(summary(counts)).toBe("records seen 12 = articles read 10 + skipped 2; actors 4 (known 3 / discovered 1); 4.00 s on 1 thread, 2.00 MB at 0.50 MB/s");
    expect(summary({ ...counts, threads: 2 })).toContain("; 4.00 s on 2 threads, 2.00 MB");
  });

  it("says how many articles each thread extracted, when more than one did", () => {
    expect(summary({ ...counts, threads: 3, perThread: [6, 4, 0] })).toBe(
      "records seen 12 = articles read 10 + skipped 2; actors 4 (known 3 / discovered 1); 4.00 s on 3 threads, 2.00 MB at 0.50 MB/s; articles per thread 6 + 4 + 0",
    );
    expect(summary({ ...counts, perThread: [10] })).not.toContain("per thread");
  });

  it("counts the articles read without a date, whose warnings a big run scrolls away", () => {
    expect(summary({ ...counts, undated: 1 })).toContain("+ skipped 2; 1 article without a date; actors 4");
    expect(summary({ ...counts, undated: 19854 })).toContain("; 19854 articles without a date;");
  });
});
