// ForceAtlas2's settings for a graph of n nodes: the extractor's layout (src/extract/graph/layout.ts)
// and the explorer's "Run layout" use the same, so running the layout in the browser goes on
// from the file's picture instead of turning it into another.
import type Graph from "graphology";
// The default export: Node's ESM loader finds no named exports in this CommonJS package.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/**
 * Above this many nodes ForceAtlas2 approximates far nodes' repulsion (Barnes-Hut). Exact forces cost
 * n² a pass: 300 passes took 0.57 s at 450 nodes, where a graph of 501 took 0.2 s. Without linLog,
 * Barnes-Hut at 1.2 keeps each node's neighbours about as often among its nearest (Kremlin's first
 * 160, 250 and 450 releases, 178, 252 and 332 nodes: 0.423 -> 0.436, 0.384 -> 0.369, 0.276 -> 0.259;
 * generated graphs of 200, 300 and 450 nodes: 0.126 both, 0.107 -> 0.102, 0.071 -> 0.074) at a third
 * to a half of the time (450 nodes 0.57 -> 0.14 s). With linLog it had lost a fifth of that measure.
 */
export const BARNES_HUT_ABOVE = 200;
/**
 * Gephi's default; graphology's 0.5 opens more quadtree cells per node. Measured on the Kremlin graph
 * (576 nodes) and generated ones of 650 and 1,500, 200 iterations at 1.2 took 45-60% less time and kept
 * as many of each node's neighbours among its nearest (0.121 vs 0.118, 0.031 vs 0.029, 0.017 vs
 * 0.016).
 */
export const BARNES_HUT_THETA = 1.2;

export function fa2Settings(graph: Graph): ForceAtlas2Settings {
  const n = graph.order;
  const inferred = forceAtlas2.inferSettings(graph);
  return {
    ...inferred,
    // No linLog (it was on above 30 nodes). Its logarithmic attraction let a hub's repulsion win: on
    // the Kremlin graph Putin sat at the rim of an even disc of his 564 contacts. Without it he is at
    // the centre, the government's and the summits' clusters beside him, and each node's neighbours
    // are more often among its nearest (Kremlin 0.031 -> 0.224; its first 30, 90 and 250 releases
    // 0.31 -> 0.70, 0.20 -> 0.53, 0.11 -> 0.38; generated graphs of 501, 1,000 and 3,000 nodes
    // 0.098 -> 0.142, 0.023 -> 0.042, 0.009 -> 0.012), with edges shorter for the picture's extent.
    linLogMode: false,
    // Strong gravity would crush a small graph into a ball; weak gravity keeps components in view.
    strongGravityMode: true,
    gravity: n > 200 ? inferred.gravity : 0.5,
    scalingRatio: n <= 50 ? 20 : inferred.scalingRatio,
    barnesHutOptimize: n > BARNES_HUT_ABOVE,
    barnesHutTheta: BARNES_HUT_THETA,
  };
}
