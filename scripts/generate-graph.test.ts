import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../src/shared/graph-schema";
import { generateGraph } from "./generate-graph";

describe("generateGraph", () => {
  it("makes a valid graph of the asked size", () => {
    const g = generateGraph({ actors: 300, edges: 2000, seed: 7 });
    expect(g.nodes).toHaveLength(300);
    expect(g.edges).toHaveLength(2000);
    expect(parseGraphFile(g).ok).toBe(true);
  });
  it("is deterministic per seed", () => {
    const a = JSON.stringify(generateGraph({ actors: 50, edges: 100, seed: 3 }));
    expect(JSON.stringify(generateGraph({ actors: 50, edges: 100, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateGraph({ actors: 50, edges: 100, seed: 4 }))).not.toBe(a);
  });
});
