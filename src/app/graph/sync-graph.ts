// Colours and sizes come from shared/appearance, so exports look the same.
// Rebuilds the rendered graph from a (filtered) graph file. Rebuilding beats
// toggling `hidden` here: the rendered graph then holds exactly what is shown,
// so counts, neighbour sets and exports read the same thing.
import type Graph from "graphology";
import { computeAppearance } from "../../shared/appearance.js";
import type { GraphFile } from "../../shared/graph-schema.js";
import type { EdgeView, NodeView } from "./runtime.js";

export function edgeKind(a: { meetings: number; weight: number }): EdgeView["kind"] {
  if (a.meetings > 0) return "met";
  return a.weight > 0 ? "contact" : "unrealised";
}

/**
 * Replaces the graph's content with the file's nodes and edges. Positions the
 * user has (a layout run) win over the file's, so filtering does not undo a layout.
 */
export function syncGraph(graph: Graph<NodeView, EdgeView>, file: GraphFile, positions: Map<string, { x: number; y: number }>): void {
  graph.forEachNode((key, a) => positions.set(key, { x: a.x, y: a.y }));
  const look = computeAppearance(file);
  // Big graphs get smaller discs so hubs do not cover their neighbourhood.
  const scale = Math.max(0.35, Math.min(1, Math.sqrt(300 / Math.max(1, file.nodes.length))));
  graph.clear();
  for (const n of file.nodes) {
    const l = look.nodes.get(n.key)!;
    const p = positions.get(n.key);
    graph.addNode(n.key, { x: p?.x ?? l.x, y: p?.y ?? l.y, size: l.size * scale, color: l.color, label: l.label });
  }
  file.edges.forEach((e, i) => {
    const kind = edgeKind(e.attributes);
    const { size, color } = look.edges[i]!;
    graph.addEdgeWithKey(e.key!, e.source, e.target, { size, color, weight: e.attributes.weight, kind });
  });
}
