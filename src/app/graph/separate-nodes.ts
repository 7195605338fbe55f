// After "Run layout": ForceAtlas2 in the browser stops wherever the person stops it, often with
// leaves piled on their hub. The extractor separates its own layout's discs (src/extract/graph/layout.ts);
// the same separation cleans the stopped one, and sets the actors and small groups joined to nothing
// else back on rings round the rest (ForceAtlas2 scatters them again while it runs).
import type Graph from "graphology";
import { discMarginPx } from "../../shared/appearance.js";
import { detachedPieces, separateWithPieces } from "../../shared/detached-pieces.js";

/**
 * Above this many nodes Stop leaves the layout as it is: the separation runs on the page's own
 * thread, and a picture it cannot clear costs it 500 sweeps (0.7 s at 2,000 nodes, 2.6 s at 5,000,
 * 31 s at 20,000, on a Gaussian blob of Zipf-sized discs before it learnt to spread a crowded core).
 * Since then, discs too big for the frame are left alone and that blob clears in 12 to 92 sweeps
 * (19 ms at 2,000 nodes, 2.5 s at 20,000), but nothing bounds a picture that never clears below 500.
 */
export const SEPARATE_MAX_NODES = 2000;

/**
 * Moves the graph's nodes (x, y, drawn size) apart until no two discs overlap, the pieces not joined
 * to the largest component on rings round it. Returns the sweeps taken.
 */
export function separateNodes(graph: Graph<{ x: number; y: number; size: number; hidden?: boolean }>): number {
  if (graph.order > SEPARATE_MAX_NODES) return 0;
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
  const pieces = detachedPieces(graph, keys);
  const sweeps = separateWithPieces(xs, ys, rs, pieces, discMarginPx(shown));
  if (sweeps === 0 && !pieces.some((p) => p >= 0)) return 0;
  // One update event for the whole graph, not one per node: sigma reindexes once.
  const index = new Map(keys.map((k, i) => [k, i]));
  graph.updateEachNodeAttributes((key, a) => {
    const i = index.get(key)!;
    return { ...a, x: xs[i]!, y: ys[i]! };
  });
  return sweeps;
}
