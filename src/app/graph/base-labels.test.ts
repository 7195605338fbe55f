import { describe, expect, it } from "vitest";
import { emptyHighlight, highlightChanges, nodeReducer } from "./reducers.js";
import type { NodeView } from "./runtime.js";

const node = (): NodeView => ({ x: 0, y: 0, size: 5, color: "#123456", label: "A", hidden: false });

describe("names picked for a graph whose names cannot all fit (base-labels.ts), in the reducers", () => {
  it("are forced while nothing is highlighted, and left to the fade while something is", () => {
    const state = { ...emptyHighlight(), pickBase: true, baseLabelled: new Set(["a"]) };
    const reduce = nodeReducer(state);
    expect(reduce("a", node()).forceLabel).toBe(true);
    expect(reduce("b", node()).forceLabel).toBeUndefined();
    state.focus = "b";
    state.neighbours = new Set();
    expect(reduce("a", node()).forceLabel).toBeUndefined();
  });

  it("are redrawn when a highlight comes or goes, and only then", () => {
    const calm = { ...emptyHighlight(), pickBase: true, baseLabelled: new Set(["a", "c"]) };
    const hovered = { ...calm, focus: "b", neighbours: new Set(["d"]) };
    expect([...highlightChanges(calm, hovered).nodes].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...highlightChanges(hovered, calm).nodes].sort()).toEqual(["a", "b", "c", "d"]);
    const other = { ...hovered, focus: "d", neighbours: new Set(["b"]) };
    expect([...highlightChanges(hovered, other).nodes].sort()).toEqual(["b", "d"]);
  });
});
