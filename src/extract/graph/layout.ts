// Node positions: a seeded spiral, then ForceAtlas2, then overlap removal (discs, and
// when every label fits, label boxes) in the
// explorer's own units. Pure arithmetic from a fixed start, so the same graph
// always gets the same bytes.
//
// Sigma fits the graph's extent into the canvas, so whether two discs overlap on
// screen depends only on their distance relative to that extent. Positions are
// therefore written in "reference pixels": the larger side of the layout spans
// REFERENCE_PX, and two nodes must lie at least the sum of their drawn radii
// (appearance.ts sizes, scaled as the explorer scales them) plus a margin apart.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { LABEL_HALF_HEIGHT_PX, labelsFit, labelWidthPx, NODE_MARGIN_PX, nodeSize, REFERENCE_PX } from "../../shared/appearance.js";

export interface LayoutInput {
  /** Node keys, in the order the file lists them. */
  nodes: string[];
  edges: { source: string; target: string; weight: number }[];
  /** Weighted degree of each node: the explorer sizes discs from it. */
  weightedDegree?: (key: string) => number;
  /** Node labels: where they all fit (labelsFit) the explorer draws them all, to the right of their disc. */
  label?: (key: string) => string;
}

export const BARNES_HUT_ABOVE = 500;
/**
 * Gephi's default; graphology's 0.5 opens more quadtree cells per node. Measured on the Kremlin graph
 * (576 nodes) and generated ones of 650 and 1,500, 200 iterations at 1.2 took 45-60% less time and kept
 * as many of each node's neighbours among its nearest (0.121 vs 0.118, 0.031 vs 0.029, 0.017 vs
 * 0.016). Below the Barnes-Hut threshold the exact forces are kept: on generated graphs of 300 and 450
 * nodes, Barnes-Hut at 1.2 lost a fifth of that measure.
 */
export const BARNES_HUT_THETA = 1.2;

/** The explorer's disc shrink on big graphs (src/app/graph/sync-graph.ts), mirrored for the layout. */
export function explorerSizeScale(nodes: number): number {
  return Math.max(0.35, Math.min(1, Math.sqrt(300 / Math.max(1, nodes))));
}

/** Drawn radius of every node, in reference pixels. */
export function drawnRadii(input: LayoutInput): Map<string, number> {
  const wd = (k: string) => input.weightedDegree?.(k) ?? 0;
  let max = 0;
  for (const k of input.nodes) max = Math.max(max, wd(k));
  const scale = explorerSizeScale(input.nodes.length);
  return new Map(input.nodes.map((k) => [k, nodeSize(wd(k), max) * scale]));
}

/** FA2 passes: small graphs converge slowly from a spiral and cost nothing; big ones need fewer. */
export function fa2Iterations(n: number): number {
  if (n <= 50) return 800;
  if (n <= 200) return 500;
  if (n <= BARNES_HUT_ABOVE) return 300;
  return 200;
}

export function layout(input: LayoutInput): Map<string, { x: number; y: number }> {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const n = input.nodes.length;
  const radius = 10 * Math.sqrt(Math.max(n, 1));
  const radii = drawnRadii(input);
  // A golden-angle spiral: deterministic, and no two nodes start on top of each other.
  for (const [i, key] of input.nodes.entries()) {
    const r = radius * Math.sqrt((i + 0.5) / Math.max(n, 1));
    const angle = i * 2.399963229728653;
    g.addNode(key, { x: r * Math.cos(angle), y: r * Math.sin(angle), size: radii.get(key)! });
  }
  for (const e of input.edges) if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
  if (g.size > 0) {
    const inferred = forceAtlas2.inferSettings(g);
    const settings = {
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
    forceAtlas2.assign(g, { iterations: fa2Iterations(n), settings, getEdgeWeight: "weight" });
  }
  separate(g);
  const label = input.label;
  if (label && labelsFit(input.nodes.map(label))) separateLabels(g, label);
  const out = new Map<string, { x: number; y: number }>();
  g.forEachNode((key, attr) => out.set(key, { x: round3(attr.x as number), y: round3(attr.y as number) }));
  return out;
}

/**
 * How far past "just touching" a pair of overlapping discs is pushed, as a multiple of the
 * overlap. Resolving each pair exactly leaves a crowded core to spread by diffusion: on the
 * Kremlin graph (565 nodes, a few hundred leaves around Putin) that took 263 sweeps with about 600
 * pairs moved in each; at 1.6, 37 sweeps, and the layout 0.31 → 0.21 s, with each node's
 * neighbours as often among its nearest (0.028 → 0.030) and weighted edges as long for the
 * layout's extent (0.450 both). Generated graphs of 501 nodes: 21-25 sweeps → 5-6.
 */
const OVER_RELAX = 1.6;

/**
 * Rescales to reference pixels and pushes overlapping discs apart until none overlap.
 * Radii are read in units of the current extent on every sweep, so the growth of the
 * layout is accounted for; a grid keeps each sweep near linear.
 */
function separate(g: Graph): void {
  fitToReference(g);
  const keys = g.nodes();
  const xs = Float64Array.from(keys, (k) => g.getNodeAttribute(k, "x") as number);
  const ys = Float64Array.from(keys, (k) => g.getNodeAttribute(k, "y") as number);
  const rs = Float64Array.from(keys, (k) => g.getNodeAttribute(k, "size") as number);
  separateDiscs(xs, ys, rs);
  for (let i = 0; i < keys.length; i++) g.mergeNodeAttributes(keys[i]!, { x: xs[i], y: ys[i] });
  fitToReference(g);
}

/**
 * Moves the discs (centres xs, ys; radii rs in reference pixels of the current extent) apart
 * until no two overlap with the margin, or 500 sweeps. Returns the sweeps taken.
 */
export function separateDiscs(xs: Float64Array, ys: Float64Array, rs: Float64Array): number {
  const n = xs.length;
  const rMax = rs.reduce((m, r) => Math.max(m, r), 0);
  let sweep = 0;
  for (; sweep < 500; sweep++) {
    const unit = extentOfArrays(xs, ys) / REFERENCE_PX || 1;
    // Aim a little past the margin so the final fit (which shrinks by at most the growth) keeps it.
    const margin = NODE_MARGIN_PX * 1.05 * unit;
    const cell = 2 * rMax * unit + margin;
    const cellOf = (v: number) => Math.floor(v / cell);
    const grid = buildGrid(xs, ys, cellOf);
    let moved = false;
    for (let i = 0; i < n; i++) {
      const cx = cellOf(xs[i]!) - grid.minX;
      const cy = cellOf(ys[i]!) - grid.minY;
      for (let dx = -1; dx <= 1; dx++) {
        if (cx + dx < 0 || cx + dx >= grid.width) continue;
        for (let dy = -1; dy <= 1; dy++) {
          if (cy + dy < 0 || cy + dy >= grid.height) continue;
          const c = (cx + dx) * grid.height + cy + dy;
          for (let p = grid.start[c]!; p < grid.start[c + 1]!; p++) {
            const j = grid.members[p]!;
            if (j <= i) continue;
            const need = (rs[i]! + rs[j]!) * unit + margin;
            let ddx = xs[j]! - xs[i]!;
            let ddy = ys[j]! - ys[i]!;
            if (clearlyApart(ddx, ddy, need)) continue;
            let d = Math.hypot(ddx, ddy);
            if (d >= need) continue;
            if (d === 0) {
              // Coincident: a fixed direction per pair keeps it deterministic.
              const angle = (i * 2.399963229728653) % (2 * Math.PI);
              ddx = Math.cos(angle);
              ddy = Math.sin(angle);
              d = 1;
            }
            const push = (OVER_RELAX * (need - Math.hypot(xs[j]! - xs[i]!, ys[j]! - ys[i]!))) / 2 + 1e-3 * unit;
            xs[i] = xs[i]! - (ddx / d) * push;
            ys[i] = ys[i]! - (ddy / d) * push;
            xs[j] = xs[j]! + (ddx / d) * push;
            ys[j] = ys[j]! + (ddy / d) * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  return sweep;
}

interface Grid {
  minX: number;
  minY: number;
  width: number;
  height: number;
  /** Cell c holds members[start[c]] .. members[start[c + 1] - 1], in ascending node order. */
  start: Int32Array;
  members: Int32Array;
}

/**
 * Nodes bucketed by cell in flat arrays (a counting sort): no Map and no array per cell
 * on each of the hundreds of sweeps. Each cell lists its nodes in index order, so pairs
 * are visited in the same order as ever and positions come out the same bits.
 */
function buildGrid(xs: Float64Array, ys: Float64Array, cellOf: (v: number) => number): Grid {
  const n = xs.length;
  const cxs = new Int32Array(n);
  const cys = new Int32Array(n);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    cxs[i] = cellOf(xs[i]!);
    cys[i] = cellOf(ys[i]!);
    minX = Math.min(minX, cxs[i]!);
    maxX = Math.max(maxX, cxs[i]!);
    minY = Math.min(minY, cys[i]!);
    maxY = Math.max(maxY, cys[i]!);
  }
  const width = n ? maxX - minX + 1 : 0;
  const height = n ? maxY - minY + 1 : 0;
  const start = new Int32Array(width * height + 1);
  for (let i = 0; i < n; i++) start[(cxs[i]! - minX) * height + cys[i]! - minY + 1]!++;
  for (let c = 0; c < width * height; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const filled = start.slice(0, -1);
  for (let i = 0; i < n; i++) members[filled[(cxs[i]! - minX) * height + cys[i]! - minY]!++] = i;
  return { minX, minY, width, height, start, members };
}

/**
 * Whether Math.hypot(dx, dy) >= need, told without Math.hypot (slow) for the pairs far
 * enough apart that the rounding of squares cannot matter: most pairs in neighbouring
 * cells. False means "not sure": the caller takes the exact test, so positions are the
 * same bits as with Math.hypot alone.
 */
export function clearlyApart(dx: number, dy: number, need: number): boolean {
  // Squares of tiny numbers lose precision (subnormals); layouts never get there.
  return need > 1e-100 && dx * dx + dy * dy > need * need * (1 + 1e-9);
}

function extentOfArrays(xs: Float64Array, ys: Float64Array): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  return Math.max(maxX - minX, maxY - minY, 0);
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
