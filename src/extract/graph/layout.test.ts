import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "../read/plain-text.js";
import { parseGazetteer } from "../gazetteer.js";
import { buildActorIndex, collectActors } from "../actors/index.js";
import { processArticle } from "../pipeline.js";
import { buildGraph } from "./build.js";
import { DEFAULT_WEIGHTS, type GraphFile } from "../../shared/types.js";
import { discMarginPx, discScale, labelsFit, nodeSize, REFERENCE_PX } from "../../shared/appearance.js";
import { createHash } from "node:crypto";
import { layout, type LayoutInput } from "./layout.js";

const ARTICLES = "graph-data/articles";

function seedGraph(): GraphFile {
  const index = buildActorIndex(parseGazetteer(readFileSync("graph-data/gazetteer.yaml", "utf8"), "graph-data/gazetteer.yaml"));
  const results = readdirSync(ARTICLES)
    .sort()
    .flatMap((f) => parsePlainText(readFileSync(`${ARTICLES}/${f}`, "utf8"), `${ARTICLES}/${f}`, f.replace(/\.txt$/, "")).articles)
    .map((a) => processArticle(a, index));
  return buildGraph({
    articles: results.map((r) => r.article),
    skipped: [],
    nodes: collectActors(results, index),
    interactions: results.flatMap((r) => r.interactions),
    weights: DEFAULT_WEIGHTS,
  });
}

interface Disc {
  key: string;
  x: number;
  y: number;
  /** Radius in layout units: the explorer's drawn size in reference pixels, times layout units per pixel. */
  r: number;
}

/** Discs as the explorer draws them, in the layout's own units. */
function discs(points: { key: string; x: number; y: number; wd: number }[]): Disc[] {
  const max = Math.max(...points.map((p) => p.wd));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const unit = extent / REFERENCE_PX;
  const scale = discScale(points.length);
  return points.map((p) => ({ key: p.key, x: p.x, y: p.y, r: nodeSize(p.wd, max) * scale * unit }));
}

function overlapping(ds: Disc[], marginUnits: (d: Disc) => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < ds.length; i++) {
    for (let j = i + 1; j < ds.length; j++) {
      const a = ds[i]!;
      const b = ds[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + marginUnits(a)) out.push(`${a.key}/${b.key}`);
    }
  }
  return out;
}

describe.skipIf(!existsSync(ARTICLES))("layout of the seed graph", () => {
  const graph = seedGraph();
  const points = graph.nodes.map((n) => ({ key: n.key, x: n.attributes.x!, y: n.attributes.y!, wd: n.attributes.weightedDegree ?? 0 }));

  it("leaves no two discs overlapping, at the sizes the explorer draws them, with the margin", () => {
    const ds = discs(points);
    expect(ds.length).toBeGreaterThan(10);
    expect(overlapping(ds, () => 0)).toEqual([]);
    const unit = ds[0]!.r / (nodeSize(points[0]!.wd, Math.max(...points.map((p) => p.wd))) * discScale(points.length));
    expect(overlapping(ds, () => discMarginPx(points.length) * 0.99 * unit)).toEqual([]);
  });

  it("keeps labels off each other: no two nodes on nearly the same line within a label's width", () => {
    const ds = discs(points);
    const unit = ds[0]!.r / (nodeSize(points[0]!.wd, Math.max(...points.map((p) => p.wd))) * discScale(points.length));
    const labelOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
    const clashes: string[] = [];
    for (const a of ds) {
      for (const b of ds) {
        if (a === b || a.x > b.x) continue;
        // b's disc or label starts within a's label, on an overlapping line.
        const aLabelEnd = a.x + a.r + (3 + labelOf.get(a.key)!.length * 7) * unit;
        if (b.x - b.r < aLabelEnd && Math.abs(a.y - b.y) < 14 * unit) clashes.push(`${a.key}/${b.key}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("is byte-stable: the same corpus gives the same positions", () => {
    expect(JSON.stringify(seedGraph().nodes)).toBe(JSON.stringify(graph.nodes));
  });
});

describe("layout", () => {
  it("separates many nodes that FA2 leaves on top of each other (a star of leaves)", () => {
    const nodes = Array.from({ length: 120 }, (_, i) => `n${String(i).padStart(3, "0")}`);
    const edges = nodes.slice(1).map((n) => ({ source: nodes[0]!, target: n, weight: 1 }));
    const wd = (k: string) => (k === nodes[0] ? 119 : 1);
    const pos = layout({ nodes, edges, weightedDegree: wd });
    expect(overlapping(discs(nodes.map((k) => ({ key: k, ...pos.get(k)!, wd: wd(k) }))), () => 0)).toEqual([]);
  });
});

describe("actors joined to nothing else", () => {
  // A hub with 60 leaves and a ring of 8 among them; 30 actors with no edge and three pairs (as many
  // ForceAtlas2 passes either way: 61 and 97 nodes).
  function input(withDetached: boolean): LayoutInput {
    const leaves = Array.from({ length: 60 }, (_, i) => `leaf${String(i).padStart(2, "0")}`);
    const edges: LayoutInput["edges"] = leaves.map((l) => ({ source: "hub", target: l, weight: 1 }));
    for (let i = 0; i < 8; i++) edges.push({ source: leaves[i]!, target: leaves[(i + 1) % 8]!, weight: 2 });
    const nodes = ["hub", ...leaves];
    if (withDetached) {
      for (let i = 0; i < 30; i++) nodes.splice(1 + i, 0, `alone${String(i).padStart(2, "0")}`);
      for (let i = 0; i < 3; i++) {
        nodes.push(`pa${i}`, `pb${i}`);
        edges.push({ source: `pa${i}`, target: `pb${i}`, weight: 1 });
      }
    }
    const wd = new Map<string, number>();
    for (const e of edges) for (const k of [e.source, e.target]) wd.set(k, (wd.get(k) ?? 0) + e.weight);
    return { nodes, edges, weightedDegree: (k) => wd.get(k) ?? 0 };
  }
  const main = ["hub", ...Array.from({ length: 60 }, (_, i) => `leaf${String(i).padStart(2, "0")}`)];
  /** Positions about their centroid, scaled to unit mean distance: the shape, whatever the frame. */
  function shape(pos: Map<string, { x: number; y: number }>): [number, number][] {
    const ps = main.map((k) => pos.get(k)!);
    const cx = ps.reduce((s, p) => s + p.x, 0) / ps.length;
    const cy = ps.reduce((s, p) => s + p.y, 0) / ps.length;
    const scale = ps.reduce((s, p) => s + Math.hypot(p.x - cx, p.y - cy), 0) / ps.length;
    return ps.map((p) => [(p.x - cx) / scale, (p.y - cy) / scale]);
  }

  it("stay out of ForceAtlas2: the main component has the shape it has without them", () => {
    const alone = shape(layout(input(false)));
    const withThem = shape(layout(input(true)));
    const moved = alone.map((p, i) => Math.hypot(p[0] - withThem[i]![0], p[1] - withThem[i]![1]));
    // Only the last separation's nudges, made as the rings widen the picture (1.8 when every actor
    // took part in ForceAtlas2).
    expect(moved.reduce((a, b) => a + b, 0) / moved.length).toBeLessThan(0.05);
  });

  it("are set on a ring round the main component, none overlapping, in the file's order of nodes", () => {
    const inp = input(true);
    const pos = layout(inp);
    const wd = inp.weightedDegree!;
    expect(overlapping(discs(inp.nodes.map((k) => ({ key: k, ...pos.get(k)!, wd: wd(k) }))), () => 0)).toEqual([]);
    const ps = main.map((k) => pos.get(k)!);
    const cx = (Math.min(...ps.map((p) => p.x)) + Math.max(...ps.map((p) => p.x))) / 2;
    const cy = (Math.min(...ps.map((p) => p.y)) + Math.max(...ps.map((p) => p.y))) / 2;
    const reach = Math.max(...ps.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    const detached = inp.nodes.filter((k) => !main.includes(k));
    const distances = detached.map((k) => Math.hypot(pos.get(k)!.x - cx, pos.get(k)!.y - cy));
    expect(Math.min(...distances)).toBeGreaterThan(reach);
    expect(Math.max(...distances)).toBeLessThan(reach * 1.35);
    // The pairs first (bigger pieces), then the lone actors in the file's order, round the ring.
    const angle = (k: string) => (Math.atan2(pos.get(k)!.y - cy, pos.get(k)!.x - cx) + (5 * Math.PI) / 2) % (2 * Math.PI);
    const alone = detached.filter((k) => k.startsWith("alone")).map(angle);
    for (let i = 1; i < alone.length; i++) expect(alone[i]!).toBeGreaterThan(alone[i - 1]!);
    expect(angle("pa0")).toBeLessThan(alone[0]!);
  });
});

describe("layout of clusters around a hub", () => {
  // Four groups of 25 actors that mostly meet among themselves, and one actor who meets most of them:
  // the shape of a head of state's press releases (his government, summits, bilateral visits).
  it("keeps each group together: most of an actor's nearest actors are of its own group", () => {
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const members = Array.from({ length: 100 }, (_, i) => `g${Math.floor(i / 25)}-${i % 25}`);
    const group = (k: string) => k.slice(0, 2);
    const edges: LayoutInput["edges"] = [];
    members.forEach((a, i) => {
      if (random() < 0.8) edges.push({ source: "hub", target: a, weight: 1 });
      for (const b of members.slice(i + 1)) if (random() < (group(a) === group(b) ? 0.3 : 0.01)) edges.push({ source: a, target: b, weight: 1 });
    });
    const wd = new Map<string, number>();
    for (const e of edges) for (const k of [e.source, e.target]) wd.set(k, (wd.get(k) ?? 0) + e.weight);
    const pos = layout({ nodes: ["hub", ...members], edges, weightedDegree: (k) => wd.get(k) ?? 0 });
    let share = 0;
    for (const a of members) {
      const p = pos.get(a)!;
      const distance = (b: string) => Math.hypot(pos.get(b)!.x - p.x, pos.get(b)!.y - p.y);
      const nearest = members
        .filter((b) => b !== a)
        .sort((b, c) => distance(b) - distance(c))
        .slice(0, 10);
      share += nearest.filter((b) => group(b) === group(a)).length / 10 / members.length;
    }
    expect(share).toBeGreaterThan(0.8); // 0.94; 0.46 with ForceAtlas2's linLog mode
  });
});

describe("labels the canvas cannot hold apart", () => {
  // The first 40 Kremlin releases make a star of 95 actors around Putin whose names would cover
  // 0.84 of the canvas: stacking their boxes apart squeezed the layout into a column a quarter as
  // wide as tall, with more names overlapping than before.
  it("are left to the explorer: a star of 95 named actors keeps its round shape", () => {
    const nodes = Array.from({ length: 95 }, (_, i) => `actor-${String(i).padStart(2, "0")}`);
    const edges = nodes.slice(1).map((n, i) => ({ source: nodes[0]!, target: n, weight: 1 + (i % 3) }));
    const label = (k: string) => `Firstname ${k.replace("actor-", "Surname")}`;
    expect(labelsFit(nodes.map(label))).toBe(false);
    const pos = [...layout({ nodes, edges, weightedDegree: (k) => (k === nodes[0] ? 188 : 2), label }).values()];
    const width = Math.max(...pos.map((p) => p.x)) - Math.min(...pos.map((p) => p.x));
    const height = Math.max(...pos.map((p) => p.y)) - Math.min(...pos.map((p) => p.y));
    expect(Math.min(width, height) / Math.max(width, height)).toBeGreaterThan(0.8);
  });
});

describe("layout positions are pinned", () => {
  // Speed-ups must not move a node: everyone's reference outputs are byte-compared. These
  // digests were taken before the separation passes were optimised; a deliberate change to
  // the layout updates them (and says so: the 650-node digest changed with Barnes-Hut's theta,
  // 0.5 to 1.2; the 150- and 650-node ones with the over-relaxed disc separation, OVER_RELAX; the
  // 650-node one again when the separation learnt to give up on discs that cannot fit, GIVE_UP_GROWTH:
  // this random graph's discs never do, and it stops after about 240 sweeps instead of 500; both
  // when the margin learnt to shrink with the discs and to fit the frame, and the separation to
  // spread a crowded core first: the 650-node graph's discs alone cover more than MAX_COVER of the
  // frame, so it now keeps ForceAtlas2's picture, and the 150-node one clears in 1 sweep); all three
  // when ForceAtlas2 left linLog mode (src/shared/layout-settings.ts); all four when the actors and
  // small groups joined to nothing else were set on rings round the rest (src/shared/detached-pieces.ts):
  // these random graphs have such pieces. The connected graphs' digests are those from before it.
  /**
   * 2n random edges; or, `connected`, a random tree and n random edges: one component, so nothing
   * is set on rings.
   */
  function randomGraph(n: number, seed: number, connected = false): LayoutInput {
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const edges: LayoutInput["edges"] = [];
    if (connected) for (let i = 1; i < n; i++) edges.push({ source: nodes[Math.floor(rnd() * i)]!, target: nodes[i]!, weight: 1 + Math.floor(rnd() * 5) });
    for (let k = 0; k < (connected ? n : n * 2); k++) {
      const a = Math.floor(rnd() * n);
      const b = Math.floor(rnd() * n);
      if (a !== b) edges.push({ source: nodes[a]!, target: nodes[b]!, weight: 1 + Math.floor(rnd() * 5) });
    }
    const wd = new Map<string, number>();
    for (const e of edges) for (const k of [e.source, e.target]) wd.set(k, (wd.get(k) ?? 0) + e.weight);
    return { nodes, edges, weightedDegree: (k) => wd.get(k) ?? 0, label: (k) => `Person ${k}` };
  }
  const digest = (input: LayoutInput) => createHash("sha256").update(JSON.stringify([...layout(input)])).digest("hex");

  // Labels kept apart, as for every graph up to 200 nodes once.
  it("with labels kept apart (40 nodes)", () => {
    expect(digest(randomGraph(40, 40))).toBe("6715467013b212b7bc537b37d858d8a697aa140c1921c0db32d9e7ee3ec3c9d8");
  });

  // 150 labels are more than the canvas holds apart: since that is known, discs only (it was label boxes too, digest 56a63e4c…).
  it("with discs only where the labels cannot all fit (150 nodes)", () => {
    expect(digest(randomGraph(150, 150))).toBe("70578b733dab7dcea765fcbb39f73ddc7ec144482d1464a4bcb5bb400af5af1e");
  });

  // Barnes-Hut since the threshold went from 500 nodes to 200 (BARNES_HUT_ABOVE), 300 passes.
  it("with Barnes-Hut below 500 nodes (300 nodes)", () => {
    expect(digest(randomGraph(300, 300))).toBe("2429e4f9a14e6a8cef3b875e994fcda600c8f5ed25458d500ab4024edcc8d616");
  });

  it("a connected graph as before pieces were set on rings (40 and 300 nodes)", () => {
    expect(digest(randomGraph(40, 40, true))).toBe("6ac7a95850a656e31c4aea6dc9acedba778953e5ceef26172d8283abf2b60523");
    expect(digest(randomGraph(300, 300, true))).toBe("b1c915e115cf13aa55d9c526dc5106268c73baab2adf793d0a14dcfc6cc36237");
  });

  it("with Barnes-Hut and the disc grid (650 nodes)", () => {
    expect(digest(randomGraph(650, 650))).toBe("8247c51785aa051c3caeb6edd4a77624419946857d0189cf0566e17e15bb49ea");
  });
});
