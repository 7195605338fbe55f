// ForceAtlas2's settings for a graph of n nodes: the extractor's layout (src/extract/graph/layout.ts)
// and the explorer's "Run layout" use the same, so running the layout in the browser goes on
// from the file's picture instead of turning it into another.
import type Graph from "graphology";
// The default export: Node's ESM loader finds no named exports in this CommonJS package.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

export const BARNES_HUT_ABOVE = 500;
/**
 * Gephi's default; graphology's 0.5 opens more quadtree cells per node. Measured on the Kremlin graph
 * (576 nodes) and generated ones of 650 and 1,500, 200 iterations at 1.2 took 45-60% less time and kept
 * as many of each node's neighbours among its nearest (0.121 vs 0.118, 0.031 vs 0.029, 0.017 vs
 * 0.016). Below the Barnes-Hut threshold the exact forces are kept: on generated graphs of 300 and 450
 * nodes, Barnes-Hut at 1.2 lost a fifth of that measure.
 */
export const BARNES_HUT_THETA = 1.2;

export function fa2Settings(graph: Graph): ForceAtlas2Settings {
  const n = graph.order;
  const inferred = forceAtlas2.inferSettings(graph);
  return {
    ...inferred,
    // linLog pulls clusters apart; on a handful of nodes the plain model reads better.
    linLogMode: n > 30,
    // Strong gravity would crush a small graph into a ball; weak gravity keeps components in view.
    strongGravityMode: true,
    gravity: n > 200 ? inferred.gravity : 0.5,
    scalingRatio: n <= 50 ? 20 : inferred.scalingRatio,
    barnesHutOptimize: n > BARNES_HUT_ABOVE,
    barnesHutTheta: BARNES_HUT_THETA,
  };
}
