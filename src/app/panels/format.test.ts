import { describe, expect, it } from "vitest";
import { countsText, formatWeight, safeHref } from "./format";

describe("safeHref", () => {
  it("keeps http(s) URLs only", () => {
    expect(safeHref("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHref("http://example.org")).toBe("http://example.org/");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(" JavaScript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeHref("/relative/path")).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe("countsText", () => {
  it("pluralises and skips zeros", () => {
    expect(countsText({ meetings: 1, statements: 2, comentions: 0 })).toBe("1 meeting · 2 statements");
    expect(countsText({ meetings: 0, statements: 0, comentions: 0 })).toBe("no counted interaction");
    expect(formatWeight(3)).toBe("3");
    expect(formatWeight(0.25)).toBe("0.25");
  });
});
