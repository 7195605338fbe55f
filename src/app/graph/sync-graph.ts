// The rendered graph holds every node and edge of the loaded file; a filter
// only flips `hidden` and rescales sizes and colours from the filter view. So
// a filter change never rebuilds the graph, and sigma's normalisation (from
// the extent of all nodes) never moves: camera coordinates stay comparable.
// Colours and sizes come from shared/appearance, so exports look the same.
import Graph from "graphology";
import { computeAppearance, edgeColor, edgeSize, nodeSize } from "../../shared/appearance.js";
import type { FilterView } from "../data/filter-view.js";
import type { InteractionTable } from "../data/interaction-table.js";
import type { EdgeView, NodeView } from "./runtime.js";

export function edgeKind(a: { meetings: number; weight: number }): EdgeView["kind"] {
  if (a.meetings > 0) return "met";
  return a.weight > 0 ? "contact" : "unrealised";
}

/** Big graphs get smaller discs so hubs do not cover their neighbourhood. */
function sizeScale(shownNodes: number): number {
  return Math.max(0.35, Math.min(1, Math.sqrt(300 / Math.max(1, shownNodes))));
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
  const scale = sizeScale(view.nodeCount);
  table.file.nodes.forEach((n, i) => {
    const l = look.nodes.get(n.key)!;
    graph.addNode(n.key, { x: l.x, y: l.y, color: l.color, label: l.label, ...nodeLook(view, i, scale) });
  });
  table.file.edges.forEach((e, j) => graph.addEdgeWithKey(e.key!, e.source, e.target, edgeLook(view, j)));
  return graph;
}

/**
 * Updates what a filter change touches (visibility, sizes, edge colours and
 * weights) in place, then refreshes sigma once. In place rather than through
 * graphology's updateEach*Attributes: sigma answers each of those events by
 * running every reducer and re-uploading every item, then does it again at
 * the render, so two batch updates cost about twice one plain refresh on a
 * 50,000-edge graph. Sigma is the only reader that caches attributes, and it
 * is refreshed right here.
 */
export function applyView(graph: Graph<NodeView, EdgeView>, table: InteractionTable, view: FilterView, refresh: () => void): void {
  const scale = sizeScale(view.nodeCount);
  graph.forEachNode((key, a) => Object.assign(a, nodeLook(view, table.nodeIndex.get(key)!, scale)));
  graph.forEachEdge((key, a) => Object.assign(a, edgeLook(view, table.edgeIndex.get(key)!)));
  refresh();
}
