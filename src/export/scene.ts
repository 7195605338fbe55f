// A scene is the graph as drawn: node discs and edge lines in image pixels
// (y down), with the labels shown. Built from sigma's display data in the
// browser, or from the shared appearance on the command line; the SVG writer
// draws either.
import type { GraphFile } from "../shared/graph-schema.js";
import { BACKGROUND_COLOR, type GraphAppearance } from "../shared/appearance.js";
import { estimateTextWidth } from "./caption-layout.js";

/** Label font size in exported images, in pixels. */
export const SCENE_LABEL_SIZE = 14;

export interface SceneNode {
  key: string;
  label: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  highlighted: boolean;
}

export interface SceneEdge {
  source: string;
  target: string;
  color: string;
  /** Stroke width in pixels. */
  size: number;
}

export interface Scene {
  width: number;
  height: number;
  background: string;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export interface FitOptions {
  width: number;
  height: number;
  /** Node keys drawn highlighted (e.g. the focus actor). */
  highlighted?: Iterable<string>;
}

/**
 * Fits graph coordinates into the image the way sigma frames a graph:
 * uniform scale, centred, y axis pointing up in the graph and down on screen,
 * with a margin so discs and labels stay inside.
 */
export function sceneFromAppearance(file: GraphFile, appearance: GraphAppearance, options: FitOptions): Scene {
  const { width, height } = options;
  const highlighted = new Set(options.highlighted ?? []);
  const placed = file.nodes.map((n) => ({ key: n.key, a: appearance.nodes.get(n.key)! }));
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { a } of placed) {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  }
  const margin = Math.min(width, height) * 0.05 + 24;
  // Labels run to the right of their disc: leave room for the widest one.
  const right = (key: string, a: { size: number; label: string }) =>
    a.size + 3 + estimateTextWidth(a.label, SCENE_LABEL_SIZE) + (highlighted.has(key) ? 4 : 0);
  let scaleX = Infinity;
  for (const { key, a } of placed) {
    const room = width - 2 * margin - right(key, a);
    if (a.x > minX) scaleX = Math.min(scaleX, Math.max(room, 1) / (a.x - minX));
  }
  const spanY = maxY - minY;
  const scaleY = spanY > 0 ? (height - 2 * margin) / spanY : Infinity;
  let scale = Math.min(scaleX, scaleY);
  if (!Number.isFinite(scale)) scale = 1;
  const usedWidth = Math.max(...placed.map(({ key, a }) => (a.x - minX) * scale + right(key, a)), 0);
  const left = Math.max(margin, (width - usedWidth) / 2);
  const top = spanY > 0 ? margin : height / 2;
  const round = (v: number) => Math.round(v * 100) / 100;
  const nodes: SceneNode[] = placed.map(({ key, a }) => ({
    key,
    label: a.label,
    x: round(left + (a.x - minX) * scale),
    y: round(top + (maxY - a.y) * scale),
    size: a.size,
    color: a.color,
    highlighted: highlighted.has(key),
  }));
  const edges: SceneEdge[] = file.edges.map((e, i) => ({
    source: e.source,
    target: e.target,
    color: appearance.edges[i]!.color,
    size: appearance.edges[i]!.size,
  }));
  return { width, height, background: BACKGROUND_COLOR, nodes, edges };
}
