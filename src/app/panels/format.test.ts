import { describe, expect, it } from "vitest";
import { articleLabel, countsText, formatWeight, safeHref } from "./format";

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

describe("articleLabel", () => {
  it("uses the title, else the site, else a short id, and never pretends to a title", () => {
    expect(articleLabel({ id: "003_08978045df2b272e", title: " Blinken accepts ", url: null })).toBe("Blinken accepts");
    expect(articleLabel({ id: "x", title: "", url: "https://www.russiaherald.com/news/1" })).toBe("Untitled article on russiaherald.com");
    expect(articleLabel({ id: "001_fbf9a5a2e21661a2", title: "", url: null })).toBe("Untitled article 001_fbf9…");
    expect(articleLabel({ id: "art7", title: "  ", url: "javascript:alert(1)" })).toBe("Untitled article art7");
  });
});
