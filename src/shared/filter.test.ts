import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DEFAULT_FILTERS, filterGraph, isFiltering, isUntitled, keepsInteraction, type Filters } from "./filter";
import { parseGraphFile, type GraphFile } from "./graph-schema";

function load(): GraphFile {
  const raw = JSON.parse(readFileSync(new URL("../../e2e/fixtures/small-graph.json", import.meta.url), "utf8"));
  const r = parseGraphFile(raw);
  if (!r.ok) throw new Error(r.error);
  return r.graph;
}

const f = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });
const edgeKeys = (g: GraphFile) => g.edges.map((e) => e.key);
const nodeKeys = (g: GraphFile) => g.nodes.map((n) => n.key);

describe("filterGraph", () => {
  it("keeps everything with the default filters and recomputes the same numbers", () => {
    const file = load();
    const out = filterGraph(file, DEFAULT_FILTERS);
    expect(nodeKeys(out)).toEqual(nodeKeys(file));
    expect(edgeKeys(out)).toEqual(edgeKeys(file));
    for (const [i, e] of out.edges.entries()) {
      const { interactions: _a, ...got } = e.attributes;
      const { interactions: _b, ...want } = file.edges[i]!.attributes;
      expect(got).toEqual(want);
    }
    const putin = out.nodes.find((n) => n.key === "putin")!;
    expect(putin.attributes.degree).toBe(2);
    expect(putin.attributes.weightedDegree).toBe(3.25);
  });

  it("does not modify its input", () => {
    const file = load();
    const before = JSON.stringify(file);
    filterGraph(file, f({ types: ["meeting"], minWeight: 2, from: "2021-12-03" }));
    expect(JSON.stringify(file)).toBe(before);
  });

  it("meetings only drops statement and co-mention edges, keeps the proposed meeting uncounted", () => {
    const out = filterGraph(load(), f({ types: ["meeting"] }));
    expect(edgeKeys(out)).toEqual(["blinken--lavrov", "biden--putin", "putin--zelensky"]);
    const pz = out.edges.find((e) => e.key === "putin--zelensky")!.attributes;
    expect(pz.interactions.map((i) => i.id)).toEqual(["e3"]);
    expect([pz.meetings, pz.comentions, pz.weight]).toEqual([0, 0, 0]);
  });

  it("without unrealised meetings an edge made only of them disappears, and isolated nodes go", () => {
    const out = filterGraph(load(), f({ types: ["meeting"], includeUnrealised: false }));
    expect(edgeKeys(out)).toEqual(["blinken--lavrov", "biden--putin"]);
    expect(nodeKeys(out)).toEqual(["blinken", "lavrov", "biden", "putin"]);
  });

  it("drops edges under the minimum weight and recomputes weighted degree", () => {
    const out = filterGraph(load(), f({ minWeight: 1 }));
    expect(edgeKeys(out)).toEqual(["blinken--lavrov", "biden--putin", "biden--zelensky"]);
    expect(out.nodes.find((n) => n.key === "putin")!.attributes.weightedDegree).toBe(3);
  });

  it("filters by inclusive date bounds and drops undated interactions once a bound is set", () => {
    const file = load();
    file.edges[0]!.attributes.interactions.push({ id: "x", type: "statement", speaker: "lavrov", date: null, evidence: [{ article: "a1", sentence: "s" }] });
    const out = filterGraph(file, f({ from: "2021-12-02", to: "2021-12-02" }));
    expect(edgeKeys(out)).toEqual(["blinken--lavrov"]);
    expect(out.edges[0]!.attributes.interactions.map((i) => i.id)).toEqual(["e1"]);
    expect(out.edges[0]!.attributes.statements).toBe(0);
    const late = filterGraph(file, f({ from: "2021-12-03" }));
    expect(edgeKeys(late)).toEqual(["biden--putin", "putin--zelensky", "biden--zelensky"]);
  });

  it("keeps only chosen affiliations; no affiliation matches the empty string", () => {
    const file = load();
    file.nodes.find((n) => n.key === "zelensky")!.attributes.affiliation = null;
    expect(edgeKeys(filterGraph(file, f({ affiliations: ["US", "RU"] })))).toEqual(["blinken--lavrov", "biden--putin"]);
    expect(nodeKeys(filterGraph(file, f({ affiliations: ["US", ""] })))).toEqual(["biden", "zelensky"]);
  });

  it("focus keeps the actor, its neighbours and the edges among them", () => {
    const out = filterGraph(load(), f({ focus: "zelensky" }));
    expect(nodeKeys(out).sort()).toEqual(["biden", "putin", "zelensky"]);
    expect(edgeKeys(out)).toEqual(["biden--putin", "putin--zelensky", "biden--zelensky"]);
    const alone = filterGraph(load(), f({ focus: "lavrov", types: ["statement"] }));
    expect(nodeKeys(alone)).toEqual(["lavrov"]);
    expect(filterGraph(load(), f({ focus: "nobody" })).nodes).toEqual([]);
  });

  it("uses the file's weights", () => {
    const file = load();
    file.attributes.weights = { meeting: 10, statement: 1, comention: 0.25 };
    expect(filterGraph(file, DEFAULT_FILTERS).edges[0]!.attributes.weight).toBe(10);
  });
});

describe("isFiltering / keepsInteraction", () => {
  it("knows the defaults are not a filter", () => {
    expect(isFiltering(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltering(f({ types: ["statement", "meeting", "comention"] }))).toBe(false);
    expect(isFiltering(f({ minWeight: 0.5 }))).toBe(true);
    expect(isFiltering(f({ affiliations: [] }))).toBe(true);
  });
  it("checks type, modality and dates", () => {
    const i = { id: "1", type: "meeting" as const, modality: "cancelled" as const, date: "2022-01-01", evidence: [{ article: "a", sentence: "s" }] };
    expect(keepsInteraction(i, DEFAULT_FILTERS)).toBe(true);
    expect(keepsInteraction(i, f({ includeUnrealised: false }))).toBe(false);
    expect(keepsInteraction(i, f({ to: "2021-12-31" }))).toBe(false);
    expect(keepsInteraction(i, f({ types: ["statement"] }))).toBe(false);
  });
  it("drops actors found with no title and unknown to the gazetteer when asked, with their edges", () => {
    const file = load();
    const [kept, dropped] = [file.nodes[0]!, file.nodes[1]!];
    Object.assign(dropped.attributes, { known: false, roles: [] });
    Object.assign(kept.attributes, { known: false, roles: [{ title: "Governor" }] });
    expect(isUntitled(dropped.attributes)).toBe(true);
    expect(isUntitled(kept.attributes)).toBe(false);
    expect(isFiltering(f({ includeUntitled: false }))).toBe(true);
    const out = filterGraph(file, f({ includeUntitled: false }));
    expect(out.nodes.map((n) => n.key)).not.toContain(dropped.key);
    expect(out.edges.some((e) => e.source === dropped.key || e.target === dropped.key)).toBe(false);
    expect(filterGraph(file, DEFAULT_FILTERS).nodes.map((n) => n.key)).toContain(dropped.key);
  });
  it("drops statements read only from transcripts when asked, and keeps reported ones", () => {
    const said = { id: "1", type: "statement" as const, speaker: "putin", date: "2022-01-01", evidence: [{ article: "a", sentence: "Vladimir Putin: Mr Biden." }] };
    const turn = { ...said, transcript: true as const };
    expect(isFiltering(f({ includeTranscript: false }))).toBe(true);
    expect(keepsInteraction(turn, DEFAULT_FILTERS)).toBe(true);
    expect(keepsInteraction(turn, f({ includeTranscript: false }))).toBe(false);
    expect(keepsInteraction(said, f({ includeTranscript: false }))).toBe(true);
  });
});
