import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type Graph from "graphology";
import { DEFAULT_FILTERS, type Filters } from "../../shared/filter";
import { generateGraph } from "../../../scripts/generate-graph";
import { computeView } from "../data/filter-view";
import { buildInteractionTable } from "../data/interaction-table";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "../../shared/appearance";
import { collectFocus, copyHighlight, edgeReducer, emptyHighlight, FOCUS_EDGE_COLOR, FRONT_LAYER, highlightChanges, isDimmed, nodeReducer, TOP_LAYER, type HighlightState } from "./reducers";
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

/**
 * What is drawn for every item: the reducers' output, then what the base
 * programs and label drawers do to items left in them while dimming is on
 * (dim-programs.ts): the dimmed colour, no label.
 */
function drawn(g: Graph<NodeView, EdgeView>, h: HighlightState) {
  const [nr, er] = [nodeReducer(h), edgeReducer(h)];
  const dim = isDimmed(h);
  const node = (k: string, a: NodeView) => {
    const d = nr(k, { ...a }) as Record<string, unknown>;
    // The label drawers leave out every label not forced while dimming: base-layer nodes' and unpicked neighbours'.
    if (dim && !d.forceLabel) d.label = null;
    if (dim && d.type === undefined && !d.forceLabel) d.color = DIMMED_NODE_COLOR;
    return JSON.stringify(d);
  };
  const edge = (k: string, a: EdgeView) => {
    const d = er(k, { ...a }) as Record<string, unknown>;
    if (dim && d.type === undefined) d.color = DIMMED_EDGE_COLOR;
    return JSON.stringify(d);
  };
  return { nodes: new Map(g.mapNodes((k, a) => [k, node(k, a)])), edges: new Map(g.mapEdges((k, a) => [k, edge(k, a)])) };
}

/** The per-item dimming reducers this replaced (d008e1a): what was drawn before dimming moved into the shaders. */
function drawnBefore(g: Graph<NodeView, EdgeView>, h: HighlightState) {
  const node = (k: string, a: NodeView) => {
    const d: Record<string, unknown> = { ...a };
    if (k === h.selected || k === h.focus) Object.assign(d, { highlighted: true, forceLabel: true, type: TOP_LAYER });
    else if (h.focus !== null) {
      // Since label-pick.ts, only the neighbours whose labels fit on screen keep them.
      if (h.neighbours.has(k)) Object.assign(d, h.labelled.has(k) ? { forceLabel: true, type: FRONT_LAYER } : { label: null, type: FRONT_LAYER });
      else Object.assign(d, { color: DIMMED_NODE_COLOR, label: null });
    }
    return JSON.stringify(d);
  };
  const edge = (k: string, a: EdgeView) => {
    const d: Record<string, unknown> = { ...a };
    if (k === h.edge) Object.assign(d, { color: FOCUS_EDGE_COLOR, size: Math.max(a.size, 3), type: TOP_LAYER });
    else if (h.focus !== null) {
      if (h.edges.has(k)) d.type = FRONT_LAYER;
      else d.color = DIMMED_EDGE_COLOR;
    }
    return JSON.stringify(d);
  };
  return { nodes: new Map(g.mapNodes((k, a) => [k, node(k, a)])), edges: new Map(g.mapEdges((k, a) => [k, edge(k, a)])) };
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
    // What the screen would let through (neighbour-labels.ts): here every other neighbour.
    h.labelled = new Set([...h.neighbours].filter((_, i) => i % 2 === 0));
    return h;
  };

  it("draws every item as the per-item dimming reducers did", () => {
    fc.assert(
      fc.property(stateArb, (x) => {
        const h = state(x);
        expect(drawn(g, h)).toEqual(drawnBefore(g, h));
      }),
      { numRuns: 200 },
    );
  });

  it("lists every item whose drawn look differs between two states, dimming turning on or off included", () => {
    fc.assert(
      fc.property(stateArb, stateArb, (x, y) => {
        const [a, b] = [state(x), state(y)];
        const changes = highlightChanges(copyHighlight(a), b);
        const [da, db] = [drawn(g, a), drawn(g, b)];
        // Dimming itself is the base programs' uniform, read at every render: only items changing layer are listed.
        const dimFlip = isDimmed(a) !== isDimmed(b);
        const layer = (v: string) => (JSON.parse(v) as { type?: string }).type;
        for (const [k, v] of da.nodes) {
          const w = db.nodes.get(k)!;
          if (v !== w && !(dimFlip && layer(v) === undefined && layer(w) === undefined)) expect(changes.nodes.has(k), k).toBe(true);
        }
        for (const [k, v] of da.edges) {
          const w = db.edges.get(k)!;
          if (v !== w && !(dimFlip && layer(v) === undefined && layer(w) === undefined)) expect(changes.edges.has(k), k).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("turning the hover on touches only the focus's neighbourhood", () => {
    const changes = highlightChanges(emptyHighlight(), state({ focus: "actor1", selected: null, edge: null }));
    const h = state({ focus: "actor1", selected: null, edge: null });
    expect(changes.nodes).toEqual(new Set(["actor1", ...h.neighbours]));
    expect(changes.edges).toEqual(h.edges);
  });

  it("moving the hover between two actors touches only their neighbourhoods", () => {
    const [a, b] = [state({ focus: "actor1", selected: null, edge: null }), state({ focus: "actor2", selected: null, edge: null })];
    const changes = highlightChanges(a, b);
    expect(changes.nodes.size).toBeLessThan(g.order);
    expect(changes.nodes.size).toBe(new Set(["actor1", "actor2", ...a.neighbours, ...b.neighbours]).size);
  });
});
