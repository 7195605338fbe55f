import { describe, expect, it } from "vitest";
import type { GraphFile } from "../shared/graph-schema.js";
import { formatSampled, sampleInteractions } from "./sample.js";

function graph(): GraphFile {
  const edge = (source: string, target: string, types: ("meeting" | "statement")[]) => ({
    key: `${source}--${target}`,
    source,
    target,
    undirected: true,
    attributes: {
      weight: 1,
      meetings: types.filter((t) => t === "meeting").length,
      statements: types.filter((t) => t === "statement").length,
      comentions: 0,
      firstDate: "2022-01-01",
      lastDate: "2022-01-01",
      interactions: types.map((type, i) => ({
        id: `${source}-${target}-${i}`,
        type,
        ...(type === "meeting" ? { modality: "occurred" as const, channel: "phone" as const } : { speaker: source }),
        date: "2022-01-01",
        evidence: [{ article: "a:1", sentence: `${source} and ${target}, ${i}.` }],
      })),
    },
  });
  const node = (key: string) => ({ key, attributes: { label: key.toUpperCase(), aliases: [], affiliation: null, roles: [], known: true, mentions: 1, articles: 1, firstSeen: null, lastSeen: null, degree: 1, weightedDegree: 1, x: 0, y: 0 } });
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: {},
    nodes: ["putin", "lavrov", "blinken", "macron"].map(node),
    edges: [edge("lavrov", "putin", ["meeting", "meeting", "statement"]), edge("blinken", "lavrov", ["meeting"]), edge("macron", "putin", ["meeting", "statement"])],
  } as unknown as GraphFile;
}

describe("sampleInteractions", () => {
  it("draws n interactions of the type without repeats, the same for the same seed", () => {
    const a = sampleInteractions(graph(), { type: "meeting", n: 3, seed: 7 });
    expect(a.total).toBe(4);
    expect(a.drawn).toHaveLength(3);
    expect(new Set(a.drawn.map((d) => d.interaction.id)).size).toBe(3);
    expect(a.drawn.every((d) => d.interaction.type === "meeting")).toBe(true);
    expect(sampleInteractions(graph(), { type: "meeting", n: 3, seed: 7 })).toEqual(a);
    // Seeds draw different sets: over a handful of seeds, more than one set comes up.
    const sets = new Set([1, 2, 3, 4, 5, 6].map((seed) => sampleInteractions(graph(), { type: "meeting", n: 2, seed }).drawn.map((d) => d.interaction.id).join()));
    expect(sets.size).toBeGreaterThan(1);
  });

  it("draws everything when asked for more than there is, and leaves out an actor's edges", () => {
    expect(sampleInteractions(graph(), { type: "statement", n: 10, seed: 1 }).drawn.map((d) => d.interaction.id)).toEqual(["lavrov-putin-2", "macron-putin-1"]);
    const others = sampleInteractions(graph(), { type: "meeting", n: 10, seed: 1, without: "putin" });
    expect(others.total).toBe(1);
    expect(others.drawn.map((d) => `${d.a}–${d.b}`)).toEqual(["BLINKEN–LAVROV"]);
  });

  it("prints the pair, what the graph says of it and its evidence", () => {
    const [first] = sampleInteractions(graph(), { type: "meeting", n: 1, seed: 1, without: "putin" }).drawn;
    expect(formatSampled(first!, 1)).toEqual(["#1 BLINKEN – LAVROV | meeting occurred phone 2022-01-01", "   [a:1] blinken and lavrov, 0."]);
  });
});
