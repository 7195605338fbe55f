import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { REFERENCE_PX } from "./appearance.js";
import { detachedPieces, separateWithPieces } from "./detached-pieces.js";
import { separateDiscs } from "./separate-discs.js";

const MARGIN = 6;

function graphOf(nodes: string[], edges: [string, string][]): Graph {
  const g = new Graph({ type: "undirected" });
  for (const k of nodes) g.addNode(k);
  for (const [a, b] of edges) g.addEdge(a, b);
  return g;
}

interface Picture {
  keys: string[];
  xs: Float64Array;
  ys: Float64Array;
  rs: Float64Array;
  piece: Int32Array;
}

/**
 * A star of `leaves` round a hub, as ForceAtlas2 leaves it, with pairs and isolated actors scattered
 * far out (as strong gravity leaves them: a wide orbit, pairs drawn apart along their edge).
 */
function picture(leaves: number, pairs: number, isolated: number): Picture {
  const keys = ["hub"];
  const edges: [string, string][] = [];
  const at: [number, number][] = [[0, 0]];
  for (let i = 0; i < leaves; i++) {
    keys.push(`leaf${i}`);
    edges.push(["hub", `leaf${i}`]);
    const a = (i / leaves) * 2 * Math.PI;
    at.push([40 * Math.cos(a), 40 * Math.sin(a)]);
  }
  for (let i = 0; i < pairs; i++) {
    keys.push(`pairA${i}`, `pairB${i}`);
    edges.push([`pairA${i}`, `pairB${i}`]);
    const a = i * 2.4;
    at.push([150 * Math.cos(a), 150 * Math.sin(a)], [175 * Math.cos(a + 0.1), 175 * Math.sin(a + 0.1)]);
  }
  for (let i = 0; i < isolated; i++) {
    keys.push(`alone${i}`);
    const a = i * 1.7;
    at.push([(120 + (i % 7) * 20) * Math.cos(a), (120 + (i % 7) * 20) * Math.sin(a)]);
  }
  return {
    keys,
    xs: Float64Array.from(at, (p) => p[0]),
    ys: Float64Array.from(at, (p) => p[1]),
    rs: Float64Array.from(keys, (k) => (k === "hub" ? 14 : 4)),
    piece: detachedPieces(graphOf(keys, edges), keys),
  };
}

/** Pairs of discs closer than their radii and the margin, radii read against the picture's extent. */
function overlaps(p: Picture, margin = MARGIN): number {
  const unit = extent(p) / REFERENCE_PX;
  let n = 0;
  for (let i = 0; i < p.keys.length; i++)
    for (let j = i + 1; j < p.keys.length; j++)
      if (Math.hypot(p.xs[i]! - p.xs[j]!, p.ys[i]! - p.ys[j]!) < (p.rs[i]! + p.rs[j]! + margin) * unit * 0.999) n++;
  return n;
}

function extent(p: Picture): number {
  return Math.max(Math.max(...p.xs) - Math.min(...p.xs), Math.max(...p.ys) - Math.min(...p.ys));
}

/** The main component's bounding-box centre and its farthest disc edge from there, in layout units. */
function mainCircle(p: Picture): { x: number; y: number; reach: number } {
  const main = p.keys.map((_, i) => i).filter((i) => p.piece[i]! < 0);
  const xs = main.map((i) => p.xs[i]!);
  const ys = main.map((i) => p.ys[i]!);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const unit = extent(p) / REFERENCE_PX;
  const reach = Math.max(...main.map((i) => Math.hypot(p.xs[i]! - x, p.ys[i]! - y) + p.rs[i]! * unit));
  return { x, y, reach };
}

describe("detachedPieces", () => {
  it("numbers the pieces outside the largest component, the biggest first, ties in the order found", () => {
    const keys = ["a", "b", "c", "d", "lone1", "p1", "p2", "t1", "t2", "t3", "lone2"];
    const g = graphOf(keys, [["a", "b"], ["b", "c"], ["c", "d"], ["p1", "p2"], ["t1", "t2"], ["t2", "t3"]]);
    expect([...detachedPieces(g, keys)]).toEqual([-1, -1, -1, -1, 2, 1, 1, 0, 0, 0, 3]);
    // Any order of keys: each gets its own piece's number.
    expect([...detachedPieces(g, ["lone2", "t3", "a"])]).toEqual([3, 0, -1]);
  });

  it("leaves a graph with no edges, or a connected one, as one whole (all -1)", () => {
    expect([...detachedPieces(graphOf(["a", "b", "c"], []), ["a", "b", "c"])]).toEqual([-1, -1, -1]);
    expect([...detachedPieces(graphOf(["a", "b", "c"], [["a", "b"], ["b", "c"]]), ["a", "b", "c"])]).toEqual([-1, -1, -1]);
  });

  it("takes the first of two largest components as the main one", () => {
    const keys = ["a", "b", "c", "d"];
    expect([...detachedPieces(graphOf(keys, [["c", "d"], ["a", "b"]]), keys)]).toEqual([-1, -1, 0, 0]);
  });
});

describe("separateWithPieces", () => {
  it("sets pairs and isolated actors on a ring just outside the main component, none overlapping", () => {
    const p = picture(30, 4, 40);
    separateWithPieces(p.xs, p.ys, p.rs, p.piece, MARGIN);
    expect(overlaps(p)).toBe(0);
    const { x, y, reach } = mainCircle(p);
    const unit = extent(p) / REFERENCE_PX;
    const detached = p.keys.map((_, i) => i).filter((i) => p.piece[i]! >= 0);
    const distances = detached.map((i) => Math.hypot(p.xs[i]! - x, p.ys[i]! - y));
    // Outside the main component's circle, and no further out than one ring of pairs beyond it:
    // the pairs' discs, their compact spacing and the margins (about 40 reference pixels).
    expect(Math.min(...distances)).toBeGreaterThan(reach);
    expect(Math.max(...distances)).toBeLessThan(reach + 45 * unit);
    // Before, they orbited at up to 4.4 times the main component's reach (175 of 40).
    expect(Math.max(...distances) / reach).toBeLessThan(1.6);
  });

  it("draws a pair compact: its two actors nearer each other than to anything else", () => {
    const p = picture(30, 4, 40);
    separateWithPieces(p.xs, p.ys, p.rs, p.piece, MARGIN);
    const unit = extent(p) / REFERENCE_PX;
    for (let k = 0; k < 4; k++) {
      const a = p.keys.indexOf(`pairA${k}`);
      const b = p.keys.indexOf(`pairB${k}`);
      const d = Math.hypot(p.xs[a]! - p.xs[b]!, p.ys[a]! - p.ys[b]!);
      // PIECE_SPACING (2) times touching with the margin: (4 + 4 + 6) px.
      expect(d / unit).toBeCloseTo(28, 0);
      for (let i = 0; i < p.keys.length; i++) {
        if (i === a || i === b) continue;
        expect(Math.hypot(p.xs[a]! - p.xs[i]!, p.ys[a]! - p.ys[i]!)).toBeGreaterThan(d);
      }
    }
  });

  it("spreads a single ring evenly round the main component", () => {
    const p = picture(30, 0, 24);
    separateWithPieces(p.xs, p.ys, p.rs, p.piece, MARGIN);
    const { x, y } = mainCircle(p);
    const angles = p.keys
      .map((_, i) => i)
      .filter((i) => p.piece[i]! >= 0)
      .map((i) => Math.atan2(p.ys[i]! - y, p.xs[i]! - x))
      .sort((a, b) => a - b);
    const gaps = angles.map((a, k) => (k + 1 < angles.length ? angles[k + 1]! : angles[0]! + 2 * Math.PI) - a);
    for (const gap of gaps) expect(gap).toBeCloseTo((2 * Math.PI) / 24, 2);
  });

  it("fills rings from the inside and keeps an outer ring that is not full together", () => {
    const p = picture(30, 0, 400);
    separateWithPieces(p.xs, p.ys, p.rs, p.piece, MARGIN);
    expect(overlaps(p)).toBe(0);
    const { x, y, reach } = mainCircle(p);
    const detached = p.keys.map((_, i) => i).filter((i) => p.piece[i]! >= 0);
    const distance = (i: number) => Math.hypot(p.xs[i]! - x, p.ys[i]! - y);
    // Index order is ring order: distances never fall by more than the separation's nudges.
    const rings = new Set(detached.map((i) => Math.round((distance(i) / reach) * 20)));
    expect(rings.size).toBeGreaterThan(1);
    for (let k = 1; k < detached.length; k++) expect(distance(detached[k]!)).toBeGreaterThan(distance(detached[k - 1]!) * 0.97);
    // The last ring's actors sit side by side, centred on the bottom (-pi/2), not spread round.
    const outer = detached.filter((i) => distance(i) >= distance(detached[detached.length - 1]!) * 0.99);
    expect(outer.length).toBeGreaterThan(1);
    const angles = outer.map((i) => Math.atan2(p.ys[i]! - y, p.xs[i]! - x)).sort((a, b) => a - b);
    const mean = Math.atan2(
      angles.reduce((s, a) => s + Math.sin(a), 0),
      angles.reduce((s, a) => s + Math.cos(a), 0),
    );
    expect(mean).toBeCloseTo(-Math.PI / 2, 1);
    // Side by side: the gaps between neighbours are all alike but one, the part of the ring left empty.
    const gaps = angles.map((a, k) => (k + 1 < angles.length ? angles[k + 1]! : angles[0]! + 2 * Math.PI) - a).sort((a, b) => b - a);
    expect(gaps[0]!).toBeGreaterThan(10 * gaps[1]!);
    expect(gaps[1]! / gaps[gaps.length - 1]!).toBeLessThan(1.5);
  });

  it("keeps a piece whose actors ForceAtlas2 left on top of each other no bigger than the rest", () => {
    const keys = ["hub", "l1", "l2", "l3", "t1", "t2", "t3"];
    const g = graphOf(keys, [["hub", "l1"], ["hub", "l2"], ["hub", "l3"], ["t1", "t2"], ["t2", "t3"]]);
    const p: Picture = {
      keys,
      xs: Float64Array.from([0, 30, -30, 0, 100, 100.000001, 160]),
      ys: Float64Array.from([0, 0, 0, 30, 100, 100, 100]),
      rs: Float64Array.from([10, 4, 4, 4, 4, 4, 4]),
      piece: detachedPieces(g, keys),
    };
    separateWithPieces(p.xs, p.ys, p.rs, p.piece, MARGIN);
    expect(overlaps(p)).toBe(0);
    const t = [4, 5, 6];
    const span = Math.max(...t.flatMap((i) => t.map((j) => Math.hypot(p.xs[i]! - p.xs[j]!, p.ys[i]! - p.ys[j]!))));
    // Scaled by the median distance, not the least: the piece spans a few discs, not the frame.
    expect(span / (extent(p) / REFERENCE_PX)).toBeLessThan(80);
  });

  it("is separateDiscs alone where nothing is detached", () => {
    const p = picture(30, 0, 0);
    const q = { xs: Float64Array.from(p.xs), ys: Float64Array.from(p.ys) };
    expect(p.piece.every((v) => v === -1)).toBe(true);
    separateWithPieces(p.xs, p.ys, p.rs, p.piece, MARGIN);
    separateDiscs(q.xs, q.ys, Float64Array.from(p.rs), MARGIN);
    expect([...p.xs]).toEqual([...q.xs]);
    expect([...p.ys]).toEqual([...q.ys]);
  });

  it("gives the same positions for the same input", () => {
    const a = picture(30, 4, 40);
    const b = picture(30, 4, 40);
    separateWithPieces(a.xs, a.ys, a.rs, a.piece, MARGIN);
    separateWithPieces(b.xs, b.ys, b.rs, b.piece, MARGIN);
    expect([...a.xs]).toEqual([...b.xs]);
    expect([...a.ys]).toEqual([...b.ys]);
  });
});
