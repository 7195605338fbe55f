// How the graph looks: node colour by affiliation, node size by weighted
// degree, edge size by weight, and positions when the file carries none.
// Shared by the explorer (sigma attributes / reducers) and the export CLI, so a
// snapshot made on the command line looks like the same view in the browser.
// Pure: no DOM, no Node API.
import type { GraphFile, InteractionType } from "./graph-schema.js";

/** Colours for the affiliations the gazetteer uses most; others get a stable palette colour. */
export const AFFILIATION_COLORS: Readonly<Record<string, string>> = {
  US: "#1f77b4",
  RU: "#d62728",
  UA: "#e6b800",
  EU: "#3949ab",
  NATO: "#00838f",
  UN: "#4fc3f7",
  CN: "#c2185b",
  GB: "#6a1b9a",
  FR: "#2e7d32",
  DE: "#5d4037",
  BY: "#ef6c00",
  TR: "#ad1457",
  OSCE: "#00695c",
};

/** Fallback colours for other affiliations, picked by a hash of the code. */
export const PALETTE = [
  "#8c564b",
  "#9467bd",
  "#17becf",
  "#bcbd22",
  "#7f7f7f",
  "#ff7f0e",
  "#2ca02c",
  "#e377c2",
  "#393b79",
  "#637939",
  "#843c39",
  "#7b4173",
] as const;

/** Actors with no known affiliation. */
export const UNKNOWN_AFFILIATION_COLOR = "#9e9e9e";
export const UNKNOWN_AFFILIATION_LABEL = "Unknown";

/** Edges with at least one meeting. */
export const MET_EDGE_COLOR = "#7b93c4";
/** Edges with statements or co-mentions only. */
export const EDGE_COLOR = "#c3c9d4";
/** Meetings that did not (yet) happen: drawn, never counted. */
export const UNREALISED_EDGE_COLOR = "#e8c9a0";
/** Colours used when something is highlighted (hover, search, focus). */
export const HIGHLIGHT_COLOR = "#ff5722";
export const DIMMED_NODE_COLOR = "#e0e0e0";
export const DIMMED_EDGE_COLOR = "#eeeeee";
export const BACKGROUND_COLOR = "#ffffff";
export const LABEL_COLOR = "#222222";

// A label as sigma draws it: 13 px text about 7 px a character, 3 px right of the disc, 18 px tall.
const LABEL_CHAR_PX = 7;
export const LABEL_HALF_HEIGHT_PX = 9;

/** How far a label runs right of its disc, in pixels: the gap and the text. */
export function labelWidthPx(label: string): number {
  return 3 + label.length * LABEL_CHAR_PX;
}
/** The canvas side (less sigma's stage padding) a layout is made to fit, in pixels. */
export const REFERENCE_PX = 560;
/** Clear space between two discs, or two labels, in reference pixels (before discScale). */
export const NODE_MARGIN_PX = 6;

/** Big graphs get smaller discs so hubs do not cover their neighbourhood: the explorer's size factor. */
export function discScale(shownNodes: number): number {
  return Math.max(0.35, Math.min(1, Math.sqrt(300 / Math.max(1, shownNodes))));
}

/**
 * Clear space between two discs on a graph of this many nodes: it shrinks with the discs, so a big
 * graph's picture is a small one's at a smaller scale. A fixed 6 px was what made big graphs'
 * discs need more than the frame: on Barabási-Albert graphs laid out by the extractor (with linLog,
 * as it was then), 2,000 and 3,000 nodes never came apart in 500 sweeps (0.6 and 1.2 s); with the
 * gap scaled, 6 and 7 sweeps.
 */
export function discMarginPx(shownNodes: number): number {
  return NODE_MARGIN_PX * discScale(shownNodes);
}
/**
 * The most of the canvas the labels' boxes may cover for the layout to keep them all apart.
 * Measured on the first 3 to 90 Kremlin releases (16 to 128 actors): up to a third of the
 * canvas (36 actors) the separation left no two labels overlapping and the layout's shape as
 * it was; at 0.53 (60 actors) still no overlap, but the narrow side went from 0.97 to 0.75
 * of the long one; at 0.69 it left 37 pairs overlapping, and at 0.84 and 1.14 (95 and 128
 * actors) it stacked the graph into a column a quarter as wide as tall, with 300 and 671
 * pairs overlapping, more than without it (97 and 212).
 */
const LABEL_AREA_SHARE = 0.5;

/**
 * Whether every label of a graph can be drawn without two overlapping: then the layout keeps
 * their boxes apart (src/extract/graph/layout.ts) and the explorer names every actor
 * (src/app/graph/label-settings.ts); otherwise the explorer names the biggest, more as one zooms in.
 */
export function labelsFit(labels: Iterable<string>): boolean {
  let area = 0;
  for (const label of labels) area += (labelWidthPx(label) + NODE_MARGIN_PX) * (2 * LABEL_HALF_HEIGHT_PX + NODE_MARGIN_PX);
  return area <= LABEL_AREA_SHARE * REFERENCE_PX * REFERENCE_PX;
}

export const NODE_SIZE_MIN = 4;
export const NODE_SIZE_MAX = 20;
export const EDGE_SIZE_MIN = 0.5;
export const EDGE_SIZE_MAX = 6;

/** Colour of the type filter chips and legend swatches for interaction types. */
export const INTERACTION_TYPE_COLORS: Readonly<Record<InteractionType, string>> = {
  meeting: "#1565c0",
  statement: "#6a1b9a",
  comention: "#9e9e9e",
};

function hash(text: string): number {
  // FNV-1a: tiny, stable across runtimes, good enough to spread codes over a palette.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function affiliationColor(affiliation: string | null | undefined): string {
  if (!affiliation) return UNKNOWN_AFFILIATION_COLOR;
  const known = AFFILIATION_COLORS[affiliation.toUpperCase()];
  if (known) return known;
  return PALETTE[hash(affiliation.toUpperCase()) % PALETTE.length]!;
}

/**
 * Node size from weighted degree, scaled against the largest weighted degree
 * in the graph being shown. Square root so the area, not the radius, grows
 * with the weight and hubs do not swamp the view.
 */
export function nodeSize(weightedDegree: number | undefined, maxWeightedDegree: number): number {
  const wd = Math.max(0, weightedDegree ?? 0);
  if (!(maxWeightedDegree > 0)) return NODE_SIZE_MIN;
  const t = Math.sqrt(Math.min(wd, maxWeightedDegree) / maxWeightedDegree);
  return round2(NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * t);
}

export function edgeSize(weight: number, maxWeight: number): number {
  if (!(maxWeight > 0)) return EDGE_SIZE_MIN;
  const t = Math.sqrt(Math.max(0, Math.min(weight, maxWeight)) / maxWeight);
  return round2(EDGE_SIZE_MIN + (EDGE_SIZE_MAX - EDGE_SIZE_MIN) * t);
}

/**
 * Same colours as the explorer's edge kinds: met, other contact, and weight 0
 * (only unrealised meetings: kept for display, never counted).
 */
export function edgeColor(edge: { meetings: number; weight: number }): string {
  if (edge.meetings > 0) return MET_EDGE_COLOR;
  return edge.weight > 0 ? EDGE_COLOR : UNREALISED_EDGE_COLOR;
}

/**
 * Position for a node the file gives no coordinates: a circle in key order,
 * so the same file always lands the same way (no Math.random).
 */
export function fallbackPosition(index: number, count: number): { x: number; y: number } {
  if (count <= 1) return { x: 0, y: 0 };
  const angle = (2 * Math.PI * index) / count;
  return { x: round2(100 * Math.cos(angle)), y: round2(100 * Math.sin(angle)) };
}

export interface NodeAppearance {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface EdgeAppearance {
  size: number;
  color: string;
}

export interface GraphAppearance {
  nodes: Map<string, NodeAppearance>;
  /** Keyed by the edge's index in file.edges (edge keys are optional in the format). */
  edges: EdgeAppearance[];
}

/** Display attributes for every node and edge of an (already filtered) graph file. */
export function computeAppearance(file: GraphFile): GraphAppearance {
  let maxWd = 0;
  for (const n of file.nodes) maxWd = Math.max(maxWd, n.attributes.weightedDegree ?? 0);
  let maxWeight = 0;
  for (const e of file.edges) maxWeight = Math.max(maxWeight, e.attributes.weight);
  const unplaced = file.nodes
    .filter((n) => typeof n.attributes.x !== "number" || typeof n.attributes.y !== "number")
    .map((n) => n.key)
    .sort();
  const unplacedIndex = new Map(unplaced.map((k, i) => [k, i]));
  const nodes = new Map<string, NodeAppearance>();
  for (const n of file.nodes) {
    const a = n.attributes;
    const placed = typeof a.x === "number" && typeof a.y === "number";
    const pos = placed ? { x: a.x!, y: a.y! } : fallbackPosition(unplacedIndex.get(n.key)!, unplaced.length);
    nodes.set(n.key, {
      ...pos,
      size: nodeSize(a.weightedDegree, maxWd),
      color: affiliationColor(a.affiliation),
      label: a.label,
    });
  }
  const edges = file.edges.map((e) => ({
    size: edgeSize(e.attributes.weight, maxWeight),
    color: edgeColor(e.attributes),
  }));
  return { nodes, edges };
}

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/** Affiliations present in the graph, most actors first, for legends in the explorer and in images. */
export function affiliationLegend(file: GraphFile): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const n of file.nodes) {
    const key = n.attributes.affiliation ?? "";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([aff, count]) => ({
      label: aff || UNKNOWN_AFFILIATION_LABEL,
      color: affiliationColor(aff || null),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "en"));
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
