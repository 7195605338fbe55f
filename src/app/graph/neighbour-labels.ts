// Picks which neighbours of the highlighted node are labelled, from where sigma
// draws them now (label-pick.ts does the choosing). Overlaps depend on the zoom,
// so GraphView picks again when the camera's ratio or angle changes.
import type Graph from "graphology";
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { pickLabels, type LabelCandidate } from "./label-pick.js";
import type { HighlightState } from "./reducers.js";
import type { EdgeView, NodeView } from "./runtime.js";
import { refreshItems } from "./sync-graph.js";

type AnySigma = Sigma<NodeView, EdgeView>;

const measurers = new WeakMap<AnySigma, (label: string) => number>();

/** Label widths at sigma's label font, measured once per label (one measurer per sigma: its font is fixed). */
export function measurer(sigma: AnySigma): (label: string) => number {
  let m = measurers.get(sigma);
  if (!m) measurers.set(sigma, (m = newMeasurer(sigma)));
  return m;
}

function newMeasurer(sigma: AnySigma): (label: string) => number {
  const { labelWeight, labelSize, labelFont } = sigma.getSettings();
  const font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const context = document.createElement("canvas").getContext("2d");
  if (context) context.font = font;
  const widths = new Map<string, number>();
  return (label) => {
    let w = widths.get(label);
    if (w === undefined) {
      // Without a 2D context (never in a browser) a generous estimate keeps labels apart.
      w = context ? context.measureText(label).width : label.length * labelSize * 0.65;
      widths.set(label, w);
    }
    return w;
  };
}

function candidate(sigma: AnySigma, camera: { cameraState: CameraState }, key: string, weight: number): LabelCandidate | null {
  const data = sigma.getNodeDisplayData(key);
  if (!data || data.hidden || !data.label) return null;
  const { x, y } = sigma.framedGraphToViewport(data, camera);
  return { key, x, y, size: sigma.scaleSize(data.size), label: data.label, weight };
}

/** Sets `state.labelled` for the sigma's current camera; returns the neighbours whose labelling changed. */
export function labelNeighbours(sigma: AnySigma, state: HighlightState): string[] {
  const before = state.labelled;
  // With the camera's state given, sigma converts with the camera as it is now; by default it uses
  // the matrix of the last render, which is stale while the camera moves and after a new graph is set.
  const camera = { cameraState: sigma.getCamera().getState() };
  // The focus and the selection (which stays labelled while another node is hovered) are always drawn.
  const fixed: LabelCandidate[] = [];
  for (const key of new Set([state.focus, state.selected])) {
    const c = key === null ? null : candidate(sigma, camera, key, Infinity);
    if (c) fixed.push(c);
  }
  const candidates: LabelCandidate[] = [];
  for (const key of state.neighbours) {
    if (key === state.selected) continue;
    const c = candidate(sigma, camera, key, state.weights.get(key) ?? 0);
    if (c) candidates.push(c);
  }
  state.labelled = pickLabels(fixed, candidates, measurer(sigma), sigma.getSettings().labelSize, sigma.getDimensions().width);
  const changed: string[] = [];
  for (const key of state.neighbours) if (before.has(key) !== state.labelled.has(key)) changed.push(key);
  return changed;
}

/** Picks the labels again and redraws the neighbours whose labelling changed (after a zoom, a new graph, a filter). */
export function relabelNeighbours(sigma: AnySigma, graph: Graph<NodeView, EdgeView>, state: HighlightState): void {
  const changed = labelNeighbours(sigma, state);
  if (changed.length) refreshItems(sigma, graph, { nodes: changed, edges: [] });
}
