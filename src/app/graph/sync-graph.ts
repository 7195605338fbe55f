// The rendered graph holds every node and edge of the loaded file; a filter
// only flips `hidden` and rescales sizes and colours from the filter view. So
// a filter change never rebuilds the graph, and sigma's normalisation (from
// the extent of all nodes) never moves: camera coordinates stay comparable.
// Colours and sizes come from shared/appearance, so exports look the same.
import Graph from "graphology";
import type Sigma from "sigma";
import { computeAppearance, discScale, edgeColor, edgeSize, nodeSize } from "../../shared/appearance.js";
import type { FilterView } from "../data/filter-view.js";
import type { InteractionTable } from "../data/interaction-table.js";
import type { EdgeView, NodeView } from "./runtime.js";

export function edgeKind(a: { meetings: number; weight: number }): EdgeView["kind"] {
  if (a.meetings > 0) return "met";
  return a.weight > 0 ? "contact" : "unrealised";
}

function nodeLook(view: FilterView, i: number, scale: number): Pick<NodeView, "hidden" | "size"> {
  return { hidden: !view.nodeKept[i], size: nodeSize(view.nodeWeightedDegree[i], view.maxWeightedDegree) * scale };
}

function edgeLook(view: FilterView, j: number): Pick<EdgeView, "hidden" | "size" | "color" | "weight" | "kind"> {
  const shown = { meetings: view.edgeMeetings[j]!, weight: view.edgeWeight[j]! };
  return { hidden: !view.edgeKept[j], size: edgeSize(shown.weight, view.maxEdgeWeight), color: edgeColor(shown), weight: shown.weight, kind: edgeKind(shown) };
}

/** A new graph with every node and edge of the file, drawn as the view says. Built before sigma sees it, so no per-item events. */
export function buildGraph(table: InteractionTable, view: FilterView): Graph<NodeView, EdgeView> {
  const graph = new Graph<NodeView, EdgeView>({ type: "undirected", multi: true, allowSelfLoops: true });
  const look = computeAppearance(table.file);
  const scale = discScale(view.nodeCount);
  table.file.nodes.forEach((n, i) => {
    const l = look.nodes.get(n.key)!;
    graph.addNode(n.key, { x: l.x, y: l.y, color: l.color, label: l.label, ...nodeLook(view, i, scale) });
  });
  table.file.edges.forEach((e, j) => graph.addEdgeWithKey(e.key!, e.source, e.target, edgeLook(view, j)));
  return graph;
}

/**
 * Updates what a filter change touches (visibility, sizes, edge colours and
 * weights) in place and returns the items whose drawn look changed, for one
 * partial sigma refresh. In place rather than through graphology's
 * updateEach*Attributes: sigma answers each of those events by running every
 * reducer and re-uploading every item, then does it again at the render.
 * Sigma is the only reader that caches attributes, and the caller refreshes it.
 * An item hidden before and after is rewritten but not listed: nothing of it is
 * drawn, and it is listed when it shows again. Fields are compared and written
 * one by one, with no look object per item: this runs over every edge.
 */
export function applyView(graph: Graph<NodeView, EdgeView>, table: InteractionTable, view: FilterView): { nodes: string[]; edges: string[] } {
  const scale = discScale(view.nodeCount);
  const nodes: string[] = [];
  const edges: string[] = [];
  graph.forEachNode((key, a) => {
    const i = table.nodeIndex.get(key)!;
    const hidden = !view.nodeKept[i];
    const size = nodeSize(view.nodeWeightedDegree[i], view.maxWeightedDegree) * scale;
    if (a.hidden === hidden && a.size === size) return;
    if (!(a.hidden && hidden)) nodes.push(key);
    a.hidden = hidden;
    a.size = size;
  });
  graph.forEachEdge((key, a) => {
    const j = table.edgeIndex.get(key)!;
    const shown = { meetings: view.edgeMeetings[j]!, weight: view.edgeWeight[j]! };
    const hidden = !view.edgeKept[j];
    const size = edgeSize(shown.weight, view.maxEdgeWeight);
    const color = edgeColor(shown);
    const kind = edgeKind(shown);
    if (a.hidden === hidden && a.size === size && a.color === color && a.weight === shown.weight && a.kind === kind) return;
    if (!(a.hidden && hidden)) edges.push(key);
    a.hidden = hidden;
    a.size = size;
    a.color = color;
    a.weight = shown.weight;
    a.kind = kind;
  });
  return { nodes, edges };
}

/**
 * Redraws after some items' looks changed (null: possibly all of them). Only
 * those go through the reducers again; the indexation pass still runs over
 * every item, so the label grid follows sizes and visibility, and items
 * move between the program layers (reducers.ts) that put highlights on top.
 */
export function refreshItems(sigma: Sigma<NodeView, EdgeView>, graph: Graph<NodeView, EdgeView>, items: { nodes: Iterable<string>; edges: Iterable<string> } | null): void {
  if (items === null) {
    sigma.refresh();
    return;
  }
  const nodes = [...new Set(items.nodes)].filter((k) => graph.hasNode(k));
  const edges = [...new Set(items.edges)].filter((k) => graph.hasEdge(k));
  sigma.refresh({ partialGraph: { nodes, edges } });
}
