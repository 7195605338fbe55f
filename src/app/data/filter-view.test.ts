import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { DEFAULT_FILTERS, filterGraph, type Filters } from "../../shared/filter";
import { interactionTypes, type GraphFile } from "../../shared/graph-schema";
import { generateGraph } from "../../../scripts/generate-graph";
import { binDates, chooseUnit, dateSpan, makeBins } from "./histogram";
import { buildInteractionTable, dayCode, NO_DATE } from "./interaction-table";
import { binCounts, computeView, interactionBins, nonDateKey, withoutDates } from "./filter-view";

/**
 * A generated graph roughened with what real files have: undated interactions, actors with no affiliation, a self-loop,
 * an impossible date, statements read from transcripts, actors found with no title.
 */
function roughGraph(): GraphFile {
  const g = generateGraph({ actors: 150, edges: 900, seed: 11 });
  g.nodes.forEach((n, i) => {
    if (i % 17 === 0) n.attributes.affiliation = null;
    if (i % 5 === 0) Object.assign(n.attributes, { known: false, roles: [] });
  });
  g.edges.forEach((e, j) => {
    e.attributes.interactions.forEach((it, k) => {
      if ((j + k) % 13 === 0) it.date = null;
      if (it.type === "statement" && (j + k) % 3 === 0) it.transcript = true;
    });
  });
  g.edges[5]!.attributes.interactions[0]!.date = "2021-02-30";
  const loop = g.edges[0]!;
  g.edges.push({ ...loop, key: "actor3--actor3", source: "actor3", target: "actor3" });
  return g;
}

const file = roughGraph();
const small: GraphFile = JSON.parse(readFileSync(new URL("../../../e2e/fixtures/small-graph.json", import.meta.url), "utf8"));
const isoDay = (d: number) => new Date(Date.UTC(2021, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

const filtersArb = (f: GraphFile) => {
  const keys = f.nodes.map((n) => n.key);
  const affs = [...new Set(f.nodes.map((n) => n.attributes.affiliation ?? ""))];
  return fc.record<Filters>({
    types: fc.subarray([...interactionTypes]),
    includeUnrealised: fc.boolean(),
    includeTranscript: fc.boolean(),
    includeUntitled: fc.boolean(),
    minWeight: fc.oneof(fc.constant(0), fc.constantFrom(0.25, 1, 2.5, 3, 4, 6.25)),
    from: fc.option(fc.integer({ min: 0, max: 760 }).map(isoDay), { nil: null }),
    to: fc.option(fc.integer({ min: 0, max: 760 }).map(isoDay), { nil: null }),
    affiliations: fc.option(fc.subarray(affs), { nil: null }),
    focus: fc.option(fc.oneof(fc.constantFrom(...keys), fc.constant("nobody")), { nil: null, freq: 3 }),
  });
};

/** What the fast path says, in filterGraph's shape (kept keys in file order, with their numbers). */
function fastResult(f: GraphFile, filters: Filters) {
  const table = buildInteractionTable(f);
  const v = computeView(table, filters);
  const day = (d: number) => (d === NO_DATE ? null : `${String(d).slice(0, 4)}-${String(d).slice(4, 6)}-${String(d).slice(6, 8)}`);
  return {
    nodes: f.nodes.flatMap((n, i) => (v.nodeKept[i] ? [[n.key, v.nodeDegree[i], v.nodeWeightedDegree[i]]] : [])),
    edges: f.edges.flatMap((e, j) =>
      v.edgeKept[j]
        ? [[e.key, v.edgeWeight[j], v.edgeMeetings[j], v.edgeStatements[j], v.edgeComentions[j], day(v.edgeFirst[j]!), day(v.edgeLast[j]!)]]
        : [],
    ),
    counts: [v.nodeCount, v.edgeCount],
  };
}

function referenceResult(f: GraphFile, filters: Filters) {
  const r = filterGraph(f, filters);
  return {
    nodes: r.nodes.map((n) => [n.key, n.attributes.degree, n.attributes.weightedDegree]),
    edges: r.edges.map((e) => {
      const a = e.attributes;
      return [e.key, a.weight, a.meetings, a.statements, a.comentions, a.firstDate, a.lastDate];
    }),
    counts: [r.nodes.length, r.edges.length],
  };
}

describe("computeView (the explorer's fast filter)", () => {
  it("keeps what filterGraph keeps, with the same counts, weights, dates and degrees, for random filters", () => {
    fc.assert(
      fc.property(filtersArb(file), (filters) => {
        expect(fastResult(file, filters)).toEqual(referenceResult(file, filters));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("agrees on the hand-made small graph too", () => {
    fc.assert(
      fc.property(filtersArb(small), (filters) => {
        expect(fastResult(small, filters)).toEqual(referenceResult(small, filters));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("keeps everything, isolated actors included, under the default filters", () => {
    const v = computeView(buildInteractionTable(file), DEFAULT_FILTERS);
    expect(v.nodeCount).toBe(file.nodes.length);
    expect(v.edgeCount).toBe(file.edges.length);
  });

  it("counts the date histogram like binning filterGraph's dates", () => {
    const table = buildInteractionTable(file);
    const dates = file.edges.flatMap((e) => e.attributes.interactions.flatMap((i) => (i.date ? [i.date] : [])));
    const span = dateSpan(dates)!;
    const unit = chooseUnit(span.first, span.last);
    const { bins, binOf } = makeBins(span.first, span.last, unit);
    const binOfInteraction = interactionBins(table, binOf);
    fc.assert(
      fc.property(filtersArb(file), (filters) => {
        const undated = withoutDates(filters);
        const shown = filterGraph(file, undated);
        const expected = binDates(
          shown.edges.flatMap((e) => e.attributes.interactions.flatMap((i) => (i.date ? [i.date] : []))),
          span.first,
          span.last,
          unit,
        ).map((b) => b.count);
        expect(binCounts(table, computeView(table, undated), binOfInteraction, bins.length)).toEqual(expected);
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe("interactionBins", () => {
  it("gives each interaction its date's bin, asking binOf once per distinct date", () => {
    const table = buildInteractionTable(file);
    const asked: string[] = [];
    const bins = interactionBins(table, (d) => {
      asked.push(d);
      return Number(d.slice(5, 7));
    });
    const all = file.edges.flatMap((e) => e.attributes.interactions.map((i) => i.date));
    expect([...bins]).toEqual(all.map((d) => (d === null ? -1 : Number(d.slice(5, 7)))));
    expect(asked).toEqual([...new Set(all.filter((d) => d !== null))]);
  });
});

describe("helpers", () => {
  it("day codes keep the ISO order, impossible dates included", () => {
    expect(dayCode("2021-02-30")).toBeGreaterThan(dayCode("2021-02-28"));
    expect(dayCode("2021-02-30")).toBeLessThan(dayCode("2021-03-01"));
  });
  it("the non-date key ignores dates only", () => {
    const f = { ...DEFAULT_FILTERS, from: "2021-01-01" };
    expect(nonDateKey(f)).toBe(nonDateKey(DEFAULT_FILTERS));
    expect(nonDateKey({ ...f, minWeight: 1 })).not.toBe(nonDateKey(DEFAULT_FILTERS));
    expect(withoutDates(f)).toEqual(DEFAULT_FILTERS);
  });
});
