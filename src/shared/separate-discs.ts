// Pushes overlapping discs apart: the last step of the extractor's layout, and what the explorer
// does when a person stops "Run layout", so that, where the discs fit, no actor is left drawn over another.
// Pure arithmetic on arrays, the same in Node and the browser.
import { REFERENCE_PX } from "./appearance.js";

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
 * Radii are read against the layout's extent, so discs whose area exceeds the frame's can never be
 * set apart: each sweep only scales the picture up (hundreds of equally big nodes, as a random
 * graph has, took a layout from 3,000 to 3 billion units). Past this growth the separation stops.
 */
const GIVE_UP_GROWTH = 16;

/**
 * The most of the frame the discs, each with half the margin round it, may cover for the separation
 * to set them apart. Radii are read against the extent, so no arrangement gives them more room than
 * the frame; a dense picture only diffuses outward, sweep after sweep. On Barabási-Albert graphs
 * laid out by the extractor (1,000 to 7,000 nodes, with linLog and no spreadCore, as it was then) a
 * cover up to 0.42 took 4 to 12 sweeps, 0.51 took 95, and 0.6 and more never cleared in 500 (2.3 s
 * at 6,000 nodes). As it is now they clear in 7 to 19 sweeps up to 10,000 nodes (0.19 s).
 */
export const MAX_COVER = 0.45;

/**
 * The margin to keep between discs of these radii (reference pixels): `marginPx`, or less if the
 * discs with it would cover more than MAX_COVER of the frame; undefined if they cover more on their own.
 */
export function fittingMargin(rs: Float64Array, marginPx: number): number | undefined {
  const n = rs.length;
  let sum = 0;
  let sumSquares = 0;
  for (const r of rs) {
    sum += r;
    sumSquares += r * r;
  }
  // Cover with margin m: pi * sum((r + m/2)^2) / REFERENCE_PX^2, a quadratic in m.
  const allowed = (MAX_COVER * REFERENCE_PX * REFERENCE_PX) / Math.PI;
  const cover = (m: number) => sumSquares + m * sum + (n * m * m) / 4;
  if (cover(marginPx) <= allowed) return marginPx;
  if (sumSquares > allowed) return undefined;
  return (-sum + Math.sqrt(sum * sum - n * (sumSquares - allowed))) / (n / 2);
}

/**
 * Moves the discs (centres xs, ys; radii rs in reference pixels of the current extent) apart
 * until no two overlap with the margin (narrowed by fittingMargin), or 500 sweeps, or the discs
 * are seen not to fit. Discs too big for the frame are left where they are. Returns the sweeps taken.
 */
export function separateDiscs(xs: Float64Array, ys: Float64Array, rs: Float64Array, marginPx: number): number {
  const n = xs.length;
  const marginFits = fittingMargin(rs, marginPx);
  if (marginFits === undefined) return 0;
  spreadCore(xs, ys, rs, marginFits);
  const rMax = rs.reduce((m, r) => Math.max(m, r), 0);
  const firstUnit = extentOfArrays(xs, ys) / REFERENCE_PX || 1;
  let sweep = 0;
  for (; sweep < 500; sweep++) {
    const unit = extentOfArrays(xs, ys) / REFERENCE_PX || 1;
    if (unit > GIVE_UP_GROWTH * firstUnit) break;
    // Aim a little past the margin so the final fit (which shrinks by at most the growth) keeps it.
    const margin = marginFits * 1.05 * unit;
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

/** The bounding box of the points, or of those at the indices `only`. */
export function boundsOfArrays(xs: Float64Array, ys: Float64Array, only?: readonly number[]): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const count = only ? only.length : xs.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k]! : k;
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  return { minX, maxX, minY, maxY };
}

function extentOfArrays(xs: Float64Array, ys: Float64Array): number {
  const { minX, maxX, minY, maxY } = boundsOfArrays(xs, ys);
  return Math.max(maxX - minX, maxY - minY, 0);
}

/**
 * How densely spreadCore packs a crowded core: the share of each circle round the centre that the
 * discs inside it (with half the margin) may cover. Separation alone spreads a dense core by
 * diffusion, pair by pair: a Gaussian blob of Zipf-sized discs took 209 and 458 sweeps at 1,000 and
 * 2,000 nodes and never cleared in 500 at 5,000 to 20,000 (31 s). Spread first, 12 to 92 sweeps
 * (2.5 s at 20,000). The Kremlin graph, its first 250 releases and generated graphs of 501 to 3,000
 * nodes keep each node's neighbours as often among its nearest (0.229 -> 0.224, 0.351 -> 0.387,
 * 0.142 both, 0.041 -> 0.042, 0.011 -> 0.012); at 0.3 it moved generated graphs' cores as well.
 */
const CORE_DENSITY = 0.5;

/**
 * Pushes each disc out from the picture's centre, along its own direction, to where the discs
 * nearer the centre fit inside its distance at CORE_DENSITY; discs already that far out stay.
 * Keeps the order of distances from the centre and every direction, so the picture keeps its shape.
 */
export function spreadCore(xs: Float64Array, ys: Float64Array, rs: Float64Array, marginPx: number): void {
  const n = xs.length;
  const { minX, maxX, minY, maxY } = boundsOfArrays(xs, ys);
  const unit = Math.max(maxX - minX, maxY - minY) / REFERENCE_PX || 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const distance = Float64Array.from({ length: n }, (_, i) => Math.hypot(xs[i]! - cx, ys[i]! - cy));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => distance[a]! - distance[b]! || a - b);
  let area = 0;
  for (const i of order) {
    const need = Math.sqrt(area / (Math.PI * CORE_DENSITY));
    area += Math.PI * ((rs[i]! + marginPx / 2) * unit) ** 2;
    if (distance[i]! >= need) continue;
    if (distance[i] === 0) {
      // At the centre: no direction of its own, so a fixed one per node keeps it deterministic.
      const angle = (i * 2.399963229728653) % (2 * Math.PI);
      xs[i] = cx + need * Math.cos(angle);
      ys[i] = cy + need * Math.sin(angle);
      continue;
    }
    const k = need / distance[i]!;
    xs[i] = cx + (xs[i]! - cx) * k;
    ys[i] = cy + (ys[i]! - cy) * k;
  }
}
