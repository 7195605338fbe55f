import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { GraphFile } from "../../shared/graph-schema";
import { withEdgeKeys } from "./indexes";

const file: GraphFile = JSON.parse(readFileSync(new URL("../../../e2e/fixtures/small-graph.json", import.meta.url), "utf8"));

describe("withEdgeKeys", () => {
  it("names unnamed edges by their ends, uniquely", () => {
    const bare = { ...file, edges: [file.edges[0]!, { ...file.edges[0]!, key: undefined }, { ...file.edges[1]!, key: undefined }] };
    expect(withEdgeKeys(bare).edges.map((e) => e.key)).toEqual(["blinken--lavrov", "blinken--lavrov~2", "biden--putin"]);
    expect(withEdgeKeys(file)).toBe(file);
  });
});
