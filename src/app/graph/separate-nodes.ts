// After "Run layout": ForceAtlas2 in the browser stops wherever the person stops it, often with
// leaves piled on their hub. The extractor separates its own layout's discs (src/extract/graph/layout.ts);
// the same separation cleans the stopped one.
import type Graph from "graphology";
import { separateDiscs } from "../../shared/separate-discs.js";

/**
 * Above this many nodes Stop leaves the layout as it is: the separation runs on the page's own
 * thread, and on pictures it cannot clear it took 0.2 s at 1,000 nodes, 0.5 s at 2,000, 3.8 s at
 * 5,000 and 37 s at 20,000 (random graphs of equal-sized nodes), and 0.7 s at 2,000 on a Gaussian
 * blob of Zipf-sized discs (500 sweeps, its limit). Big graphs draw small discs that overlap anyway.
 */
export const SEPARATE_MAX_NODES = 2000;

/** Moves the graph's nodes (x, y, drawn size) apart until no two discs overlap. Returns the sweeps taken. */
export function separateNodes(graph: Graph<{ x: number; y: number; size: number }>): number {
  if (graph.order > SEPARATE_MAX_NODES) return 0;
  const keys = graph.nodes();
  const xs = new Float64Array(keys.length);
  const ys = new Float64Array(keys.length);
  const rs = new Float64Array(keys.length);
  keys.forEach((k, i) => {
    const a = graph.getNodeAttributes(k);
    xs[i] = a.x;
    ys[i] = a.y;
    rs[i] = a.size;
  });
  const sweeps = separateDiscs(xs, ys, rs);
  if (sweeps === 0) return 0;
  // One update event for the whole graph, not one per node: sigma reindexes once.
  const index = new Map(keys.map((k, i) => [k, i]));
  graph.updateEachNodeAttributes((key, a) => {
    const i = index.get(key)!;
    return { ...a, x: xs[i]!, y: ys[i]! };
  });
  return sweeps;
}
