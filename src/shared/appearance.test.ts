import { describe, expect, it } from "vitest";
import {
  AFFILIATION_COLORS,
  NODE_SIZE_MAX,
  NODE_SIZE_MIN,
  PALETTE,
  UNKNOWN_AFFILIATION_COLOR,
  affiliationColor,
  affiliationLegend,
  computeAppearance,
  edgeSize,
  labelsFit,
  labelWidthPx,
  nodeSize,
} from "./appearance.js";
import type { GraphFile, NodeAttributes } from "./graph-schema.js";

function node(key: string, over: Partial<NodeAttributes> = {}) {
  return {
    key,
    attributes: {
      label: key.toUpperCase(),
      aliases: [],
      affiliation: null,
      roles: [],
      known: true,
      mentions: 1,
      articles: 1,
      firstSeen: null,
      lastSeen: null,
      ...over,
    } as NodeAttributes,
  };
}

describe("affiliationColor", () => {
  it("uses the fixed colour of a known affiliation, case-insensitively", () => {
    expect(affiliationColor("US")).toBe(AFFILIATION_COLORS.US);
    expect(affiliationColor("ru")).toBe(AFFILIATION_COLORS.RU);
  });
  it("gives unknown affiliations grey and others a stable palette colour", () => {
    expect(affiliationColor(null)).toBe(UNKNOWN_AFFILIATION_COLOR);
    expect(affiliationColor("")).toBe(UNKNOWN_AFFILIATION_COLOR);
    const c = affiliationColor("XK");
    expect(PALETTE).toContain(c);
    expect(affiliationColor("XK")).toBe(c);
  });
});

describe("sizes", () => {
  it("scales node size from min to max with weighted degree", () => {
    expect(nodeSize(0, 10)).toBe(NODE_SIZE_MIN);
    expect(nodeSize(10, 10)).toBe(NODE_SIZE_MAX);
    expect(nodeSize(undefined, 10)).toBe(NODE_SIZE_MIN);
    expect(nodeSize(5, 0)).toBe(NODE_SIZE_MIN);
    const mid = nodeSize(2.5, 10);
    expect(mid).toBeGreaterThan(NODE_SIZE_MIN);
    expect(mid).toBeLessThan(NODE_SIZE_MAX);
  });
  it("grows edges with weight", () => {
    expect(edgeSize(1, 4)).toBeLessThan(edgeSize(4, 4));
  });
});

describe("computeAppearance", () => {
  const file: GraphFile = {
    options: { type: "undirected" },
    attributes: { version: 1, articles: [], skipped: [] },
    nodes: [
      node("a", { affiliation: "US", weightedDegree: 4, x: 1, y: 2 }),
      node("b", { affiliation: "RU", weightedDegree: 1 }),
      node("c", { weightedDegree: 0 }),
    ],
    edges: [],
  };
  it("keeps file positions and places the rest deterministically", () => {
    const one = computeAppearance(file);
    const two = computeAppearance(file);
    expect(one.nodes.get("a")).toMatchObject({ x: 1, y: 2, color: AFFILIATION_COLORS.US, size: NODE_SIZE_MAX, label: "A" });
    expect(one.nodes.get("b")).toEqual(two.nodes.get("b"));
    expect(one.nodes.get("b")).not.toMatchObject({ x: one.nodes.get("c")!.x, y: one.nodes.get("c")!.y });
  });
  it("lists affiliations for a legend, most actors first", () => {
    const legend = affiliationLegend({ ...file, nodes: [...file.nodes, node("d", { affiliation: "RU" })] });
    expect(legend.map((l) => l.label)).toEqual(["RU", "Unknown", "US"]);
    expect(legend[0]).toEqual({ label: "RU", color: AFFILIATION_COLORS.RU, count: 2 });
  });
});

describe("labelsFit", () => {
  it("is told by the area the label boxes would cover: half the canvas at most", () => {
    const names = (n: number, length: number) => Array.from({ length: n }, () => "x".repeat(length));
    // A box is (3 + 7 a character + 6) by 24 reference pixels, 2,400 for 13 characters; half of 560 x 560 is 156,800.
    expect(labelWidthPx("x".repeat(13))).toBe(94);
    expect(labelsFit(names(65, 13))).toBe(true);
    expect(labelsFit(names(66, 13))).toBe(false);
    expect(labelsFit([])).toBe(true);
  });
});
