// Node positions: a seeded spiral, then ForceAtlas2 on the largest connected component (and
// apart, on the pieces joined to nothing else, which are then set on rings round it), then
// overlap removal (discs, and when every label fits, label boxes) in the explorer's own units.
// Pure arithmetic from a fixed start, so the same graph always gets the same bytes.
//
// Sigma fits the graph's extent into the canvas, so whether two discs overlap on
// screen depends only on their distance relative to that extent. Positions are
// therefore written in "reference pixels": the larger side of the layout spans
// REFERENCE_PX, and two nodes must lie at least the sum of their drawn radii
// (appearance.ts sizes, scaled as the explorer scales them) plus a margin apart.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { discMarginPx, discScale, LABEL_HALF_HEIGHT_PX, labelsFit, labelWidthPx, NODE_MARGIN_PX, nodeSize, REFERENCE_PX } from "../../shared/appearance.js";
import { detachedPieces, separateWithPieces } from "../../shared/detached-pieces.js";
import { fa2Settings } from "../../shared/layout-settings.js";

export interface LayoutInput {
  /** Node keys, in the order the file lists them. */
  nodes: string[];
  edges: { source: string; target: string; weight: number }[];
  /** Weighted degree of each node: the explorer sizes discs from it. */
  weightedDegree?: (key: string) => number;
  /** Node labels: where they all fit (labelsFit) the explorer draws them all, to the right of their disc. */
  label?: (key: string) => string;
}

/** Drawn radius of every node, in reference pixels. */
export function drawnRadii(input: LayoutInput): Map<string, number> {
  const wd = (k: string) => input.weightedDegree?.(k) ?? 0;
  let max = 0;
  for (const k of input.nodes) max = Math.max(max, wd(k));
  const scale = discScale(input.nodes.length);
  return new Map(input.nodes.map((k) => [k, nodeSize(wd(k), max) * scale]));
}

/** FA2 passes: small graphs converge slowly from a spiral and cost nothing; big ones need fewer. */
export function fa2Iterations(n: number): number {
  if (n <= 50) return 800;
  if (n <= 200) return 500;
  if (n <= 500) return 300;
  return 200;
}

export function layout(input: LayoutInput): Map<string, { x: number; y: number }> {
  const radii = drawnRadii(input);
  let g = spiral(input.nodes, input.edges, radii);
  // Actors and small groups joined to nothing else are laid out apart and set on rings round the
  // main component (src/shared/detached-pieces.ts), so they cannot bend its picture.
  const piece = detachedPieces(g, input.nodes);
  const main = input.nodes.filter((_, i) => piece[i]! < 0);
  // Passes for the whole graph's size, as when every actor took part. On the Kremlin graph (565
  // actors, 389 in the main component) the passes for a smaller graph, 300 instead of 200, took 45%
  // longer for no better picture (each node's neighbours among its nearest: 0.250 against 0.251).
  const passes = fa2Iterations(input.nodes.length);
  if (main.length === input.nodes.length) {
    forceAtlas(g, passes);
    fitToReference(g);
  } else {
    const whole = g;
    const grouped = input.nodes.filter((k, i) => piece[i]! >= 0 && whole.degree(k) > 0);
    const isolated = input.nodes.filter((k, i) => piece[i]! >= 0 && whole.degree(k) === 0);
    g = forceAtlas(spiral(main, input.edges, radii), passes);
    fitToReference(g);
    forceAtlas(spiral(grouped, input.edges, radii), fa2Iterations(grouped.length)).forEachNode((key, a) => g.addNode(key, a));
    for (const key of isolated) g.addNode(key, { x: 0, y: 0, size: radii.get(key)! });
  }
  separate(g, input.nodes, piece);
  const label = input.label;
  if (label && labelsFit(input.nodes.map(label))) separateLabels(g, label);
  const out = new Map<string, { x: number; y: number }>();
  for (const key of input.nodes) {
    const a = g.getNodeAttributes(key);
    out.set(key, { x: round3(a.x as number), y: round3(a.y as number) });
  }
  return out;
}

/** `keys` on a golden-angle spiral (deterministic, no two on one spot), with the edges among them. */
function spiral(keys: string[], edges: LayoutInput["edges"], radii: Map<string, number>): Graph {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const n = keys.length;
  const radius = 10 * Math.sqrt(Math.max(n, 1));
  for (const [i, key] of keys.entries()) {
    const r = radius * Math.sqrt((i + 0.5) / Math.max(n, 1));
    const angle = i * 2.399963229728653;
    g.addNode(key, { x: r * Math.cos(angle), y: r * Math.sin(angle), size: radii.get(key)! });
  }
  for (const e of edges) if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
  return g;
}

function forceAtlas(g: Graph, passes: number): Graph {
  if (g.size > 0) forceAtlas2.assign(g, { iterations: passes, settings: fa2Settings(g), getEdgeWeight: "weight" });
  return g;
}

/**
 * Pushes overlapping discs apart until none overlap, with the pieces not joined to the largest
 * component set on rings round it, and rescales to reference pixels. Radii are read in units of
 * the current extent on every sweep, so the growth of the layout is accounted for; a grid keeps
 * each sweep near linear.
 */
function separate(g: Graph, keys: string[], piece: Int32Array): void {
  const xs = Float64Array.from(keys, (k) => g.getNodeAttribute(k, "x") as number);
  const ys = Float64Array.from(keys, (k) => g.getNodeAttribute(k, "y") as number);
  const rs = Float64Array.from(keys, (k) => g.getNodeAttribute(k, "size") as number);
  separateWithPieces(xs, ys, rs, piece, discMarginPx(keys.length));
  for (let i = 0; i < keys.length; i++) g.mergeNodeAttributes(keys[i]!, { x: xs[i], y: ys[i] });
  fitToReference(g);
}

interface Box {
  key: string;
  x: number;
  y: number;
  r: number;
  w: number;
}

/**
 * Pushes apart nodes whose disc-and-label boxes overlap, mostly vertically (labels run
 * sideways). Deterministic: fixed order, no randomness. Sizes are in reference pixels
 * of the current extent, so growth of the layout is accounted for on every sweep.
 */
function separateLabels(g: Graph, label: (key: string) => string): void {
  const boxes: Box[] = g.mapNodes((key, a) => ({ key, x: a.x as number, y: a.y as number, r: a.size as number, w: labelWidthPx(label(key)) }));
  for (let sweep = 0; sweep < 400; sweep++) {
    const unit = extentOf(boxes) / REFERENCE_PX || 1;
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        // The two boxes, each grown by m: written out (not a helper returning a tuple) because
        // this runs for every pair on every sweep, and the arrays cost more than the arithmetic.
        const m = (NODE_MARGIN_PX / 2) * unit;
        const ox = Math.min(a.x + (a.r + a.w) * unit + m, b.x + (b.r + b.w) * unit + m) - Math.max(a.x - a.r * unit - m, b.x - b.r * unit - m);
        if (ox <= 0) continue;
        const ah = Math.max(a.r, LABEL_HALF_HEIGHT_PX) * unit;
        const bh = Math.max(b.r, LABEL_HALF_HEIGHT_PX) * unit;
        const oy = Math.min(a.y + ah + m, b.y + bh + m) - Math.max(a.y - ah - m, b.y - bh - m);
        if (oy <= 0) continue;
        moved = true;
        // Vertical moves cost labels least; sideways only when the boxes barely overlap that way.
        if (oy <= ox * 2) {
          const d = (oy / 2 + 0.01 * unit) * (a.y < b.y || (a.y === b.y && i < j) ? -1 : 1);
          a.y += d;
          b.y -= d;
        } else {
          const d = (ox / 2 + 0.01 * unit) * (a.x < b.x || (a.x === b.x && i < j) ? -1 : 1);
          a.x += d;
          b.x -= d;
        }
      }
    }
    if (!moved) break;
  }
  for (const b of boxes) g.mergeNodeAttributes(b.key, { x: b.x, y: b.y });
  fitToReference(g);
}

function extentOf(boxes: Box[]): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    maxX = Math.max(maxX, b.x);
    minY = Math.min(minY, b.y);
    maxY = Math.max(maxY, b.y);
  }
  return Math.max(maxX - minX, maxY - minY, 0);
}

function fitToReference(g: Graph): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  g.forEachNode((_, a) => {
    minX = Math.min(minX, a.x as number);
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  const extent = Math.max(maxX - minX, maxY - minY);
  if (!(extent > 0)) return;
  const k = REFERENCE_PX / extent;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  g.updateEachNodeAttributes((_, a) => ({ ...a, x: ((a.x as number) - cx) * k, y: ((a.y as number) - cy) * k }));
}

export function round3(v: number): number {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) || !Number.isFinite(r) ? 0 : r;
}
