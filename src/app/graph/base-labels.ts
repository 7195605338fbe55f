// Which names show while nothing is highlighted, on a graph whose names cannot all fit. Sigma's
// label grid names the biggest node of each cell whatever its neighbours' names cover: on the
// Kremlin graph it named 4 actors at the opening zoom, and its first 90 releases 13 with one pair
// overlapping; smaller cells named more but overlapped more (100-pixel cells: 26 names, 9 pairs).
// Here the biggest discs are named first, each only where its name clears those already named
// (label-pick.ts, as the neighbours of a hovered node are), picked again as the zoom changes.
import type Graph from "graphology";
import type Sigma from "sigma";
import { pickLabels, type LabelCandidate } from "./label-pick.js";
import { measurer } from "./neighbour-labels.js";
import type { HighlightState } from "./reducers.js";
import type { EdgeView, NodeView } from "./runtime.js";

type AnySigma = Sigma<NodeView, EdgeView>;

/** Discs drawn smaller than this radius, in pixels, go unnamed until one zooms in (sigma's threshold before). */
export const BASE_LABEL_MIN_SIZE = 5;

/**
 * Sets `state.baseLabelled` for the sigma's current camera; returns the nodes whose naming changed.
 * Sizes and visibility are read from the graph, not from what sigma drew: after a filter they are
 * picked before the refresh that draws the filter, so the names change in that same frame.
 */
export function labelBase(sigma: AnySigma, graph: Graph<NodeView, EdgeView>, state: HighlightState): string[] {
  const before = state.baseLabelled;
  if (!state.pickBase) {
    state.baseLabelled = new Set();
    return [...before];
  }
  const camera = { cameraState: sigma.getCamera().getState() };
  const candidates: LabelCandidate[] = [];
  graph.forEachNode((key, a) => {
    if (a.hidden || !a.label) return;
    const size = sigma.scaleSize(a.size, camera.cameraState.ratio);
    const drawn = sigma.getNodeDisplayData(key);
    if (size < BASE_LABEL_MIN_SIZE || !drawn) return;
    // Filters never move a node: where sigma placed it holds.
    const { x, y } = sigma.framedGraphToViewport(drawn, camera);
    candidates.push({ key, x, y, size, label: a.label, weight: size });
  });
  state.baseLabelled = pickLabels([], candidates, measurer(sigma), sigma.getSettings().labelSize, sigma.getDimensions().width);
  const changed: string[] = [];
  for (const key of before) if (!state.baseLabelled.has(key)) changed.push(key);
  for (const key of state.baseLabelled) if (!before.has(key)) changed.push(key);
  return changed;
}

/** Picks the names again and redraws those that changed, when they show (nothing highlighted). */
export function relabelBase(sigma: AnySigma, graph: Graph<NodeView, EdgeView>, state: HighlightState): void {
  const changed = labelBase(sigma, graph, state).filter((k) => graph.hasNode(k));
  // Only forceLabel changes: no reindexing, and the render is the next frame's, not one more.
  if (changed.length && state.focus === null) sigma.refresh({ partialGraph: { nodes: changed, edges: [] }, skipIndexation: true, schedule: true });
}
