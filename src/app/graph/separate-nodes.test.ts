import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { discMarginPx, NODE_MARGIN_PX, REFERENCE_PX } from "../../shared/appearance.js";
import { discsOf, placeDiscs, SEPARATE_IN_PAGE_MAX_NODES, separateNodes } from "./separate-nodes.js";
import { answer } from "./separate-worker.js";

type Attrs = { x: number; y: number; size: number; hidden?: boolean };

/** Pairs of shown discs closer than their radii and the margin, in reference pixels of the graph's extent. */
function overlaps(g: Graph<Attrs>, margin = NODE_MARGIN_PX): string[] {
  const nodes = g.mapNodes((key, a) => ({ key, ...a })).filter((n) => !n.hidden);
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const unit = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / REFERENCE_PX;
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i]!, nodes[j]!];
      if (Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size + margin) * unit) out.push(`${a.key}/${b.key}`);
    }
  return out;
}

describe("separateNodes", () => {
  it("leaves no two discs overlapping where a layout piled leaves on their hub, and keeps the hub central", () => {
    const g = new Graph<Attrs>();
    // The frame: four far corners in layout units, as ForceAtlas2 leaves them (not reference pixels).
    for (const [k, x, y] of [["nw", -50, -50], ["ne", 50, -50], ["sw", -50, 50], ["se", 50, 50]] as const) g.addNode(k, { x, y, size: 3 });
    g.addNode("hub", { x: 0, y: 0, size: 12 });
    for (let i = 0; i < 60; i++) g.addNode(`leaf${i}`, { x: Math.cos(i) * 0.5, y: Math.sin(i) * 0.5, size: 3 });
    expect(overlaps(g).length).toBeGreaterThan(100);
    separateNodes(g);
    expect(overlaps(g)).toEqual([]);
    const hub = g.getNodeAttributes("hub");
    expect(Math.hypot(hub.x, hub.y)).toBeLessThan(25); // of 100: still at the centre of the frame
  });

  it("keeps the gap the explorer's disc scale gives for the nodes on show, not for every node", () => {
    const g = new Graph<Attrs>();
    for (const [k, x, y] of [["nw", -50, -50], ["ne", 50, -50], ["sw", -50, 50], ["se", 50, 50]] as const) g.addNode(k, { x, y, size: 3 });
    for (let i = 0; i < 196; i++) g.addNode(`shown${i}`, { x: Math.cos(i) * (i / 50), y: Math.sin(i) * (i / 50), size: 3 });
    // A filter hides 1,000 more: with them, discScale would halve the gap (3 px for 1,200 nodes).
    for (let i = 0; i < 1000; i++) g.addNode(`hidden${i}`, { x: -50 + (i % 40) * 2.5, y: 40 + Math.floor(i / 40) * 0.4, size: 1, hidden: true });
    expect(discMarginPx(200)).toBe(NODE_MARGIN_PX);
    separateNodes(g);
    expect(overlaps(g, NODE_MARGIN_PX)).toEqual([]);
  });

  it("moves nothing in a layout without overlaps", () => {
    const g = new Graph<Attrs>();
    for (let i = 0; i < 10; i++) g.addNode(`n${i}`, { x: i * 100, y: (i % 3) * 100, size: 4 });
    const before = g.mapNodes((_, a) => [a.x, a.y]);
    expect(separateNodes(g)).toBe(0);
    expect(g.mapNodes((_, a) => [a.x, a.y])).toEqual(before);
  });

  it("separates a graph above SEPARATE_IN_PAGE_MAX_NODES too (the page hands that one to a worker)", () => {
    const g = new Graph<Attrs>();
    for (const [k, x, y] of [["nw", -50, -50], ["ne", 50, -50], ["sw", -50, 50], ["se", 50, 50]] as const) g.addNode(k, { x, y, size: 3 });
    for (let i = 0; i < SEPARATE_IN_PAGE_MAX_NODES; i++) g.addNode(`n${i}`, { x: Math.cos(i) * (i / 200), y: Math.sin(i) * (i / 200), size: 1 });
    expect(g.order).toBeGreaterThan(SEPARATE_IN_PAGE_MAX_NODES);
    expect(overlaps(g, 0).length).toBeGreaterThan(0);
    expect(separateNodes(g)).toBeGreaterThan(0);
    expect(overlaps(g, 0)).toEqual([]);
  });

  it("answers in the worker with the separation itself, in the buffers it was sent", () => {
    const g = new Graph<Attrs>();
    for (const [k, x, y] of [["nw", -50, -50], ["ne", 50, -50], ["sw", -50, 50], ["se", 50, 50]] as const) g.addNode(k, { x, y, size: 3 });
    g.addNode("hub", { x: 0, y: 0, size: 12 });
    for (let i = 0; i < 60; i++) g.addNode(`leaf${i}`, { x: Math.cos(i) * 0.5, y: Math.sin(i) * 0.5, size: 3 });
    const same = g.copy();
    const { keys, ...arrays } = discsOf(g);
    const xs = arrays.xs;
    const out = answer({ job: 7, ...arrays });
    expect(out.job).toBe(7);
    expect(out.xs).toBe(xs);
    expect(out.sweeps).toBeGreaterThan(0);
    placeDiscs(g, keys, out.xs, out.ys);
    expect(overlaps(g)).toEqual([]);
    // The same positions as separating on the page's thread.
    separateNodes(same);
    expect(g.mapNodes((_, a) => [a.x, a.y])).toEqual(same.mapNodes((_, a) => [a.x, a.y]));
  });

  it("places an answer that comes after the graph changed only on the nodes it still has", () => {
    const g = new Graph<Attrs>();
    g.addNode("a", { x: 0, y: 0, size: 3 });
    g.addNode("b", { x: 1, y: 0, size: 3 });
    const keys = ["a", "b"];
    g.dropNode("b");
    g.addNode("c", { x: 5, y: 5, size: 3 });
    placeDiscs(g, keys, Float64Array.from([10, 20]), Float64Array.from([11, 21]));
    expect(g.getNodeAttributes("a")).toMatchObject({ x: 10, y: 11 });
    expect(g.getNodeAttributes("c")).toMatchObject({ x: 5, y: 5 });
    expect(g.hasNode("b")).toBe(false);
  });

  it("sets actors joined to nothing else back on a ring round the rest, where the layout scattered them", () => {
    const g = new Graph<Attrs>();
    g.addNode("hub", { x: 0, y: 0, size: 12 });
    for (let i = 0; i < 30; i++) {
      g.addNode(`leaf${i}`, { x: 20 * Math.cos(i), y: 20 * Math.sin(i), size: 3 });
      g.addEdge("hub", `leaf${i}`);
    }
    // As ForceAtlas2 leaves them after a run: far out, at up to eight times the main component's reach.
    for (let i = 0; i < 12; i++) g.addNode(`alone${i}`, { x: (60 + 14 * i) * Math.cos(i * 2.1), y: (60 + 14 * i) * Math.sin(i * 2.1), size: 3 });
    separateNodes(g);
    expect(overlaps(g, discMarginPx(43))).toEqual([]);
    const main = g.filterNodes((k) => !k.startsWith("alone")).map((k) => g.getNodeAttributes(k));
    const cx = (Math.min(...main.map((a) => a.x)) + Math.max(...main.map((a) => a.x))) / 2;
    const cy = (Math.min(...main.map((a) => a.y)) + Math.max(...main.map((a) => a.y))) / 2;
    const reach = Math.max(...main.map((a) => Math.hypot(a.x - cx, a.y - cy)));
    const distances = g.filterNodes((k) => k.startsWith("alone")).map((k) => Math.hypot(g.getNodeAttribute(k, "x") - cx, g.getNodeAttribute(k, "y") - cy));
    expect(Math.min(...distances)).toBeGreaterThan(reach);
    expect(Math.max(...distances)).toBeLessThan(reach * 1.4);
    // One ring: all at the same distance, but for the separation's nudges.
    expect(Math.max(...distances) / Math.min(...distances)).toBeLessThan(1.02);
  });
});
