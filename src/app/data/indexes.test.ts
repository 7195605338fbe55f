import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { filterGraph, DEFAULT_FILTERS } from "../../shared/filter";
import type { GraphFile } from "../../shared/graph-schema";
import { indexFile, neighbourSets, withEdgeKeys } from "./indexes";

const file: GraphFile = JSON.parse(readFileSync(new URL("../../../e2e/fixtures/small-graph.json", import.meta.url), "utf8"));

describe("neighbour sets", () => {
  it("lists each node's neighbours both ways, and empty sets for isolated nodes", () => {
    const n = neighbourSets(file);
    expect([...n.get("putin")!].sort()).toEqual(["biden", "zelensky"]);
    expect([...n.get("lavrov")!]).toEqual(["blinken"]);
    const iso = neighbourSets({ ...file, edges: [] });
    expect(iso.get("putin")!.size).toBe(0);
  });
  it("follow the filtered graph", () => {
    const n = neighbourSets(filterGraph(file, { ...DEFAULT_FILTERS, types: ["meeting"], includeUnrealised: false }));
    expect([...n.get("putin")!]).toEqual(["biden"]);
    expect(n.has("zelensky")).toBe(false);
  });
});

describe("indexFile / withEdgeKeys", () => {
  it("indexes incident edges", () => {
    const idx = indexFile(file);
    expect(idx.incident.get("biden")!.map((e) => e.key)).toEqual(["biden--putin", "biden--zelensky"]);
  });
  it("names unnamed edges by their ends, uniquely", () => {
    const bare = { ...file, edges: [file.edges[0]!, { ...file.edges[0]!, key: undefined }, { ...file.edges[1]!, key: undefined }] };
    expect(withEdgeKeys(bare).edges.map((e) => e.key)).toEqual(["blinken--lavrov", "blinken--lavrov~2", "biden--putin"]);
    expect(withEdgeKeys(file)).toBe(file);
  });
});
