// After "Run layout": ForceAtlas2 in the browser stops wherever the person stops it, often with
// leaves piled on their hub. The extractor separates its own layout's discs (src/extract/graph/layout.ts);
// the same separation cleans the stopped one, and sets the actors and small groups joined to nothing
// else back on rings round the rest (ForceAtlas2 scatters them again while it runs).
import type Graph from "graphology";
import { discMarginPx } from "../../shared/appearance.js";
import { detachedPieces, separateWithPieces } from "../../shared/detached-pieces.js";

/**
 * Up to this many nodes Stop separates the discs on the page's own thread; above, in a worker
 * (separate-worker.ts). A picture that clears takes 12 to 92 sweeps (19 ms at 2,000 nodes, 2.5 s at
 * 20,000 on a Gaussian blob of Zipf-sized discs), but nothing bounds one that never clears below
 * 500 (31 s at 20,000 before the separation learnt to spread a crowded core): on the page's thread
 * that froze the page, so larger graphs used to be left as the layout stopped, discs piled.
 */
export const SEPARATE_IN_PAGE_MAX_NODES = 2000;

type Positioned = { x: number; y: number; size: number; hidden?: boolean };

/** The discs of a graph as the separation reads them: what crosses to the worker and back. */
export interface Discs {
  keys: string[];
  xs: Float64Array;
  ys: Float64Array;
  rs: Float64Array;
  /** Per node, the detached piece it belongs to, -1 for the largest component (see detachedPieces). */
  pieces: Int32Array;
  marginPx: number;
}

export function discsOf(graph: Graph<Positioned>): Discs {
  const keys = graph.nodes();
  const xs = new Float64Array(keys.length);
  const ys = new Float64Array(keys.length);
  const rs = new Float64Array(keys.length);
  let shown = 0;
  keys.forEach((k, i) => {
    const a = graph.getNodeAttributes(k);
    xs[i] = a.x;
    ys[i] = a.y;
    rs[i] = a.size;
    if (!a.hidden) shown++;
  });
  // The gap shrinks as the explorer shrank the discs: for the nodes on show.
  return { keys, xs, ys, rs, pieces: detachedPieces(graph, keys), marginPx: discMarginPx(shown) };
}

/** Moves the discs apart in place; the sweeps taken. */
export function separate(d: Pick<Discs, "xs" | "ys" | "rs" | "pieces" | "marginPx">): number {
  return separateWithPieces(d.xs, d.ys, d.rs, d.pieces, d.marginPx);
}

/**
 * Writes separated positions back. Nodes the graph no longer has are skipped and nodes it has
 * gained keep theirs: a worker's answer can come after the graph changed.
 */
export function placeDiscs(graph: Graph<Positioned>, keys: readonly string[], xs: Float64Array, ys: Float64Array): void {
  const index = new Map(keys.map((k, i) => [k, i]));
  // One update event for the whole graph, not one per node: sigma reindexes once.
  graph.updateEachNodeAttributes((key, a) => {
    const i = index.get(key);
    return i === undefined ? a : { ...a, x: xs[i]!, y: ys[i]! };
  });
}

/**
 * Moves the graph's nodes (x, y, drawn size) apart until no two discs overlap, the pieces not joined
 * to the largest component on rings round it, on this thread. Returns the sweeps taken.
 */
export function separateNodes(graph: Graph<Positioned>): number {
  const d = discsOf(graph);
  const sweeps = separate(d);
  if (sweeps === 0 && !d.pieces.some((p) => p >= 0)) return 0;
  placeDiscs(graph, d.keys, d.xs, d.ys);
  return sweeps;
}
