// The graph file: one node per actor, one undirected edge per pair with any
// interaction, every interaction an event with its evidence (events/merge.ts).
import { GRAPH_FORMAT_VERSION, type ArticleRef, type GraphFile, type Interaction, type NodeAttributes, type RawInteraction, type Skipped, type Weights } from "../../shared/types.js";
import { cmp, mergeEvents, type MergedEvent } from "../events/merge.js";
import { layout } from "./layout.js";
import { keyDiscoveredByLabel } from "./rekey.js";
import { summariseInteractions } from "../../shared/filter.js";

export interface BuildGraphInput {
  articles: ArticleRef[];
  skipped: Skipped[];
  nodes: Map<string, NodeAttributes>;
  interactions: RawInteraction[];
  weights: Weights;
  corpus?: string;
  /** Skip ForceAtlas2 (positions then come from the seeded spiral only); for tests and benchmarks. */
  skipLayout?: boolean;
}

export type GraphEdge = GraphFile["edges"][number];

const TYPE_ORDER = { meeting: 0, statement: 1, comention: 2 } as const;

export function buildGraph(input: BuildGraphInput): GraphFile {
  const keyed = keyDiscoveredByLabel(input.nodes, input.interactions);
  const nodes = new Map(keyed.nodes);
  // An actor seen only in interactions still needs a node for its edges to point at.
  for (const x of keyed.interactions) {
    if (!nodes.has(x.a)) nodes.set(x.a, fallbackNode(x.a));
    if (!nodes.has(x.b)) nodes.set(x.b, fallbackNode(x.b));
  }
  const events = mergeEvents(keyed.interactions.filter((x) => x.a !== x.b));
  const byPair = new Map<string, MergedEvent[]>();
  for (const e of events) {
    const key = pairKey(e.a, e.b);
    const list = byPair.get(key);
    if (list) list.push(e);
    else byPair.set(key, [e]);
  }
  const ids = { next: 1 };
  const edges = [...byPair.keys()].sort(cmp).map((key) => edgeOf(key, byPair.get(key)!, ids, input.weights));
  return graphFileOf({
    articles: input.articles,
    skipped: input.skipped,
    weights: input.weights,
    corpus: input.corpus,
    nodes: placeNodes(nodes, edges.map(edgeSketch), input.skipLayout),
    edges,
  });
}

/** The key of the edge between a and b (a < b). */
export function pairKey(a: string, b: string): string {
  return `${a}--${b}`;
}

/** What the layout and the node sizes need of an edge. */
export interface EdgeSketch {
  source: string;
  target: string;
  weight: number;
}

export function edgeSketch(e: GraphEdge): EdgeSketch {
  return { source: e.source, target: e.target, weight: e.attributes.weight };
}

/**
 * The edge of one pair from its merged events (any order), numbering its interactions from `ids.next`.
 * Called pair by pair in key order, by buildGraph and by a run that keeps its interactions on disk.
 */
export function edgeOf(key: string, events: MergedEvent[], ids: { next: number }, weights: Weights): GraphEdge {
  const list = events.sort(compareEvents);
  const first = list[0]!;
  // Fields set one by one, in the file's key order: this loop sees every event of the corpus.
  const interactions: Interaction[] = list.map((e) => {
    const x = { id: `i${ids.next++}`, type: e.type } as Interaction;
    if (e.modality) x.modality = e.modality;
    if (e.channel) x.channel = e.channel;
    if (e.speaker) x.speaker = e.speaker;
    if (e.transcript) x.transcript = true;
    x.date = e.date;
    x.evidence = e.evidence;
    return x;
  });
  // The explorer's own summary of an edge's interactions (it recomputes it when filters hide some), so both agree.
  const { meetings, statements, comentions, firstDate, lastDate } = summariseInteractions(interactions, weights);
  return {
    key,
    source: first.a,
    target: first.b,
    undirected: true,
    attributes: {
      weight: edgeWeight({ meetings, statements, comentions }, weights),
      meetings,
      statements,
      comentions,
      firstDate,
      lastDate,
      interactions,
    },
  };
}

/** The file's nodes in key order, with degrees from the edges and positions from the layout. */
export function placeNodes(nodes: Map<string, NodeAttributes>, edges: EdgeSketch[], skipLayout = false): GraphFile["nodes"] {
  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const e of edges) {
    for (const k of [e.source, e.target]) {
      degree.set(k, (degree.get(k) ?? 0) + 1);
      weighted.set(k, (weighted.get(k) ?? 0) + e.weight);
    }
  }
  const keys = [...nodes.keys()].sort(cmp);
  const positions = skipLayout
    ? undefined
    : layout({
        nodes: keys,
        edges,
        weightedDegree: (k) => round6(weighted.get(k) ?? 0),
        label: (k) => nodes.get(k)!.label,
      });
  return keys.map((key) => {
    const p = positions?.get(key);
    return {
      key,
      attributes: {
        ...nodes.get(key)!,
        degree: degree.get(key) ?? 0,
        weightedDegree: round6(weighted.get(key) ?? 0),
        ...(p ? { x: p.x, y: p.y } : {}),
      },
    };
  });
}

/**
 * The file's shape, its keys in the file's order. The article and edge lists may be any value that
 * writes as a JSON array (a run that keeps them on disk streams them into the file).
 */
export function graphFileOf<A = ArticleRef[], E = GraphEdge[]>(parts: {
  articles: A;
  skipped: Skipped[];
  weights: Weights;
  corpus?: string;
  nodes: GraphFile["nodes"];
  edges: E;
}) {
  return {
    options: { type: "undirected" as const, multi: false as const, allowSelfLoops: false as const },
    attributes: {
      version: GRAPH_FORMAT_VERSION as typeof GRAPH_FORMAT_VERSION,
      articles: parts.articles,
      skipped: parts.skipped,
      weights: parts.weights,
      ...(parts.corpus ? { corpus: parts.corpus } : {}),
    },
    nodes: parts.nodes,
    edges: parts.edges,
  };
}

export function edgeWeight(c: { meetings: number; statements: number; comentions: number }, w: Weights): number {
  return round6(c.meetings * w.meeting + c.statements * w.statement + c.comentions * w.comention);
}

function compareEvents(x: MergedEvent, y: MergedEvent): number {
  return (
    cmp(x.date ?? "", y.date ?? "") ||
    TYPE_ORDER[x.type] - TYPE_ORDER[y.type] ||
    cmp(x.modality ?? "", y.modality ?? "") ||
    cmp(x.channel ?? "", y.channel ?? "") ||
    cmp(x.speaker ?? "", y.speaker ?? "") ||
    cmp(x.evidence[0]?.article ?? "", y.evidence[0]?.article ?? "") ||
    cmp(x.evidence[0]?.sentence ?? "", y.evidence[0]?.sentence ?? "")
  );
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

export function fallbackNode(key: string): NodeAttributes {
  return { label: key, aliases: [], affiliation: null, roles: [], known: false, mentions: 0, articles: 0, firstSeen: null, lastSeen: null };
}
