import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type Graph from "graphology";
import { DEFAULT_FILTERS, type Filters } from "../../shared/filter";
import { generateGraph } from "../../../scripts/generate-graph";
import { computeView } from "../data/filter-view";
import { buildInteractionTable } from "../data/interaction-table";
import { collectFocus, copyHighlight, edgeReducer, emptyHighlight, highlightChanges, nodeReducer, type HighlightState } from "./reducers";
import type { EdgeView, NodeView } from "./runtime";
import { applyView, buildGraph } from "./sync-graph";

const file = generateGraph({ actors: 60, edges: 400, seed: 5 });
const table = buildInteractionTable(file);
const isoDay = (d: number) => new Date(Date.UTC(2021, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
const filtersArb = fc.record<Partial<Filters>>({
  minWeight: fc.constantFrom(0, 1, 3),
  from: fc.option(fc.integer({ min: 0, max: 700 }).map(isoDay), { nil: null }),
  to: fc.option(fc.integer({ min: 0, max: 700 }).map(isoDay), { nil: null }),
  focus: fc.option(fc.constantFrom("actor1", "actor7", "actor30"), { nil: null }),
});
const view = (patch: Partial<Filters>) => computeView(table, { ...DEFAULT_FILTERS, ...patch });

function attributes(g: Graph<NodeView, EdgeView>) {
  return { nodes: g.mapNodes((k, a) => [k, { ...a }]), edges: g.mapEdges((k, a) => [k, { ...a }]) };
}

/** What sigma would draw for every item, as the reducers say. */
function drawn(g: Graph<NodeView, EdgeView>, h: HighlightState) {
  const [nr, er] = [nodeReducer(h), edgeReducer(h)];
  return {
    nodes: new Map(g.mapNodes((k, a) => [k, JSON.stringify(nr(k, { ...a }))])),
    edges: new Map(g.mapEdges((k, a) => [k, JSON.stringify(er(k, { ...a }))])),
  };
}

describe("applyView", () => {
  it("leaves the graph as buildGraph would draw the new view, and lists every item whose drawn look changed", () => {
    fc.assert(
      fc.property(filtersArb, filtersArb, (a, b) => {
        const g = buildGraph(table, view(a));
        const before = attributes(g);
        const changed = applyView(g, table, view(b));
        expect(attributes(g)).toEqual(attributes(buildGraph(table, view(b))));
        const after = attributes(g);
        const shown = (x: { hidden: boolean }, y: { hidden: boolean }) => !(x.hidden && y.hidden);
        const differs = <T extends { hidden: boolean }>(x: T, y: T) => JSON.stringify(x) !== JSON.stringify(y) && shown(x, y);
        const expectNodes = before.nodes.filter((x, i) => differs(x[1] as NodeView, after.nodes[i]![1] as NodeView)).map(([k]) => k);
        const expectEdges = before.edges.filter((x, i) => differs(x[1] as EdgeView, after.edges[i]![1] as EdgeView)).map(([k]) => k);
        expect(changed.nodes).toEqual(expectNodes);
        expect(changed.edges).toEqual(expectEdges);
      }),
      { numRuns: 40 },
    );
  });
});

describe("highlightChanges", () => {
  const g = buildGraph(table, view({}));
  const keys = g.nodes();
  const stateArb = fc.record({
    focus: fc.option(fc.constantFrom(...keys), { nil: null }),
    selected: fc.option(fc.constantFrom(...keys), { nil: null }),
    edge: fc.option(fc.constantFrom(...g.edges().slice(0, 20)), { nil: null }),
  });
  const state = (s: { focus: string | null; selected: string | null; edge: string | null }) => {
    const h = { ...emptyHighlight(), ...s, focus: s.focus ?? s.selected };
    collectFocus(g, h);
    return h;
  };

  it("lists every item whose reduced look differs between two states, or says all may", () => {
    fc.assert(
      fc.property(stateArb, stateArb, (x, y) => {
        const [a, b] = [state(x), state(y)];
        const changes = highlightChanges(copyHighlight(a), b);
        const [da, db] = [drawn(g, a), drawn(g, b)];
        if (changes === null) {
          expect((a.focus === null) !== (b.focus === null)).toBe(true);
          return;
        }
        for (const [k, v] of da.nodes) if (db.nodes.get(k) !== v) expect(changes.nodes.has(k), k).toBe(true);
        for (const [k, v] of da.edges) if (db.edges.get(k) !== v) expect(changes.edges.has(k), k).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("moving the hover between two actors touches only their neighbourhoods", () => {
    const [a, b] = [state({ focus: "actor1", selected: null, edge: null }), state({ focus: "actor2", selected: null, edge: null })];
    const changes = highlightChanges(a, b)!;
    expect(changes.nodes.size).toBeLessThan(g.order);
    expect(changes.nodes.size).toBe(new Set(["actor1", "actor2", ...a.neighbours, ...b.neighbours]).size);
  });
});
