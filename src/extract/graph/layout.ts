// Node positions: a seeded circle, then ForceAtlas2, then noverlap. Pure
// arithmetic from a fixed start, so the same graph always gets the same bytes.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";

export interface LayoutInput {
  /** Node keys, in the order the file lists them. */
  nodes: string[];
  edges: { source: string; target: string; weight: number }[];
  /** Node sizes for noverlap (e.g. from weighted degree). */
  size?: (key: string) => number;
}

export const BARNES_HUT_ABOVE = 2000;

export function layout(input: LayoutInput): Map<string, { x: number; y: number }> {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const n = input.nodes.length;
  const radius = 10 * Math.sqrt(Math.max(n, 1));
  // A golden-angle spiral: deterministic, and no two nodes start on top of each other.
  for (const [i, key] of input.nodes.entries()) {
    const r = radius * Math.sqrt((i + 0.5) / Math.max(n, 1));
    const angle = i * 2.399963229728653;
    g.addNode(key, { x: r * Math.cos(angle), y: r * Math.sin(angle), size: input.size?.(key) ?? 1 });
  }
  for (const e of input.edges) if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
  if (g.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > BARNES_HUT_ABOVE };
    forceAtlas2.assign(g, { iterations: n > BARNES_HUT_ABOVE ? 150 : 300, settings, getEdgeWeight: "weight" });
  }
  noverlap.assign(g, { maxIterations: 150, settings: { margin: 2, ratio: 1.2 } });
  const out = new Map<string, { x: number; y: number }>();
  g.forEachNode((key, attr) => out.set(key, { x: round3(attr.x as number), y: round3(attr.y as number) }));
  return out;
}

export function round3(v: number): number {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) || !Number.isFinite(r) ? 0 : r;
}
