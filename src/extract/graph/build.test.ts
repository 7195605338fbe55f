import { describe, expect, it } from "vitest";
import { parseGraphFile, type NodeAttributes, type RawInteraction } from "../../shared/types.js";
import { buildGraph } from "./build.js";
import { layout } from "./layout.js";

const node = (label: string): NodeAttributes => ({ label, aliases: [], affiliation: null, roles: [], known: true, mentions: 1, articles: 1, firstSeen: null, lastSeen: null });
const raw = (x: Partial<RawInteraction>): RawInteraction => ({ type: "meeting", a: "blinken", b: "lavrov", modality: "occurred", date: "2021-12-02", article: "a1", sentence: "s", ...x });

const input = {
  articles: [],
  skipped: [],
  nodes: new Map([["blinken", node("Antony Blinken")], ["lavrov", node("Sergey Lavrov")], ["kuleba", node("Dmytro Kuleba")]]),
  interactions: [
    raw({ sentence: "Blinken met Lavrov" }),
    raw({ sentence: "They shook hands", article: "a2" }),
    raw({ modality: "planned", date: "2022-02-18", sentence: "will meet" }),
    raw({ modality: "cancelled", date: "2022-02-24", sentence: "will not happen" }),
    raw({ type: "statement", modality: undefined, speaker: "blinken", sentence: "Blinken said Lavrov" }),
    raw({ type: "comention", modality: undefined, b: "kuleba", sentence: "both named" }),
  ],
  weights: { meeting: 3, statement: 1, comention: 0.25 },
};

describe("buildGraph", () => {
  it("writes one edge per pair, counting only occurred meetings, with weights from the input", () => {
    const g = buildGraph(input);
    expect(parseGraphFile(JSON.parse(JSON.stringify(g))).ok).toBe(true);
    const bl = g.edges.find((e) => e.key === "blinken--lavrov")!;
    expect(bl.attributes).toMatchObject({ meetings: 1, statements: 1, comentions: 0, weight: 4, firstDate: "2021-12-02", lastDate: "2022-02-24" });
    expect(bl.attributes.interactions.map((i) => [i.id, i.type, i.modality, i.evidence.length])).toEqual([
      ["i2", "meeting", "occurred", 2],
      ["i3", "statement", undefined, 1],
      ["i4", "meeting", "cancelled", 2],
    ]);
    expect(g.edges.find((e) => e.key === "blinken--kuleba")!.attributes.weight).toBe(0.25);
    expect(g.attributes.weights).toEqual(input.weights);
  });

  it("gives nodes degree and weighted degree", () => {
    const g = buildGraph(input);
    const blinken = g.nodes.find((n) => n.key === "blinken")!.attributes;
    expect(blinken.degree).toBe(2);
    expect(blinken.weightedDegree).toBe(4.25);
  });

  it("adds a bare node for an actor seen only in interactions", () => {
    const g = buildGraph({ ...input, interactions: [raw({ b: "zz-unknown" })] });
    expect(g.nodes.map((n) => n.key)).toContain("zz-unknown");
  });

  it("writes the same bytes for the same input, whatever the order of interactions", () => {
    const a = JSON.stringify(buildGraph(input));
    const b = JSON.stringify(buildGraph({ ...input, interactions: [...input.interactions].reverse() }));
    expect(b).toBe(a);
  });
});

describe("layout", () => {
  it("is deterministic, finite and rounded to three decimals", () => {
    const nodes = Array.from({ length: 40 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((n, i) => ({ source: nodes[Math.floor(i / 3)]!, target: n, weight: 1 + (i % 3) }));
    const p1 = layout({ nodes, edges });
    const p2 = layout({ nodes, edges });
    expect([...p1]).toEqual([...p2]);
    for (const { x, y } of p1.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 1000) / 1000).toBe(x);
    }
    const distinct = new Set([...p1.values()].map((p) => `${p.x},${p.y}`));
    expect(distinct.size).toBe(nodes.length);
  });
});
