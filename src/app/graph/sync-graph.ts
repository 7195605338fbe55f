// Rebuilds the rendered graph from a (filtered) graph file. Rebuilding beats
// toggling `hidden` here: the rendered graph then holds exactly what is shown,
// so counts, neighbour sets and exports read the same thing.
import type Graph from "graphology";
import { computeAppearance } from "../../shared/appearance.js";
import type { GraphFile } from "../../shared/graph-schema.js";
import type { EdgeView, NodeView } from "./runtime.js";

export const MET_EDGE_COLOR = "#7b93c4";
export const CONTACT_EDGE_COLOR = "#c3c9d4";
export const UNREALISED_EDGE_COLOR = "#e8c9a0";

export function edgeKind(a: { meetings: number; weight: number }): EdgeView["kind"] {
  if (a.meetings > 0) return "met";
  return a.weight > 0 ? "contact" : "unrealised";
}

const KIND_COLOR: Record<EdgeView["kind"], string> = {
  met: MET_EDGE_COLOR,
  contact: CONTACT_EDGE_COLOR,
  unrealised: UNREALISED_EDGE_COLOR,
};

/**
 * Replaces the graph's content with the file's nodes and edges. Positions the
 * user has (a layout run) win over the file's, so filtering does not undo a layout.
 */
export function syncGraph(graph: Graph<NodeView, EdgeView>, file: GraphFile, positions: Map<string, { x: number; y: number }>): void {
  graph.forEachNode((key, a) => positions.set(key, { x: a.x, y: a.y }));
  const look = computeAppearance(file);
  graph.clear();
  for (const n of file.nodes) {
    const l = look.nodes.get(n.key)!;
    const p = positions.get(n.key);
    graph.addNode(n.key, { x: p?.x ?? l.x, y: p?.y ?? l.y, size: l.size, color: l.color, label: l.label });
  }
  file.edges.forEach((e, i) => {
    const kind = edgeKind(e.attributes);
    const size = look.edges[i]!.size;
    graph.addEdgeWithKey(e.key!, e.source, e.target, { size, color: KIND_COLOR[kind], weight: e.attributes.weight, kind });
  });
}
