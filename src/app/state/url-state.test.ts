import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../../shared/filter";
import { decodeUrlState, encodeUrlState, type UrlState } from "./url-state";

const base: UrlState = { graph: null, selected: null, filters: DEFAULT_FILTERS, camera: null };

describe("URL state", () => {
  it("writes nothing for the default view", () => {
    expect(encodeUrlState(base)).toBe("");
    expect(decodeUrlState("")).toEqual(base);
  });
  it("round-trips a full view", () => {
    const s: UrlState = {
      graph: "graphs/other.json",
      selected: "lavrov",
      filters: { types: ["meeting"], includeUnrealised: false, includeTranscript: false, includeUntitled: false, minWeight: 1.5, from: "2022-01-01", to: "2022-12-31", affiliations: ["US", "", "RU"], focus: "blinken" },
      camera: { x: 0.51234567, y: 0.25, ratio: 0.3 },
    };
    const q = encodeUrlState(s);
    expect(q).toContain("actor=lavrov");
    expect(q).toContain("types=meeting");
    expect(q).toContain("transcript=0");
    expect(q).toContain("untitled=0");
    const back = decodeUrlState(q);
    expect(back).toEqual({ ...s, camera: { x: 0.5123, y: 0.25, ratio: 0.3 } });
  });
  it("keeps an empty affiliation list apart from no affiliation filter", () => {
    const q = encodeUrlState({ ...base, filters: { ...DEFAULT_FILTERS, affiliations: [] } });
    expect(decodeUrlState(q).filters.affiliations).toEqual([]);
  });
  it("ignores malformed values", () => {
    const s = decodeUrlState("?types=meeting,bogus&minw=abc&from=yesterday&cx=1&cy=2&cr=-1");
    expect(s.filters.types).toEqual(["meeting"]);
    expect(s.filters.minWeight).toBe(0);
    expect(s.filters.from).toBeNull();
    expect(s.camera).toBeNull();
  });
});
