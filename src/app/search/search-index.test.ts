import { describe, expect, it } from "vitest";
import { buildSearchIndex, editDistance, normaliseText, once, searchActors } from "./search-index";

const index = buildSearchIndex([
  { key: "lavrov", label: "Sergey Lavrov", aliases: ["Lavrov", "Sergei Lavrov"], weight: 10 },
  { key: "zelensky", label: "Volodymyr Zelensky", aliases: ["Zelenskyy", "Зеленський"], weight: 8 },
  { key: "blinken", label: "Antony Blinken", aliases: ["Blinken", "Tony Blinken"], weight: 9 },
  { key: "lavrentiev", label: "Alexander Lavrentiev", aliases: [], weight: 1 },
  { key: "ryabkov", label: "Sergei Ryabkov", aliases: [], weight: 2 },
  { key: "sanchez", label: "Pedro Sánchez", aliases: [], weight: 1 },
]);
const keys = (q: string) => searchActors(index, q).map((h) => h.key);

describe("searchActors", () => {
  it("finds misspellings", () => {
    expect(keys("Lavrof")[0]).toBe("lavrov");
    expect(keys("Zhelensky")[0]).toBe("zelensky");
    expect(keys("Blinkin")[0]).toBe("blinken");
  });
  it("ignores case and accents both ways", () => {
    expect(keys("SANCHEZ")).toEqual(["sanchez"]);
    expect(keys("sánchez")).toEqual(["sanchez"]);
  });
  it("ranks prefixes above fuzzy matches and uses weight to break ties", () => {
    expect(keys("lavr")).toEqual(["lavrov", "lavrentiev"]);
    expect(keys("sergei")).toEqual(["lavrov", "ryabkov"]);
  });
  it("matches aliases and says which", () => {
    const hit = searchActors(index, "tony")[0]!;
    expect(hit.key).toBe("blinken");
    expect(hit.via).toBe("Tony Blinken");
    expect(keys("Зеленський")).toEqual(["zelensky"]);
  });
  it("gives nothing for nonsense or an empty query", () => {
    expect(keys("qqqqq")).toEqual([]);
    expect(keys("  ")).toEqual([]);
  });
});

describe("helpers", () => {
  it("normalises text", () => {
    expect(normaliseText("  Pédro  SÁNCHEZ-Pérez ")).toBe("pedro sanchez perez");
  });
  it("counts transpositions as one edit and stops early", () => {
    expect(editDistance("lavrvo", "lavrov", 2)).toBe(1);
    expect(editDistance("abc", "xyzabc", 1)).toBe(2);
  });
});

describe("once", () => {
  it("makes the value at the first call only", () => {
    let made = 0;
    const get = once(() => ++made);
    expect(made).toBe(0);
    expect([get(), get(), get()]).toEqual([1, 1, 1]);
    expect(made).toBe(1);
  });
});
