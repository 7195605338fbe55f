// Reads the view as sigma draws it (positions, colours and sizes after the
// reducers, camera included) into the exporters' snapshot. DOM-free apart
// from sigma's own methods, so it is the one place that knows sigma's API.
import type Sigma from "sigma";
import type { GraphFile } from "../../shared/graph-schema.js";
import type { Filters } from "../../shared/filter.js";
import { BACKGROUND_COLOR, computeAppearance, type GraphAppearance } from "../../shared/appearance.js";
import { buildCaption } from "../../export/caption.js";
import type { Scene, SceneEdge, SceneNode } from "../../export/scene.js";
import type { Snapshot } from "../../export/snapshot.js";

function edgeKeyOf(e: GraphFile["edges"][number], i: number): string {
  return e.key ?? `e${i}`;
}

/** Positions, colours and sizes held by sigma's graph (before highlight): what data formats carry. */
export function appearanceFromSigma(sigma: Sigma, filtered: GraphFile): GraphAppearance {
  const graph = sigma.getGraph();
  const base = computeAppearance(filtered);
  for (const [key, a] of base.nodes) {
    if (!graph.hasNode(key)) continue;
    const g = graph.getNodeAttributes(key) as { x?: number; y?: number; size?: number; color?: string };
    base.nodes.set(key, {
      ...a,
      x: typeof g.x === "number" ? g.x : a.x,
      y: typeof g.y === "number" ? g.y : a.y,
      size: typeof g.size === "number" ? g.size : a.size,
      color: g.color ?? a.color,
    });
  }
  filtered.edges.forEach((e, i) => {
    const key = edgeKeyOf(e, i);
    if (!graph.hasEdge(key)) return;
    const g = graph.getEdgeAttributes(key) as { size?: number; color?: string };
    base.edges[i] = { size: g.size ?? base.edges[i]!.size, color: g.color ?? base.edges[i]!.color };
  });
  return base;
}

/** The scene on screen: viewport pixels, reducer output (highlight, dimming) included. */
export function sceneFromSigma(sigma: Sigma, filtered: GraphFile): Scene {
  const { width, height } = sigma.getDimensions();
  const nodes: SceneNode[] = [];
  for (const n of filtered.nodes) {
    const d = sigma.getNodeDisplayData(n.key);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
    nodes.push({
      key: n.key,
      label: d.label ?? "",
      x: p.x,
      y: p.y,
      size: sigma.scaleSize(d.size),
      color: d.color,
      highlighted: !!d.highlighted,
    });
  }
  const drawn = new Set(nodes.map((n) => n.key));
  const edges: SceneEdge[] = [];
  filtered.edges.forEach((e, i) => {
    const d = sigma.getEdgeDisplayData(edgeKeyOf(e, i));
    if (!d || d.hidden || !drawn.has(e.source) || !drawn.has(e.target)) return;
    edges.push({ source: e.source, target: e.target, color: d.color, size: sigma.scaleSize(d.size) });
  });
  // Dimmed items first, as sigma's zIndex puts the highlighted ones on top.
  nodes.sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  return { width: Math.round(width), height: Math.round(height), background: BACKGROUND_COLOR, nodes, edges };
}

export function snapshotFromSigma(sigma: Sigma, filtered: GraphFile, filters: Filters, original: GraphFile): Snapshot {
  return {
    filtered,
    filters,
    appearance: appearanceFromSigma(sigma, filtered),
    scene: sceneFromSigma(sigma, filtered),
    caption: buildCaption(filtered, filters, original),
  };
}
