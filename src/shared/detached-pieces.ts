// The parts of a graph not joined to its largest component: actors with no connection at all, and
// small groups (two or three actors who met, seen nowhere else). ForceAtlas2 gives them no place
// that means anything: strong gravity and the main component's repulsion scatter them round it,
// pairs drawn apart along one long edge (on the Kremlin graph: 131 isolated actors and 18 groups
// of 2 to 5 beside a main component of 389). Here each piece, drawn compact in its own shape, is set
// on rings round the main component, and the separation makes room for them.
// Pure arithmetic on arrays, the same in Node and the browser, but for reading the components.
import type Graph from "graphology";
import { connectedComponents } from "graphology-components";
import { REFERENCE_PX } from "./appearance.js";
import { boundsOfArrays, separateDiscs } from "./separate-discs.js";

/** Above this many nodes a piece's own spacing is not checked pair by pair: the separation sees to it. */
const SPACING_CHECK_MAX = 400;
/** Where rings begin: the bottom of the explorer's picture (sigma draws y upwards). */
const START_ANGLE = -Math.PI / 2;

/**
 * For each of `keys`: -1 in the largest connected component (the first found, on a tie), else the
 * number of its piece, the biggest pieces first (ties in the order found). All -1 when the largest
 * component is a single node: a graph with no edges keeps its picture as it is.
 */
export function detachedPieces(graph: Graph, keys: readonly string[]): Int32Array {
  const components = connectedComponents(graph);
  let main = 0;
  for (let c = 1; c < components.length; c++) if (components[c]!.length > components[main]!.length) main = c;
  const piece = new Int32Array(keys.length).fill(-1);
  if (components.length <= 1 || components[main]!.length === 1) return piece;
  const order = components
    .map((_, c) => c)
    .filter((c) => c !== main)
    .sort((a, b) => components[b]!.length - components[a]!.length || a - b);
  const pieceOf = new Map<string, number>();
  order.forEach((c, p) => {
    for (const key of components[c]!) pieceOf.set(key, p);
  });
  keys.forEach((key, i) => {
    piece[i] = pieceOf.get(key) ?? -1;
  });
  return piece;
}

/**
 * Separates the main component's discs (piece -1), sets the other pieces on rings round them, then
 * separates everything. Where there is no piece, or nothing but pieces, this is separateDiscs alone.
 * Returns the sweeps taken.
 */
export function separateWithPieces(xs: Float64Array, ys: Float64Array, rs: Float64Array, piece: Int32Array, marginPx: number): number {
  const main: number[] = [];
  for (let i = 0; i < xs.length; i++) if (piece[i]! < 0) main.push(i);
  if (main.length === 0 || main.length === xs.length) return separateDiscs(xs, ys, rs, marginPx);
  const mx = Float64Array.from(main, (i) => xs[i]!);
  const my = Float64Array.from(main, (i) => ys[i]!);
  const separateMain = (grow: number) => {
    const sweeps = separateDiscs(mx, my, Float64Array.from(main, (i) => rs[i]! * grow), marginPx * grow);
    main.forEach((i, j) => {
      xs[i] = mx[j]!;
      ys[i] = my[j]!;
    });
    return sweeps;
  };
  let sweeps = separateMain(1);
  // The rings widen the picture, and every disc grows against it: separated at the main component's
  // own scale, its core overlapped again once the rings were set (Kremlin: 506 pairs). So it is
  // separated once more with its discs grown as the rings will grow them, and the rings set again
  // round that.
  const grow = ringPieces(xs, ys, rs, piece, marginPx);
  if (grow > 1) {
    sweeps += separateMain(grow);
    ringPieces(xs, ys, rs, piece, marginPx);
  }
  return sweeps + separateDiscs(xs, ys, rs, marginPx);
}

interface Piece {
  members: number[];
  /** Bounding-box centre of the members, in layout units. */
  x: number;
  y: number;
  /** Direction of the piece's long axis, in radians: it is laid along its ring. */
  axis: number;
  /** Pixels per layout unit that draw the piece compact (0: the picture's own). */
  scale: number;
}

interface Placed {
  piece: number;
  /** Distance of the piece's centre from the picture's centre, and its angle, in reference pixels. */
  radius: number;
  angle: number;
  /** Pixels per layout unit of the piece's own shape. */
  scale: number;
}

/** How much further apart than touching a piece's members are drawn, at the median distance between them. */
const PIECE_SPACING = 2;

/**
 * Places the pieces (piece >= 0) on rings round the main component's bounding circle, in the order
 * of their numbers, from START_ANGLE on: the innermost ring first, each full ring's pieces spread
 * evenly round it, and an outer ring that is not full kept together, centred on START_ANGLE. A piece
 * keeps its shape, drawn compact, its long axis along the ring. Radii are in reference pixels of the
 * final picture, whose extent the rings set; the scale that makes them fit is found by iterating
 * (each step shrinks the error by the rings' share of the frame).
 */
export function ringPieces(xs: Float64Array, ys: Float64Array, rs: Float64Array, piece: Int32Array, marginPx: number): number {
  const pieces: Piece[] = [];
  const main: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const p = piece[i]!;
    if (p < 0) {
      main.push(i);
      continue;
    }
    while (pieces.length <= p) pieces.push({ members: [], x: 0, y: 0, axis: 0, scale: 0 });
    pieces[p]!.members.push(i);
  }
  if (pieces.length === 0 || main.length === 0) return 1;
  for (const p of pieces) describePiece(p, xs, ys, rs, marginPx);
  const { minX, maxX, minY, maxY } = boundsOfArrays(xs, ys, main);
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const firstUnit = Math.max(maxX - minX, maxY - minY) / REFERENCE_PX || 1;
  const distance = main.map((i) => Math.hypot(xs[i]! - centreX, ys[i]! - centreY));
  // The main component's bounding circle, discs included, in reference pixels at u units to the pixel.
  const reach = (u: number) => main.reduce((r, i, k) => Math.max(r, distance[k]! / u + rs[i]!), 0);
  // A little more than the margin: the separation aims 5% past it, and pieces set just at it made it
  // push the rings out sweep after sweep (they set the extent, so every push grew every disc against
  // it: 300 sweeps on the Kremlin graph).
  const gap = marginPx * 1.1;
  const plan = (u: number) => arrange(pieces, xs, ys, rs, reach(u) + gap, u, gap);
  // The picture's extent in reference pixels: the main component's centres and the pieces'.
  const extent = (u: number, placed: Placed[]) => {
    let lowX = (minX - centreX) / u;
    let highX = (maxX - centreX) / u;
    let lowY = (minY - centreY) / u;
    let highY = (maxY - centreY) / u;
    for (const item of placed) {
      const p = pieces[item.piece]!;
      for (const i of p.members) {
        const [x, y] = memberAt(p, item, xs[i]!, ys[i]!);
        lowX = Math.min(lowX, x);
        highX = Math.max(highX, x);
        lowY = Math.min(lowY, y);
        highY = Math.max(highY, y);
      }
    }
    return Math.max(highX - lowX, highY - lowY);
  };

  let unit = firstUnit;
  for (let step = 0; step < 60; step++) {
    const next = (extent(unit, plan(unit)) * unit) / REFERENCE_PX;
    if (!(next < 1e3 * firstUnit)) {
      // The rings alone would need more than the frame: keep the main component's scale and let
      // the separation do what it can.
      unit = firstUnit;
      break;
    }
    const settled = Math.abs(next - unit) <= 1e-9 * unit;
    unit = next;
    if (settled) break;
  }

  for (const item of plan(unit)) {
    const p = pieces[item.piece]!;
    const moved = p.members.map((i) => memberAt(p, item, xs[i]!, ys[i]!));
    p.members.forEach((i, k) => {
      xs[i] = centreX + moved[k]![0] * unit;
      ys[i] = centreY + moved[k]![1] * unit;
    });
  }
  return unit / firstUnit;
}

/** A member's place, in reference pixels from the picture's centre: the piece turned so its long axis runs along its ring. */
function memberAt(p: Piece, item: Placed, x: number, y: number): [number, number] {
  const turn = item.angle + Math.PI / 2 - p.axis;
  const dx = (x - p.x) * item.scale;
  const dy = (y - p.y) * item.scale;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  return [item.radius * Math.cos(item.angle) + dx * cos - dy * sin, item.radius * Math.sin(item.angle) + dx * sin + dy * cos];
}

function describePiece(p: Piece, xs: Float64Array, ys: Float64Array, rs: Float64Array, marginPx: number): void {
  const { minX, maxX, minY, maxY } = boundsOfArrays(xs, ys, p.members);
  p.x = (minX + maxX) / 2;
  p.y = (minY + maxY) / 2;
  // The long axis: the principal direction of the members' spread.
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const i of p.members) {
    const dx = xs[i]! - p.x;
    const dy = ys[i]! - p.y;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  p.axis = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  if (p.members.length > SPACING_CHECK_MAX) return;
  // The median distance between members, not the least: ForceAtlas2 may leave two of them on top
  // of each other, and that pair would blow the rest up. The separation parts such pairs.
  const distances: number[] = [];
  let radii = 0;
  for (let a = 0; a < p.members.length; a++) {
    const i = p.members[a]!;
    radii += rs[i]!;
    for (let b = a + 1; b < p.members.length; b++) {
      const j = p.members[b]!;
      distances.push(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!));
    }
  }
  if (distances.length === 0) return;
  distances.sort((a, b) => a - b);
  const median = distances[Math.floor((distances.length - 1) / 2)]!;
  if (median > 0) p.scale = (PIECE_SPACING * ((2 * radii) / p.members.length + marginPx)) / median;
}

/**
 * Rings from `innerPx` outwards: each piece with its bounding circle on the ring's inner edge,
 * taking the angle that circle (with half the margin each side) spans there.
 */
function arrange(pieces: Piece[], xs: Float64Array, ys: Float64Array, rs: Float64Array, innerPx: number, u: number, marginPx: number): Placed[] {
  const placed: Placed[] = [];
  let inner = innerPx;
  let ring: { piece: number; radius: number; width: number; scale: number }[] = [];
  let used = 0;
  let thickest = 0;
  const close = (full: boolean) => {
    const spare = full ? (2 * Math.PI - used) / ring.length : 0;
    let angle = full ? START_ANGLE : START_ANGLE - used / 2;
    for (const item of ring) {
      placed.push({ piece: item.piece, radius: item.radius, angle: angle + (item.width + spare) / 2, scale: item.scale });
      angle += item.width + spare;
    }
    inner += 2 * thickest + marginPx;
    ring = [];
    used = 0;
    thickest = 0;
  };
  pieces.forEach((p, n) => {
    // Drawn compact, however far apart ForceAtlas2 left them (a pair's one edge pulls it no closer).
    const scale = p.scale > 0 ? p.scale : 1 / u;
    let bound = 0;
    for (const i of p.members) bound = Math.max(bound, Math.hypot(xs[i]! - p.x, ys[i]! - p.y) * scale + rs[i]!);
    const width = (radius: number) => 2 * Math.asin(Math.min(1, (bound + marginPx / 2) / radius));
    if (ring.length > 0 && used + width(inner + bound) > 2 * Math.PI) close(true);
    const radius = inner + bound;
    ring.push({ piece: n, radius, width: width(radius), scale });
    used += width(radius);
    thickest = Math.max(thickest, bound);
  });
  // A single ring goes all the way round; an outer one not full stays together.
  close(placed.length === 0);
  return placed;
}
